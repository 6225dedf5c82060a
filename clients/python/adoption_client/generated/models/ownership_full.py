from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.precision_enum import PrecisionEnum

if TYPE_CHECKING:
    from ..models.brief_market_event import BriefMarketEvent
    from ..models.brief_organization import BriefOrganization
    from ..models.brief_source import BriefSource


T = TypeVar("T", bound="OwnershipFull")


@_attrs_define
class OwnershipFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        reference (str): Short identifier used in URLs and CSV, e.g. xensource-owned-by-citrix.
        organization (BriefOrganization):
        parent (BriefOrganization):
        started_on (datetime.date | None): When it began; empty when not known.
        started_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        started (str): The date at its precision.
        ended_on (datetime.date | None): When it ended; empty while it lasts.
        ended_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        ended (str): The date at its precision.
        event (BriefMarketEvent | None): The completed acquisition that began it, if recorded.
        source (BriefSource | None): The source that reports it. Periods carried over from the old parent field have
            none yet.
        locator (str): Where in the source: "paragraph 10".
        note (str):
        synthetic (bool): Made-up demo data written by manage.py generate_demo_data, which alone sets this;
            generate_demo_data --remove deletes exactly the records that have it.
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    reference: str
    organization: BriefOrganization
    parent: BriefOrganization
    started_on: datetime.date | None
    started_precision: PrecisionEnum
    started: str
    ended_on: datetime.date | None
    ended_precision: PrecisionEnum
    ended: str
    event: BriefMarketEvent | None
    source: BriefSource | None
    locator: str
    note: str
    synthetic: bool
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_market_event import BriefMarketEvent
        from ..models.brief_source import BriefSource

        id = self.id

        url = self.url

        reference = self.reference

        organization = self.organization.to_dict()

        parent = self.parent.to_dict()

        started_on: None | str
        if isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        started_precision = self.started_precision.value

        started = self.started

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        ended_precision = self.ended_precision.value

        ended = self.ended

        event: dict[str, Any] | None
        if isinstance(self.event, BriefMarketEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        source: dict[str, Any] | None
        if isinstance(self.source, BriefSource):
            source = self.source.to_dict()
        else:
            source = self.source

        locator = self.locator

        note = self.note

        synthetic = self.synthetic

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "reference": reference,
                "organization": organization,
                "parent": parent,
                "started_on": started_on,
                "started_precision": started_precision,
                "started": started,
                "ended_on": ended_on,
                "ended_precision": ended_precision,
                "ended": ended,
                "event": event,
                "source": source,
                "locator": locator,
                "note": note,
                "synthetic": synthetic,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_market_event import BriefMarketEvent
        from ..models.brief_organization import BriefOrganization
        from ..models.brief_source import BriefSource

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        reference = d.pop("reference")

        organization = BriefOrganization.from_dict(d.pop("organization"))

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

        started = d.pop("started")

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

        ended = d.pop("ended")

        def _parse_event(data: object) -> BriefMarketEvent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_1 = BriefMarketEvent.from_dict(data)

                return event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefMarketEvent | None, data)

        event = _parse_event(d.pop("event"))

        def _parse_source(data: object) -> BriefSource | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = BriefSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefSource | None, data)

        source = _parse_source(d.pop("source"))

        locator = d.pop("locator")

        note = d.pop("note")

        synthetic = d.pop("synthetic")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        ownership_full = cls(
            id=id,
            url=url,
            reference=reference,
            organization=organization,
            parent=parent,
            started_on=started_on,
            started_precision=started_precision,
            started=started,
            ended_on=ended_on,
            ended_precision=ended_precision,
            ended=ended,
            event=event,
            source=source,
            locator=locator,
            note=note,
            synthetic=synthetic,
            created=created,
            updated=updated,
        )

        ownership_full.additional_properties = d
        return ownership_full

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
