from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brief_organization import BriefOrganization


T = TypeVar("T", bound="EventParty")


@_attrs_define
class EventParty:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            organization (BriefOrganization):
            role (str): The party role's slug.
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            note (str | Unset): What it did: "wrote the research note".
    """

    organization: BriefOrganization
    role: str
    id: int | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization.to_dict()

        role = self.role

        id = self.id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.brief_organization import BriefOrganization

        d = dict(src_dict)
        organization = BriefOrganization.from_dict(d.pop("organization"))

        role = d.pop("role")

        id = d.pop("id", UNSET)

        note = d.pop("note", UNSET)

        event_party = cls(
            organization=organization,
            role=role,
            id=id,
            note=note,
        )

        event_party.additional_properties = d
        return event_party

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
