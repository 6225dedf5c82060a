from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.precision_enum import PrecisionEnum
from ..models.source_kind_enum import SourceKindEnum

if TYPE_CHECKING:
    from ..models.brief_organization import BriefOrganization


T = TypeVar("T", bound="SourceFull")


@_attrs_define
class SourceFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        slug (str): Short name used in URLs, filters and CSV.
        kind (SourceKindEnum): * `news-article` - News article
            * `press-release` - Press release
            * `analyst-note` - Analyst note
            * `interview` - Interview
            * `vendor-case-study` - Vendor case study
            * `survey-report` - Survey report
        title (str): Headline or title, as published.
        publisher (BriefOrganization | None): Who published it (a newspaper, a bank's research desk, a vendor).
        authors (str): Authors' names, separated by semicolons.
        web_url (str): Where it can be read, if anywhere.
        published_on (datetime.date | None): Publication date; with a coarser precision, any day in the period (stored
            as its first day).
        published_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        published (str): The date at its precision.
        notes (str): What it is and how it was found, in our own words.
        synthetic (bool): Made-up demo data written by manage.py generate_demo_data, which alone sets this;
            generate_demo_data --remove deletes exactly the records that have it.
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    slug: str
    kind: SourceKindEnum
    title: str
    publisher: BriefOrganization | None
    authors: str
    web_url: str
    published_on: datetime.date | None
    published_precision: PrecisionEnum
    published: str
    notes: str
    synthetic: bool
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_organization import BriefOrganization

        id = self.id

        url = self.url

        slug = self.slug

        kind = self.kind.value

        title = self.title

        publisher: dict[str, Any] | None
        if isinstance(self.publisher, BriefOrganization):
            publisher = self.publisher.to_dict()
        else:
            publisher = self.publisher

        authors = self.authors

        web_url: str
        web_url = self.web_url

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        published_precision = self.published_precision.value

        published = self.published

        notes = self.notes

        synthetic = self.synthetic

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "kind": kind,
                "title": title,
                "publisher": publisher,
                "authors": authors,
                "web_url": web_url,
                "published_on": published_on,
                "published_precision": published_precision,
                "published": published,
                "notes": notes,
                "synthetic": synthetic,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_organization import BriefOrganization

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        slug = d.pop("slug")

        kind = SourceKindEnum(d.pop("kind"))

        title = d.pop("title")

        def _parse_publisher(data: object) -> BriefOrganization | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                publisher_type_1 = BriefOrganization.from_dict(data)

                return publisher_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefOrganization | None, data)

        publisher = _parse_publisher(d.pop("publisher"))

        authors = d.pop("authors")

        def _parse_web_url(data: object) -> str:
            return cast(str, data)

        web_url = _parse_web_url(d.pop("web_url"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        published_precision = PrecisionEnum(d.pop("published_precision"))

        published = d.pop("published")

        notes = d.pop("notes")

        synthetic = d.pop("synthetic")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        source_full = cls(
            id=id,
            url=url,
            slug=slug,
            kind=kind,
            title=title,
            publisher=publisher,
            authors=authors,
            web_url=web_url,
            published_on=published_on,
            published_precision=published_precision,
            published=published,
            notes=notes,
            synthetic=synthetic,
            created=created,
            updated=updated,
        )

        source_full.additional_properties = d
        return source_full

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
