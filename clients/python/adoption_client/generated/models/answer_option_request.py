from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerOptionRequest")


@_attrs_define
class AnswerOptionRequest:
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

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        text = self.text

        value = self.value

        id = self.id

        field_dict: dict[str, Any] = {}

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

        answer_option_request = cls(
            position=position,
            text=text,
            value=value,
            id=id,
        )

        return answer_option_request
