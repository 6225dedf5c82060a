from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brief_source import BriefSource


T = TypeVar("T", bound="DeploymentCitation")


@_attrs_define
class DeploymentCitation:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            source (BriefSource):
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            locator (str | Unset): Where in the source: "p. 3", "paragraph 12", "slide 7".
            note (str | Unset): What the source supports, in our own words.
    """

    source: BriefSource
    id: int | Unset = UNSET
    locator: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        id = self.id

        locator = self.locator

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.brief_source import BriefSource

        d = dict(src_dict)
        source = BriefSource.from_dict(d.pop("source"))

        id = d.pop("id", UNSET)

        locator = d.pop("locator", UNSET)

        note = d.pop("note", UNSET)

        deployment_citation = cls(
            source=source,
            id=id,
            locator=locator,
            note=note,
        )

        deployment_citation.additional_properties = d
        return deployment_citation

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
