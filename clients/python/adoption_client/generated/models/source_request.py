from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.precision_enum import PrecisionEnum
from ..models.source_kind_enum import SourceKindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceRequest")


@_attrs_define
class SourceRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str): Short name used in URLs, filters and CSV.
        kind (SourceKindEnum): * `news-article` - News article
            * `press-release` - Press release
            * `analyst-note` - Analyst note
            * `interview` - Interview
            * `vendor-case-study` - Vendor case study
            * `survey-report` - Survey report
        title (str): Headline or title, as published.
        publisher (int | None | str | Unset): Who published it (a newspaper, a bank's research desk, a vendor).
        authors (str | Unset): Authors' names, separated by semicolons.
        web_url (str | Unset): Where it can be read, if anywhere.
        published_on (datetime.date | None | Unset): Publication date; with a coarser precision, any day in the period
            (stored as its first day).
        published_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        notes (str | Unset): What it is and how it was found, in our own words.
    """

    slug: str
    kind: SourceKindEnum
    title: str
    publisher: int | None | str | Unset = UNSET
    authors: str | Unset = UNSET
    web_url: str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_precision: PrecisionEnum | Unset = UNSET
    notes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        kind = self.kind.value

        title = self.title

        publisher: int | None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        authors = self.authors

        web_url: str | Unset
        if isinstance(self.web_url, Unset):
            web_url = UNSET
        else:
            web_url = self.web_url

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        published_precision: str | Unset = UNSET
        if not isinstance(self.published_precision, Unset):
            published_precision = self.published_precision.value

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "kind": kind,
                "title": title,
            }
        )
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if authors is not UNSET:
            field_dict["authors"] = authors
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if published_precision is not UNSET:
            field_dict["published_precision"] = published_precision
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        kind = SourceKindEnum(d.pop("kind"))

        title = d.pop("title")

        def _parse_publisher(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        authors = d.pop("authors", UNSET)

        def _parse_web_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        web_url = _parse_web_url(d.pop("web_url", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        _published_precision = d.pop("published_precision", UNSET)
        published_precision: PrecisionEnum | Unset
        if isinstance(_published_precision, Unset):
            published_precision = UNSET
        else:
            published_precision = PrecisionEnum(_published_precision)

        notes = d.pop("notes", UNSET)

        source_request = cls(
            slug=slug,
            kind=kind,
            title=title,
            publisher=publisher,
            authors=authors,
            web_url=web_url,
            published_on=published_on,
            published_precision=published_precision,
            notes=notes,
        )

        return source_request
