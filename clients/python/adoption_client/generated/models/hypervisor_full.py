from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.architecture_enum import ArchitectureEnum
from ..models.licence_enum import LicenceEnum

if TYPE_CHECKING:
    from ..models.brief_organization import BriefOrganization
    from ..models.brief_technique import BriefTechnique


T = TypeVar("T", bound="HypervisorFull")


@_attrs_define
class HypervisorFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        slug (str): Short name used in URLs, filters and CSV.
        name (str):
        vendor (BriefOrganization | None): The company behind it; for an open-source project, its main sponsor.
        architecture (ArchitectureEnum): * `bare-metal` - Bare-metal (type 1)
            * `hosted` - Hosted (type 2)
        techniques (list[BriefTechnique]): How it virtualises the CPU.
        licence (LicenceEnum): * `open-source` - Open source
            * `proprietary` - Proprietary
        website (str):
        description (str):
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    slug: str
    name: str
    vendor: BriefOrganization | None
    architecture: ArchitectureEnum
    techniques: list[BriefTechnique]
    licence: LicenceEnum
    website: str
    description: str
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_organization import BriefOrganization

        id = self.id

        url = self.url

        slug = self.slug

        name = self.name

        vendor: dict[str, Any] | None
        if isinstance(self.vendor, BriefOrganization):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

        architecture = self.architecture.value

        techniques = []
        for techniques_item_data in self.techniques:
            techniques_item = techniques_item_data.to_dict()
            techniques.append(techniques_item)

        licence = self.licence.value

        website: str
        website = self.website

        description = self.description

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "name": name,
                "vendor": vendor,
                "architecture": architecture,
                "techniques": techniques,
                "licence": licence,
                "website": website,
                "description": description,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_organization import BriefOrganization
        from ..models.brief_technique import BriefTechnique

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_vendor(data: object) -> BriefOrganization | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vendor_type_1 = BriefOrganization.from_dict(data)

                return vendor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefOrganization | None, data)

        vendor = _parse_vendor(d.pop("vendor"))

        architecture = ArchitectureEnum(d.pop("architecture"))

        techniques = []
        _techniques = d.pop("techniques")
        for techniques_item_data in _techniques:
            techniques_item = BriefTechnique.from_dict(techniques_item_data)

            techniques.append(techniques_item)

        licence = LicenceEnum(d.pop("licence"))

        def _parse_website(data: object) -> str:
            return cast(str, data)

        website = _parse_website(d.pop("website"))

        description = d.pop("description")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        hypervisor_full = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            vendor=vendor,
            architecture=architecture,
            techniques=techniques,
            licence=licence,
            website=website,
            description=description,
            created=created,
            updated=updated,
        )

        hypervisor_full.additional_properties = d
        return hypervisor_full

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
