from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.family_enum import FamilyEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatingSystemRequest")


@_attrs_define
class OperatingSystemRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str): Short name used in URLs, filters and CSV.
        name (str):
        family (FamilyEnum): * `linux` - Linux
            * `windows` - Windows
            * `unix` - Unix
            * `bsd` - BSD
            * `other` - Other
        vendor (int | None | str | Unset):
    """

    slug: str
    name: str
    family: FamilyEnum
    vendor: int | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        family = self.family.value

        vendor: int | None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "family": family,
            }
        )
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        family = FamilyEnum(d.pop("family"))

        def _parse_vendor(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        operating_system_request = cls(
            slug=slug,
            name=name,
            family=family,
            vendor=vendor,
        )

        return operating_system_request
