from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentCitationRequest")


@_attrs_define
class DeploymentCitationRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            source (int | str):
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            locator (str | Unset): Where in the source: "p. 3", "paragraph 12", "slide 7".
            note (str | Unset): What the source supports, in our own words.
    """

    source: int | str
    id: int | Unset = UNSET
    locator: str | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source: int | str
        source = self.source

        id = self.id

        locator = self.locator

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if locator is not UNSET:
            field_dict["locator"] = locator
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_source(data: object) -> int | str:
            return cast(int | str, data)

        source = _parse_source(d.pop("source"))

        id = d.pop("id", UNSET)

        locator = d.pop("locator", UNSET)

        note = d.pop("note", UNSET)

        deployment_citation_request = cls(
            source=source,
            id=id,
            locator=locator,
            note=note,
        )

        return deployment_citation_request
