from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.methodology_margins_of_error import MethodologyMarginsOfError
    from ..models.methodology_question import MethodologyQuestion
    from ..models.methodology_responses import MethodologyResponses
    from ..models.methodology_wave import MethodologyWave
    from ..models.methodology_weighting import MethodologyWeighting


T = TypeVar("T", bound="Methodology")


@_attrs_define
class Methodology:
    """
    Attributes:
        slug (str):
        title (str):
        conducted_by (str): The name of the organization that ran it.
        population (str):
        description (str):
        fielded_from (datetime.date):
        fielded_to (datetime.date | None):
        series (str):
        waves (list[MethodologyWave]): Every wave of its series, in fielding order.
        source (str): The title of the source that published it.
        synthetic (bool): Made-up answers for demonstrations.
        questionnaire (list[MethodologyQuestion]):
        responses (MethodologyResponses):
        weighting (MethodologyWeighting):
        margins_of_error (MethodologyMarginsOfError):
    """

    slug: str
    title: str
    conducted_by: str
    population: str
    description: str
    fielded_from: datetime.date
    fielded_to: datetime.date | None
    series: str
    waves: list[MethodologyWave]
    source: str
    synthetic: bool
    questionnaire: list[MethodologyQuestion]
    responses: MethodologyResponses
    weighting: MethodologyWeighting
    margins_of_error: MethodologyMarginsOfError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        conducted_by = self.conducted_by

        population = self.population

        description = self.description

        fielded_from = self.fielded_from.isoformat()

        fielded_to: None | str
        if isinstance(self.fielded_to, datetime.date):
            fielded_to = self.fielded_to.isoformat()
        else:
            fielded_to = self.fielded_to

        series = self.series

        waves = []
        for waves_item_data in self.waves:
            waves_item = waves_item_data.to_dict()
            waves.append(waves_item)

        source = self.source

        synthetic = self.synthetic

        questionnaire = []
        for questionnaire_item_data in self.questionnaire:
            questionnaire_item = questionnaire_item_data.to_dict()
            questionnaire.append(questionnaire_item)

        responses = self.responses.to_dict()

        weighting = self.weighting.to_dict()

        margins_of_error = self.margins_of_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "conducted_by": conducted_by,
                "population": population,
                "description": description,
                "fielded_from": fielded_from,
                "fielded_to": fielded_to,
                "series": series,
                "waves": waves,
                "source": source,
                "synthetic": synthetic,
                "questionnaire": questionnaire,
                "responses": responses,
                "weighting": weighting,
                "margins_of_error": margins_of_error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.methodology_margins_of_error import MethodologyMarginsOfError
        from ..models.methodology_question import MethodologyQuestion
        from ..models.methodology_responses import MethodologyResponses
        from ..models.methodology_wave import MethodologyWave
        from ..models.methodology_weighting import MethodologyWeighting

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        conducted_by = d.pop("conducted_by")

        population = d.pop("population")

        description = d.pop("description")

        fielded_from = datetime.date.fromisoformat(d.pop("fielded_from"))

        def _parse_fielded_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fielded_to_type_0 = datetime.date.fromisoformat(data)

                return fielded_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        fielded_to = _parse_fielded_to(d.pop("fielded_to"))

        series = d.pop("series")

        waves = []
        _waves = d.pop("waves")
        for waves_item_data in _waves:
            waves_item = MethodologyWave.from_dict(waves_item_data)

            waves.append(waves_item)

        source = d.pop("source")

        synthetic = d.pop("synthetic")

        questionnaire = []
        _questionnaire = d.pop("questionnaire")
        for questionnaire_item_data in _questionnaire:
            questionnaire_item = MethodologyQuestion.from_dict(questionnaire_item_data)

            questionnaire.append(questionnaire_item)

        responses = MethodologyResponses.from_dict(d.pop("responses"))

        weighting = MethodologyWeighting.from_dict(d.pop("weighting"))

        margins_of_error = MethodologyMarginsOfError.from_dict(d.pop("margins_of_error"))

        methodology = cls(
            slug=slug,
            title=title,
            conducted_by=conducted_by,
            population=population,
            description=description,
            fielded_from=fielded_from,
            fielded_to=fielded_to,
            series=series,
            waves=waves,
            source=source,
            synthetic=synthetic,
            questionnaire=questionnaire,
            responses=responses,
            weighting=weighting,
            margins_of_error=margins_of_error,
        )

        methodology.additional_properties = d
        return methodology

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
