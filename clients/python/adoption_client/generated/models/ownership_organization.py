from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.precision_enum import PrecisionEnum

if TYPE_CHECKING:
    from ..models.brief_organization import BriefOrganization


T = TypeVar("T", bound="OwnershipOrganization")


@_attrs_define
class OwnershipOrganization:
    """
    Attributes:
        id (int):
        reference (str): Short identifier used in URLs and CSV, e.g. xensource-owned-by-citrix.
        parent (BriefOrganization):
        started_on (datetime.date | None): When it began; empty when not known.
        started_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        ended_on (datetime.date | None): When it ended; empty while it lasts.
        ended_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
    """

    id: int
    reference: str
    parent: BriefOrganization
    started_on: datetime.date | None
    started_precision: PrecisionEnum
    ended_on: datetime.date | None
    ended_precision: PrecisionEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference = self.reference

        parent = self.parent.to_dict()

        started_on: None | str
        if isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        started_precision = self.started_precision.value

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        ended_precision = self.ended_precision.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "parent": parent,
                "started_on": started_on,
                "started_precision": started_precision,
                "ended_on": ended_on,
                "ended_precision": ended_precision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_organization import BriefOrganization

        d = dict(src_dict)
        id = d.pop("id")

        reference = d.pop("reference")

        parent = BriefOrganization.from_dict(d.pop("parent"))

        def _parse_started_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        started_on = _parse_started_on(d.pop("started_on"))

        started_precision = PrecisionEnum(d.pop("started_precision"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        ended_precision = PrecisionEnum(d.pop("ended_precision"))

        ownership_organization = cls(
            id=id,
            reference=reference,
            parent=parent,
            started_on=started_on,
            started_precision=started_precision,
            ended_on=ended_on,
            ended_precision=ended_precision,
        )

        ownership_organization.additional_properties = d
        return ownership_organization

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
