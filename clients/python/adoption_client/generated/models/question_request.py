from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.answers_enum import AnswersEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_option_request import AnswerOptionRequest


T = TypeVar("T", bound="QuestionRequest")


@_attrs_define
class QuestionRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        survey (int | str):
        position (int): Its place in the questionnaire: 1 for the first question.
        code (str): The question's name in the survey tool, e.g. q3 or size_band.
        text (str): The question as respondents read it.
        answers (AnswersEnum): * `industry` - Industry
            * `country` - Country
            * `size_band` - Size band
            * `linux_years` - Years of Linux in production
            * `stage` - Virtualization stage
            * `purposes` - Purposes
            * `hypervisors` - Hypervisors and their stages
            * `guest_families` - Guest OS families
        reference (str | Unset): What CSV and seeds name the question by; left empty, <survey slug>-<code>.
        options (list[AnswerOptionRequest] | Unset): The answers printed under the question, in order, each with the
            project's value it stands for (a size band, a stage, a country code, an industry's slug...).
    """

    survey: int | str
    position: int
    code: str
    text: str
    answers: AnswersEnum
    reference: str | Unset = UNSET
    options: list[AnswerOptionRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        survey: int | str
        survey = self.survey

        position = self.position

        code = self.code

        text = self.text

        answers = self.answers.value

        reference: str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "survey": survey,
                "position": position,
                "code": code,
                "text": text,
                "answers": answers,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_option_request import AnswerOptionRequest

        d = dict(src_dict)

        def _parse_survey(data: object) -> int | str:
            return cast(int | str, data)

        survey = _parse_survey(d.pop("survey"))

        position = d.pop("position")

        code = d.pop("code")

        text = d.pop("text")

        answers = AnswersEnum(d.pop("answers"))

        def _parse_reference(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        _options = d.pop("options", UNSET)
        options: list[AnswerOptionRequest] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = AnswerOptionRequest.from_dict(options_item_data)

                options.append(options_item)

        question_request = cls(
            survey=survey,
            position=position,
            code=code,
            text=text,
            answers=answers,
            reference=reference,
            options=options,
        )

        return question_request
