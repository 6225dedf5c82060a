from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answers_enum import AnswersEnum

if TYPE_CHECKING:
    from ..models.methodology_option import MethodologyOption


T = TypeVar("T", bound="MethodologyQuestion")


@_attrs_define
class MethodologyQuestion:
    """
    Attributes:
        position (int):
        code (str):
        text (str):
        answers (AnswersEnum): * `industry` - Industry
            * `country` - Country
            * `size_band` - Size band
            * `linux_years` - Years of Linux in production
            * `stage` - Virtualization stage
            * `purposes` - Purposes
            * `hypervisors` - Hypervisors and their stages
            * `guest_families` - Guest OS families
        answers_label (str):
        options (list[MethodologyOption]):
    """

    position: int
    code: str
    text: str
    answers: AnswersEnum
    answers_label: str
    options: list[MethodologyOption]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        code = self.code

        text = self.text

        answers = self.answers.value

        answers_label = self.answers_label

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "code": code,
                "text": text,
                "answers": answers,
                "answers_label": answers_label,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.methodology_option import MethodologyOption

        d = dict(src_dict)
        position = d.pop("position")

        code = d.pop("code")

        text = d.pop("text")

        answers = AnswersEnum(d.pop("answers"))

        answers_label = d.pop("answers_label")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = MethodologyOption.from_dict(options_item_data)

            options.append(options_item)

        methodology_question = cls(
            position=position,
            code=code,
            text=text,
            answers=answers,
            answers_label=answers_label,
            options=options,
        )

        methodology_question.additional_properties = d
        return methodology_question

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
