from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answers_enum import AnswersEnum

if TYPE_CHECKING:
    from ..models.answer_option import AnswerOption
    from ..models.brief_survey import BriefSurvey


T = TypeVar("T", bound="QuestionFull")


@_attrs_define
class QuestionFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        reference (str): What CSV and seeds name the question by; left empty, <survey slug>-<code>.
        survey (BriefSurvey):
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
        options (list[AnswerOption]): The answers printed under the question, in order, each with the project's value it
            stands for (a size band, a stage, a country code, an industry's slug...).
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    reference: str
    survey: BriefSurvey
    position: int
    code: str
    text: str
    answers: AnswersEnum
    options: list[AnswerOption]
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        reference: str
        reference = self.reference

        survey = self.survey.to_dict()

        position = self.position

        code = self.code

        text = self.text

        answers = self.answers.value

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "reference": reference,
                "survey": survey,
                "position": position,
                "code": code,
                "text": text,
                "answers": answers,
                "options": options,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_option import AnswerOption
        from ..models.brief_survey import BriefSurvey

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        def _parse_reference(data: object) -> str:
            return cast(str, data)

        reference = _parse_reference(d.pop("reference"))

        survey = BriefSurvey.from_dict(d.pop("survey"))

        position = d.pop("position")

        code = d.pop("code")

        text = d.pop("text")

        answers = AnswersEnum(d.pop("answers"))

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = AnswerOption.from_dict(options_item_data)

            options.append(options_item)

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        question_full = cls(
            id=id,
            url=url,
            reference=reference,
            survey=survey,
            position=position,
            code=code,
            text=text,
            answers=answers,
            options=options,
            created=created,
            updated=updated,
        )

        question_full.additional_properties = d
        return question_full

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
