from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.population_margin_request import PopulationMarginRequest


T = TypeVar("T", bound="SurveyRequest")


@_attrs_define
class SurveyRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str):
        title (str):
        conducted_by (int | str): Who ran the survey.
        fielded_from (datetime.date): The first day answers were collected.
        population (str): Whom it asked and how they were chosen, e.g. IT managers of 200 EU firms.
        fielded_to (datetime.date | None | Unset): The last day; empty if a single day or unknown.
        series (str | Unset): Surveys that ask the same population, one wave each, share a series (e.g. eu-it-managers-
            virtualization); reports compare the waves of one (group_by=wave&series=...).
        source (int | None | str | Unset): The report or article that published its results.
        synthetic (bool | Unset): Made-up answers for demonstrations (generate_demo_data); never cite them.
            generate_demo_data --remove deletes the surveys that have it, with their responses.
        description (str | Unset):
        weight_cap (str | Unset): Weighting trims every weight to at most this many times the mean weight.
        margins (list[PopulationMarginRequest] | Unset): The population the survey stands for: for each weighting
            dimension (size band, industry, country, stage), the population's share with each value; a dimension's shares
            add up to 1. Weighting rakes the responses to them.
    """

    slug: str
    title: str
    conducted_by: int | str
    fielded_from: datetime.date
    population: str
    fielded_to: datetime.date | None | Unset = UNSET
    series: str | Unset = UNSET
    source: int | None | str | Unset = UNSET
    synthetic: bool | Unset = UNSET
    description: str | Unset = UNSET
    weight_cap: str | Unset = UNSET
    margins: list[PopulationMarginRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        conducted_by: int | str
        conducted_by = self.conducted_by

        fielded_from = self.fielded_from.isoformat()

        population = self.population

        fielded_to: None | str | Unset
        if isinstance(self.fielded_to, Unset):
            fielded_to = UNSET
        elif isinstance(self.fielded_to, datetime.date):
            fielded_to = self.fielded_to.isoformat()
        else:
            fielded_to = self.fielded_to

        series: str | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        else:
            series = self.series

        source: int | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        synthetic = self.synthetic

        description = self.description

        weight_cap = self.weight_cap

        margins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.margins, Unset):
            margins = []
            for margins_item_data in self.margins:
                margins_item = margins_item_data.to_dict()
                margins.append(margins_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "conducted_by": conducted_by,
                "fielded_from": fielded_from,
                "population": population,
            }
        )
        if fielded_to is not UNSET:
            field_dict["fielded_to"] = fielded_to
        if series is not UNSET:
            field_dict["series"] = series
        if source is not UNSET:
            field_dict["source"] = source
        if synthetic is not UNSET:
            field_dict["synthetic"] = synthetic
        if description is not UNSET:
            field_dict["description"] = description
        if weight_cap is not UNSET:
            field_dict["weight_cap"] = weight_cap
        if margins is not UNSET:
            field_dict["margins"] = margins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.population_margin_request import PopulationMarginRequest

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        def _parse_conducted_by(data: object) -> int | str:
            return cast(int | str, data)

        conducted_by = _parse_conducted_by(d.pop("conducted_by"))

        fielded_from = datetime.date.fromisoformat(d.pop("fielded_from"))

        population = d.pop("population")

        def _parse_fielded_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fielded_to_type_0 = datetime.date.fromisoformat(data)

                return fielded_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        fielded_to = _parse_fielded_to(d.pop("fielded_to", UNSET))

        def _parse_series(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        series = _parse_series(d.pop("series", UNSET))

        def _parse_source(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        synthetic = d.pop("synthetic", UNSET)

        description = d.pop("description", UNSET)

        weight_cap = d.pop("weight_cap", UNSET)

        _margins = d.pop("margins", UNSET)
        margins: list[PopulationMarginRequest] | Unset = UNSET
        if _margins is not UNSET:
            margins = []
            for margins_item_data in _margins:
                margins_item = PopulationMarginRequest.from_dict(margins_item_data)

                margins.append(margins_item)

        survey_request = cls(
            slug=slug,
            title=title,
            conducted_by=conducted_by,
            fielded_from=fielded_from,
            population=population,
            fielded_to=fielded_to,
            series=series,
            source=source,
            synthetic=synthetic,
            description=description,
            weight_cap=weight_cap,
            margins=margins,
        )

        return survey_request
