from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.population_margin_request import PopulationMarginRequest


T = TypeVar("T", bound="PatchedSurveyRequest")


@_attrs_define
class PatchedSurveyRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str | Unset):
        title (str | Unset):
        conducted_by (int | str | Unset): Who ran the survey.
        fielded_from (datetime.date | Unset): The first day answers were collected.
        fielded_to (datetime.date | None | Unset): The last day; empty if a single day or unknown.
        population (str | Unset): Whom it asked and how they were chosen, e.g. IT managers of 200 EU firms.
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

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    conducted_by: int | str | Unset = UNSET
    fielded_from: datetime.date | Unset = UNSET
    fielded_to: datetime.date | None | Unset = UNSET
    population: str | Unset = UNSET
    series: str | Unset = UNSET
    source: int | None | str | Unset = UNSET
    synthetic: bool | Unset = UNSET
    description: str | Unset = UNSET
    weight_cap: str | Unset = UNSET
    margins: list[PopulationMarginRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        conducted_by: int | str | Unset
        if isinstance(self.conducted_by, Unset):
            conducted_by = UNSET
        else:
            conducted_by = self.conducted_by

        fielded_from: str | Unset = UNSET
        if not isinstance(self.fielded_from, Unset):
            fielded_from = self.fielded_from.isoformat()

        fielded_to: None | str | Unset
        if isinstance(self.fielded_to, Unset):
            fielded_to = UNSET
        elif isinstance(self.fielded_to, datetime.date):
            fielded_to = self.fielded_to.isoformat()
        else:
            fielded_to = self.fielded_to

        population = self.population

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

        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if conducted_by is not UNSET:
            field_dict["conducted_by"] = conducted_by
        if fielded_from is not UNSET:
            field_dict["fielded_from"] = fielded_from
        if fielded_to is not UNSET:
            field_dict["fielded_to"] = fielded_to
        if population is not UNSET:
            field_dict["population"] = population
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
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        def _parse_conducted_by(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        conducted_by = _parse_conducted_by(d.pop("conducted_by", UNSET))

        _fielded_from = d.pop("fielded_from", UNSET)
        fielded_from: datetime.date | Unset
        if isinstance(_fielded_from, Unset):
            fielded_from = UNSET
        else:
            fielded_from = datetime.date.fromisoformat(_fielded_from)

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

        population = d.pop("population", UNSET)

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

        patched_survey_request = cls(
            slug=slug,
            title=title,
            conducted_by=conducted_by,
            fielded_from=fielded_from,
            fielded_to=fielded_to,
            population=population,
            series=series,
            source=source,
            synthetic=synthetic,
            description=description,
            weight_cap=weight_cap,
            margins=margins,
        )

        return patched_survey_request
