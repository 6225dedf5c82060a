from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.precision_enum import PrecisionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnershipRequest")


@_attrs_define
class OwnershipRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        reference (str): Short identifier used in URLs and CSV, e.g. xensource-owned-by-citrix.
        organization (int | str):
        parent (int | str): The owner in this period (Swisscom for Swisscom IT Services).
        started_on (datetime.date | None | Unset): When it began; empty when not known.
        started_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        ended_on (datetime.date | None | Unset): When it ended; empty while it lasts.
        ended_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        event (int | None | str | Unset): The completed acquisition that began it, if recorded.
        source (int | None | str | Unset): The source that reports it. Periods carried over from the old parent field
            have none yet.
        locator (str | Unset): Where in the source: "paragraph 10".
        note (str | Unset):
    """

    reference: str
    organization: int | str
    parent: int | str
    started_on: datetime.date | None | Unset = UNSET
    started_precision: PrecisionEnum | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    ended_precision: PrecisionEnum | Unset = UNSET
    event: int | None | str | Unset = UNSET
    source: int | None | str | Unset = UNSET
    locator: str | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        organization: int | str
        organization = self.organization

        parent: int | str
        parent = self.parent

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        started_precision: str | Unset = UNSET
        if not isinstance(self.started_precision, Unset):
            started_precision = self.started_precision.value

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        ended_precision: str | Unset = UNSET
        if not isinstance(self.ended_precision, Unset):
            ended_precision = self.ended_precision.value

        event: int | None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        source: int | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        locator = self.locator

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "organization": organization,
                "parent": parent,
            }
        )
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if started_precision is not UNSET:
            field_dict["started_precision"] = started_precision
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if ended_precision is not UNSET:
            field_dict["ended_precision"] = ended_precision
        if event is not UNSET:
            field_dict["event"] = event
        if source is not UNSET:
            field_dict["source"] = source
        if locator is not UNSET:
            field_dict["locator"] = locator
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_organization(data: object) -> int | str:
            return cast(int | str, data)

        organization = _parse_organization(d.pop("organization"))

        def _parse_parent(data: object) -> int | str:
            return cast(int | str, data)

        parent = _parse_parent(d.pop("parent"))

        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))

        _started_precision = d.pop("started_precision", UNSET)
        started_precision: PrecisionEnum | Unset
        if isinstance(_started_precision, Unset):
            started_precision = UNSET
        else:
            started_precision = PrecisionEnum(_started_precision)

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        _ended_precision = d.pop("ended_precision", UNSET)
        ended_precision: PrecisionEnum | Unset
        if isinstance(_ended_precision, Unset):
            ended_precision = UNSET
        else:
            ended_precision = PrecisionEnum(_ended_precision)

        def _parse_event(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_source(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        locator = d.pop("locator", UNSET)

        note = d.pop("note", UNSET)

        ownership_request = cls(
            reference=reference,
            organization=organization,
            parent=parent,
            started_on=started_on,
            started_precision=started_precision,
            ended_on=ended_on,
            ended_precision=ended_precision,
            event=event,
            source=source,
            locator=locator,
            note=note,
        )

        return ownership_request
