from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.family_enum import FamilyEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseGuestFamilyRowRequest")


@_attrs_define
class ResponseGuestFamilyRowRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            family (FamilyEnum): * `linux` - Linux
                * `windows` - Windows
                * `unix` - Unix
                * `bsd` - BSD
                * `other` - Other
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
    """

    family: FamilyEnum
    id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        family = self.family.value

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "family": family,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        family = FamilyEnum(d.pop("family"))

        id = d.pop("id", UNSET)

        response_guest_family_row_request = cls(
            family=family,
            id=id,
        )

        return response_guest_family_row_request
