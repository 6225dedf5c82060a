from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brief_organization import BriefOrganization
    from ..models.brief_source import BriefSource
    from ..models.population_margin import PopulationMargin


T = TypeVar("T", bound="SurveyFull")


@_attrs_define
class SurveyFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        slug (str):
        title (str):
        conducted_by (BriefOrganization):
        fielded_from (datetime.date): The first day answers were collected.
        fielded_to (datetime.date | None): The last day; empty if a single day or unknown.
        population (str): Whom it asked and how they were chosen, e.g. IT managers of 200 EU firms.
        series (str): Surveys that ask the same population, one wave each, share a series (e.g. eu-it-managers-
            virtualization); reports compare the waves of one (group_by=wave&series=...).
        source (BriefSource | None): The report or article that published its results.
        synthetic (bool): Made-up answers for demonstrations (generate_demo_data); never cite them. generate_demo_data
            --remove deletes the surveys that have it, with their responses.
        description (str):
        weight_cap (str): Weighting trims every weight to at most this many times the mean weight.
        margins (list[PopulationMargin]): The population the survey stands for: for each weighting dimension (size band,
            industry, country, stage), the population's share with each value; a dimension's shares add up to 1. Weighting
            rakes the responses to them.
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    slug: str
    title: str
    conducted_by: BriefOrganization
    fielded_from: datetime.date
    fielded_to: datetime.date | None
    population: str
    series: str
    source: BriefSource | None
    synthetic: bool
    description: str
    weight_cap: str
    margins: list[PopulationMargin]
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_source import BriefSource

        id = self.id

        url = self.url

        slug = self.slug

        title = self.title

        conducted_by = self.conducted_by.to_dict()

        fielded_from = self.fielded_from.isoformat()

        fielded_to: None | str
        if isinstance(self.fielded_to, datetime.date):
            fielded_to = self.fielded_to.isoformat()
        else:
            fielded_to = self.fielded_to

        population = self.population

        series: str
        series = self.series

        source: dict[str, Any] | None
        if isinstance(self.source, BriefSource):
            source = self.source.to_dict()
        else:
            source = self.source

        synthetic = self.synthetic

        description = self.description

        weight_cap = self.weight_cap

        margins = []
        for margins_item_data in self.margins:
            margins_item = margins_item_data.to_dict()
            margins.append(margins_item)

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "title": title,
                "conducted_by": conducted_by,
                "fielded_from": fielded_from,
                "fielded_to": fielded_to,
                "population": population,
                "series": series,
                "source": source,
                "synthetic": synthetic,
                "description": description,
                "weight_cap": weight_cap,
                "margins": margins,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_organization import BriefOrganization
        from ..models.brief_source import BriefSource
        from ..models.population_margin import PopulationMargin

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        slug = d.pop("slug")

        title = d.pop("title")

        conducted_by = BriefOrganization.from_dict(d.pop("conducted_by"))

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

        population = d.pop("population")

        def _parse_series(data: object) -> str:
            return cast(str, data)

        series = _parse_series(d.pop("series"))

        def _parse_source(data: object) -> BriefSource | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = BriefSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefSource | None, data)

        source = _parse_source(d.pop("source"))

        synthetic = d.pop("synthetic")

        description = d.pop("description")

        weight_cap = d.pop("weight_cap")

        margins = []
        _margins = d.pop("margins")
        for margins_item_data in _margins:
            margins_item = PopulationMargin.from_dict(margins_item_data)

            margins.append(margins_item)

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        survey_full = cls(
            id=id,
            url=url,
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
            created=created,
            updated=updated,
        )

        survey_full.additional_properties = d
        return survey_full

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
