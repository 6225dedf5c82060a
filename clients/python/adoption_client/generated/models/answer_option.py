from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerOption")


@_attrs_define
class AnswerOption:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            position (int):
            text (str): The answer as printed, e.g. 10,000 employees or more.
            value (str): The project's value it stands for: a size band, a stage, an OS family, a country code, or the slug
                of an industry, purpose or hypervisor.
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
    """

    position: int
    text: str
    value: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        text = self.text

        value = self.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "text": text,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position = d.pop("position")

        text = d.pop("text")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        answer_option = cls(
            position=position,
            text=text,
            value=value,
            id=id,
        )

        answer_option.additional_properties = d
        return answer_option

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
