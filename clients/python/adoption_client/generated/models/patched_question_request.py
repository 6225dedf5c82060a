from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.answers_enum import AnswersEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_option_request import AnswerOptionRequest


T = TypeVar("T", bound="PatchedQuestionRequest")


@_attrs_define
class PatchedQuestionRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        reference (str | Unset): What CSV and seeds name the question by; left empty, <survey slug>-<code>.
        survey (int | str | Unset):
        position (int | Unset): Its place in the questionnaire: 1 for the first question.
        code (str | Unset): The question's name in the survey tool, e.g. q3 or size_band.
        text (str | Unset): The question as respondents read it.
        answers (AnswersEnum | Unset): * `industry` - Industry
            * `country` - Country
            * `size_band` - Size band
            * `linux_years` - Years of Linux in production
            * `stage` - Virtualization stage
            * `purposes` - Purposes
            * `hypervisors` - Hypervisors and their stages
            * `guest_families` - Guest OS families
        options (list[AnswerOptionRequest] | Unset): The answers printed under the question, in order, each with the
            project's value it stands for (a size band, a stage, a country code, an industry's slug...).
    """

    reference: str | Unset = UNSET
    survey: int | str | Unset = UNSET
    position: int | Unset = UNSET
    code: str | Unset = UNSET
    text: str | Unset = UNSET
    answers: AnswersEnum | Unset = UNSET
    options: list[AnswerOptionRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference: str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        survey: int | str | Unset
        if isinstance(self.survey, Unset):
            survey = UNSET
        else:
            survey = self.survey

        position = self.position

        code = self.code

        text = self.text

        answers: str | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reference is not UNSET:
            field_dict["reference"] = reference
        if survey is not UNSET:
            field_dict["survey"] = survey
        if position is not UNSET:
            field_dict["position"] = position
        if code is not UNSET:
            field_dict["code"] = code
        if text is not UNSET:
            field_dict["text"] = text
        if answers is not UNSET:
            field_dict["answers"] = answers
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_option_request import AnswerOptionRequest

        d = dict(src_dict)

        def _parse_reference(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_survey(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        survey = _parse_survey(d.pop("survey", UNSET))

        position = d.pop("position", UNSET)

        code = d.pop("code", UNSET)

        text = d.pop("text", UNSET)

        _answers = d.pop("answers", UNSET)
        answers: AnswersEnum | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = AnswersEnum(_answers)

        _options = d.pop("options", UNSET)
        options: list[AnswerOptionRequest] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = AnswerOptionRequest.from_dict(options_item_data)

                options.append(options_item)

        patched_question_request = cls(
            reference=reference,
            survey=survey,
            position=position,
            code=code,
            text=text,
            answers=answers,
            options=options,
        )

        return patched_question_request
