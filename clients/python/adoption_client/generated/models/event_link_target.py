from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_kind_enum import LinkKindEnum

if TYPE_CHECKING:
    from ..models.brief_market_event import BriefMarketEvent


T = TypeVar("T", bound="EventLinkTarget")


@_attrs_define
class EventLinkTarget:
    """
    Attributes:
        id (int):
        kind (LinkKindEnum): * `confirms` - Confirms
            * `denies` - Denies
            * `completes` - Completes
            * `supersedes` - Supersedes
            * `follows` - Follows
        event (BriefMarketEvent):
        note (str):
    """

    id: int
    kind: LinkKindEnum
    event: BriefMarketEvent
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        event = self.event.to_dict()

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "event": event,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_market_event import BriefMarketEvent

        d = dict(src_dict)
        id = d.pop("id")

        kind = LinkKindEnum(d.pop("kind"))

        event = BriefMarketEvent.from_dict(d.pop("event"))

        note = d.pop("note")

        event_link_target = cls(
            id=id,
            kind=kind,
            event=event,
            note=note,
        )

        event_link_target.additional_properties = d
        return event_link_target

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
