from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.family_enum import FamilyEnum

if TYPE_CHECKING:
    from ..models.brief_organization import BriefOrganization


T = TypeVar("T", bound="OperatingSystemFull")


@_attrs_define
class OperatingSystemFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        slug (str): Short name used in URLs, filters and CSV.
        name (str):
        family (FamilyEnum): * `linux` - Linux
            * `windows` - Windows
            * `unix` - Unix
            * `bsd` - BSD
            * `other` - Other
        vendor (BriefOrganization | None):
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    slug: str
    name: str
    family: FamilyEnum
    vendor: BriefOrganization | None
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_organization import BriefOrganization

        id = self.id

        url = self.url

        slug = self.slug

        name = self.name

        family = self.family.value

        vendor: dict[str, Any] | None
        if isinstance(self.vendor, BriefOrganization):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

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
                "family": family,
                "vendor": vendor,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_organization import BriefOrganization

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        slug = d.pop("slug")

        name = d.pop("name")

        family = FamilyEnum(d.pop("family"))

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

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        operating_system_full = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            family=family,
            vendor=vendor,
            created=created,
            updated=updated,
        )

        operating_system_full.additional_properties = d
        return operating_system_full

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
