from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.precision_enum import PrecisionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductRequest")


@_attrs_define
class ProductRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str): Short name used in URLs, filters and CSV.
        name (str): As the vendor names it, edition included.
        vendor (int | str):
        hypervisor (int | None | str | Unset): The hypervisor it packages, if any.
        operating_system (int | None | str | Unset): The operating system it is or packages, if any.
        version (str | Unset): As the vendor numbers it, e.g. "4.0".
        released_on (datetime.date | None | Unset): When it was released, if known.
        released_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        description (str | Unset): What it is, in our own words.
    """

    slug: str
    name: str
    vendor: int | str
    hypervisor: int | None | str | Unset = UNSET
    operating_system: int | None | str | Unset = UNSET
    version: str | Unset = UNSET
    released_on: datetime.date | None | Unset = UNSET
    released_precision: PrecisionEnum | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        vendor: int | str
        vendor = self.vendor

        hypervisor: int | None | str | Unset
        if isinstance(self.hypervisor, Unset):
            hypervisor = UNSET
        else:
            hypervisor = self.hypervisor

        operating_system: int | None | str | Unset
        if isinstance(self.operating_system, Unset):
            operating_system = UNSET
        else:
            operating_system = self.operating_system

        version = self.version

        released_on: None | str | Unset
        if isinstance(self.released_on, Unset):
            released_on = UNSET
        elif isinstance(self.released_on, datetime.date):
            released_on = self.released_on.isoformat()
        else:
            released_on = self.released_on

        released_precision: str | Unset = UNSET
        if not isinstance(self.released_precision, Unset):
            released_precision = self.released_precision.value

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "vendor": vendor,
            }
        )
        if hypervisor is not UNSET:
            field_dict["hypervisor"] = hypervisor
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if version is not UNSET:
            field_dict["version"] = version
        if released_on is not UNSET:
            field_dict["released_on"] = released_on
        if released_precision is not UNSET:
            field_dict["released_precision"] = released_precision
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_vendor(data: object) -> int | str:
            return cast(int | str, data)

        vendor = _parse_vendor(d.pop("vendor"))

        def _parse_hypervisor(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        hypervisor = _parse_hypervisor(d.pop("hypervisor", UNSET))

        def _parse_operating_system(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        operating_system = _parse_operating_system(d.pop("operating_system", UNSET))

        version = d.pop("version", UNSET)

        def _parse_released_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_on_type_0 = datetime.date.fromisoformat(data)

                return released_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        released_on = _parse_released_on(d.pop("released_on", UNSET))

        _released_precision = d.pop("released_precision", UNSET)
        released_precision: PrecisionEnum | Unset
        if isinstance(_released_precision, Unset):
            released_precision = UNSET
        else:
            released_precision = PrecisionEnum(_released_precision)

        description = d.pop("description", UNSET)

        product_request = cls(
            slug=slug,
            name=name,
            vendor=vendor,
            hypervisor=hypervisor,
            operating_system=operating_system,
            version=version,
            released_on=released_on,
            released_precision=released_precision,
            description=description,
        )

        return product_request
