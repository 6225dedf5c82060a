from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.architecture_enum import ArchitectureEnum
from ..models.licence_enum import LicenceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="HypervisorRequest")


@_attrs_define
class HypervisorRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str): Short name used in URLs, filters and CSV.
        name (str):
        architecture (ArchitectureEnum): * `bare-metal` - Bare-metal (type 1)
            * `hosted` - Hosted (type 2)
        licence (LicenceEnum): * `open-source` - Open source
            * `proprietary` - Proprietary
        vendor (int | None | str | Unset): The company behind it; for an open-source project, its main sponsor.
        techniques (list[int | str] | Unset): How it virtualises the CPU.
        website (str | Unset):
        description (str | Unset):
    """

    slug: str
    name: str
    architecture: ArchitectureEnum
    licence: LicenceEnum
    vendor: int | None | str | Unset = UNSET
    techniques: list[int | str] | Unset = UNSET
    website: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        architecture = self.architecture.value

        licence = self.licence.value

        vendor: int | None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        techniques: list[int | str] | Unset = UNSET
        if not isinstance(self.techniques, Unset):
            techniques = []
            for techniques_item_data in self.techniques:
                techniques_item: int | str
                techniques_item = techniques_item_data
                techniques.append(techniques_item)

        website: str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "architecture": architecture,
                "licence": licence,
            }
        )
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if techniques is not UNSET:
            field_dict["techniques"] = techniques
        if website is not UNSET:
            field_dict["website"] = website
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        architecture = ArchitectureEnum(d.pop("architecture"))

        licence = LicenceEnum(d.pop("licence"))

        def _parse_vendor(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        _techniques = d.pop("techniques", UNSET)
        techniques: list[int | str] | Unset = UNSET
        if _techniques is not UNSET:
            techniques = []
            for techniques_item_data in _techniques:

                def _parse_techniques_item(data: object) -> int | str:
                    return cast(int | str, data)

                techniques_item = _parse_techniques_item(techniques_item_data)

                techniques.append(techniques_item)

        def _parse_website(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        description = d.pop("description", UNSET)

        hypervisor_request = cls(
            slug=slug,
            name=name,
            architecture=architecture,
            licence=licence,
            vendor=vendor,
            techniques=techniques,
            website=website,
            description=description,
        )

        return hypervisor_request
