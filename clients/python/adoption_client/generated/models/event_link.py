from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_kind_enum import LinkKindEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brief_market_event import BriefMarketEvent


T = TypeVar("T", bound="EventLink")


@_attrs_define
class EventLink:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            kind (LinkKindEnum): * `confirms` - Confirms
                * `denies` - Denies
                * `completes` - Completes
                * `supersedes` - Supersedes
                * `follows` - Follows
            target (BriefMarketEvent):
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            note (str | Unset):
    """

    kind: LinkKindEnum
    target: BriefMarketEvent
    id: int | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        target = self.target.to_dict()

        id = self.id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "target": target,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_market_event import BriefMarketEvent

        d = dict(src_dict)
        kind = LinkKindEnum(d.pop("kind"))

        target = BriefMarketEvent.from_dict(d.pop("target"))

        id = d.pop("id", UNSET)

        note = d.pop("note", UNSET)

        event_link = cls(
            kind=kind,
            target=target,
            id=id,
            note=note,
        )

        event_link.additional_properties = d
        return event_link

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
