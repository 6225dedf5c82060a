from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.link_kind_enum import LinkKindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLinkRequest")


@_attrs_define
class EventLinkRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            kind (LinkKindEnum): * `confirms` - Confirms
                * `denies` - Denies
                * `completes` - Completes
                * `supersedes` - Supersedes
                * `follows` - Follows
            target (int | str): The event it confirms, denies, completes, supersedes or follows.
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            note (str | Unset):
    """

    kind: LinkKindEnum
    target: int | str
    id: int | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        target: int | str
        target = self.target

        id = self.id

        note = self.note

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        kind = LinkKindEnum(d.pop("kind"))

        def _parse_target(data: object) -> int | str:
            return cast(int | str, data)

        target = _parse_target(d.pop("target"))

        id = d.pop("id", UNSET)

        note = d.pop("note", UNSET)

        event_link_request = cls(
            kind=kind,
            target=target,
            id=id,
            note=note,
        )

        return event_link_request
