from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.precision_enum import PrecisionEnum

if TYPE_CHECKING:
    from ..models.brief_hypervisor import BriefHypervisor
    from ..models.brief_operating_system import BriefOperatingSystem
    from ..models.brief_organization import BriefOrganization


T = TypeVar("T", bound="ProductFull")


@_attrs_define
class ProductFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        slug (str): Short name used in URLs, filters and CSV.
        name (str): As the vendor names it, edition included.
        vendor (BriefOrganization):
        hypervisor (BriefHypervisor | None): The hypervisor it packages, if any.
        operating_system (BriefOperatingSystem | None): The operating system it is or packages, if any.
        version (str): As the vendor numbers it, e.g. "4.0".
        released_on (datetime.date | None): When it was released, if known.
        released_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        released (str): The date at its precision.
        description (str): What it is, in our own words.
        synthetic (bool): Made-up demo data written by manage.py generate_demo_data, which alone sets this;
            generate_demo_data --remove deletes exactly the records that have it.
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    slug: str
    name: str
    vendor: BriefOrganization
    hypervisor: BriefHypervisor | None
    operating_system: BriefOperatingSystem | None
    version: str
    released_on: datetime.date | None
    released_precision: PrecisionEnum
    released: str
    description: str
    synthetic: bool
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_hypervisor import BriefHypervisor
        from ..models.brief_operating_system import BriefOperatingSystem

        id = self.id

        url = self.url

        slug = self.slug

        name = self.name

        vendor = self.vendor.to_dict()

        hypervisor: dict[str, Any] | None
        if isinstance(self.hypervisor, BriefHypervisor):
            hypervisor = self.hypervisor.to_dict()
        else:
            hypervisor = self.hypervisor

        operating_system: dict[str, Any] | None
        if isinstance(self.operating_system, BriefOperatingSystem):
            operating_system = self.operating_system.to_dict()
        else:
            operating_system = self.operating_system

        version = self.version

        released_on: None | str
        if isinstance(self.released_on, datetime.date):
            released_on = self.released_on.isoformat()
        else:
            released_on = self.released_on

        released_precision = self.released_precision.value

        released = self.released

        description = self.description

        synthetic = self.synthetic

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
                "hypervisor": hypervisor,
                "operating_system": operating_system,
                "version": version,
                "released_on": released_on,
                "released_precision": released_precision,
                "released": released,
                "description": description,
                "synthetic": synthetic,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_hypervisor import BriefHypervisor
        from ..models.brief_operating_system import BriefOperatingSystem
        from ..models.brief_organization import BriefOrganization

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        slug = d.pop("slug")

        name = d.pop("name")

        vendor = BriefOrganization.from_dict(d.pop("vendor"))

        def _parse_hypervisor(data: object) -> BriefHypervisor | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hypervisor_type_1 = BriefHypervisor.from_dict(data)

                return hypervisor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefHypervisor | None, data)

        hypervisor = _parse_hypervisor(d.pop("hypervisor"))

        def _parse_operating_system(data: object) -> BriefOperatingSystem | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operating_system_type_1 = BriefOperatingSystem.from_dict(data)

                return operating_system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefOperatingSystem | None, data)

        operating_system = _parse_operating_system(d.pop("operating_system"))

        version = d.pop("version")

        def _parse_released_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_on_type_0 = datetime.date.fromisoformat(data)

                return released_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        released_on = _parse_released_on(d.pop("released_on"))

        released_precision = PrecisionEnum(d.pop("released_precision"))

        released = d.pop("released")

        description = d.pop("description")

        synthetic = d.pop("synthetic")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        product_full = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            vendor=vendor,
            hypervisor=hypervisor,
            operating_system=operating_system,
            version=version,
            released_on=released_on,
            released_precision=released_precision,
            released=released,
            description=description,
            synthetic=synthetic,
            created=created,
            updated=updated,
        )

        product_full.additional_properties = d
        return product_full

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
