from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventPartyRequest")


@_attrs_define
class EventPartyRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            organization (int | str):
            role (str): The party role's slug.
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            note (str | Unset): What it did: "wrote the research note".
    """

    organization: int | str
    role: str
    id: int | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organization: int | str
        organization = self.organization

        role = self.role

        id = self.id

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization": organization,
                "role": role,
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

        def _parse_organization(data: object) -> int | str:
            return cast(int | str, data)

        organization = _parse_organization(d.pop("organization"))

        role = d.pop("role")

        id = d.pop("id", UNSET)

        note = d.pop("note", UNSET)

        event_party_request = cls(
            organization=organization,
            role=role,
            id=id,
            note=note,
        )

        return event_party_request
