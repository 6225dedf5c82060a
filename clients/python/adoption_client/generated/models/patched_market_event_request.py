from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_kind_enum import EventKindEnum
from ..models.event_status_enum import EventStatusEnum
from ..models.precision_enum import PrecisionEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_citation_request import EventCitationRequest
    from ..models.event_figure_request import EventFigureRequest
    from ..models.event_link_request import EventLinkRequest
    from ..models.event_party_request import EventPartyRequest


T = TypeVar("T", bound="PatchedMarketEventRequest")


@_attrs_define
class PatchedMarketEventRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str | Unset): Permanent short name used in URLs and CSV, e.g. vmware-ipo-2007.
        title (str | Unset): One line that says what happened.
        kind (EventKindEnum | Unset): * `ipo` - IPO
            * `acquisition` - Acquisition
            * `acquisition-rumour` - Acquisition rumour
            * `funding` - Funding
            * `partnership` - Partnership
            * `product-release` - Product release
            * `roadmap-announcement` - Roadmap announcement
            * `analyst-note` - Analyst note
            * `market-commentary` - Market commentary
        status (EventStatusEnum | Unset): * `rumoured` - Rumoured
            * `denied` - Denied
            * `announced` - Announced
            * `definitive-agreement` - Definitive agreement
            * `pending-approval` - Pending approval
            * `completed` - Completed
            * `terminated` - Terminated
            * `cancelled` - Cancelled
        date (datetime.date | Unset): When it happened or was reported; with a coarser precision, any day in the period
            (stored as its first day).
        date_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        expected_on (datetime.date | None | Unset): For what has not happened yet, when it is expected (closing expected
            in Q4: the quarter's first day with quarter precision).
        expected_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        organization (int | str | Unset): The organization the event is about (the company floating, buying, or
            announcing). Every other organization with a part in it is in parties, in its role.
        counterparty (int | None | str | Unset): The other side, if any: the target of an acquisition, a partner. The
            subject and the counterparty are named here (the preferred way for those two); every other organization, in its
            role, goes in parties.
        parties (list[EventPartyRequest] | Unset): Every organization with a part in the event besides its subject
            (organization) and counterparty, each in a role: acquirer, target, underwriter, adviser, investor, analyst...
        hypervisors (list[int | str] | Unset): Hypervisor products involved.
        operating_systems (list[int | str] | Unset): Operating system products involved.
        products (list[int | str] | Unset): Named products or editions involved.
        summary (str | Unset): What happened, in our own words (never copied sentences).
        figures (list[EventFigureRequest] | Unset): Every value stated for the event, each with its unit, qualifier and
            source; sources that disagree give two figures (figure_disagreements names the metrics).
        links (list[EventLinkRequest] | Unset): How this event bears on earlier ones: it confirms, denies, completes,
            supersedes or follows them. The other event shows the link in linked_from.
        citations (list[EventCitationRequest] | Unset):
    """

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    kind: EventKindEnum | Unset = UNSET
    status: EventStatusEnum | Unset = UNSET
    date: datetime.date | Unset = UNSET
    date_precision: PrecisionEnum | Unset = UNSET
    expected_on: datetime.date | None | Unset = UNSET
    expected_precision: PrecisionEnum | Unset = UNSET
    organization: int | str | Unset = UNSET
    counterparty: int | None | str | Unset = UNSET
    parties: list[EventPartyRequest] | Unset = UNSET
    hypervisors: list[int | str] | Unset = UNSET
    operating_systems: list[int | str] | Unset = UNSET
    products: list[int | str] | Unset = UNSET
    summary: str | Unset = UNSET
    figures: list[EventFigureRequest] | Unset = UNSET
    links: list[EventLinkRequest] | Unset = UNSET
    citations: list[EventCitationRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        date_precision: str | Unset = UNSET
        if not isinstance(self.date_precision, Unset):
            date_precision = self.date_precision.value

        expected_on: None | str | Unset
        if isinstance(self.expected_on, Unset):
            expected_on = UNSET
        elif isinstance(self.expected_on, datetime.date):
            expected_on = self.expected_on.isoformat()
        else:
            expected_on = self.expected_on

        expected_precision: str | Unset = UNSET
        if not isinstance(self.expected_precision, Unset):
            expected_precision = self.expected_precision.value

        organization: int | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        counterparty: int | None | str | Unset
        if isinstance(self.counterparty, Unset):
            counterparty = UNSET
        else:
            counterparty = self.counterparty

        parties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = []
            for parties_item_data in self.parties:
                parties_item = parties_item_data.to_dict()
                parties.append(parties_item)

        hypervisors: list[int | str] | Unset = UNSET
        if not isinstance(self.hypervisors, Unset):
            hypervisors = []
            for hypervisors_item_data in self.hypervisors:
                hypervisors_item: int | str
                hypervisors_item = hypervisors_item_data
                hypervisors.append(hypervisors_item)

        operating_systems: list[int | str] | Unset = UNSET
        if not isinstance(self.operating_systems, Unset):
            operating_systems = []
            for operating_systems_item_data in self.operating_systems:
                operating_systems_item: int | str
                operating_systems_item = operating_systems_item_data
                operating_systems.append(operating_systems_item)

        products: list[int | str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item: int | str
                products_item = products_item_data
                products.append(products_item)

        summary = self.summary

        figures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.figures, Unset):
            figures = []
            for figures_item_data in self.figures:
                figures_item = figures_item_data.to_dict()
                figures.append(figures_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if expected_on is not UNSET:
            field_dict["expected_on"] = expected_on
        if expected_precision is not UNSET:
            field_dict["expected_precision"] = expected_precision
        if organization is not UNSET:
            field_dict["organization"] = organization
        if counterparty is not UNSET:
            field_dict["counterparty"] = counterparty
        if parties is not UNSET:
            field_dict["parties"] = parties
        if hypervisors is not UNSET:
            field_dict["hypervisors"] = hypervisors
        if operating_systems is not UNSET:
            field_dict["operating_systems"] = operating_systems
        if products is not UNSET:
            field_dict["products"] = products
        if summary is not UNSET:
            field_dict["summary"] = summary
        if figures is not UNSET:
            field_dict["figures"] = figures
        if links is not UNSET:
            field_dict["links"] = links
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_citation_request import EventCitationRequest
        from ..models.event_figure_request import EventFigureRequest
        from ..models.event_link_request import EventLinkRequest
        from ..models.event_party_request import EventPartyRequest

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: EventKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = EventKindEnum(_kind)

        _status = d.pop("status", UNSET)
        status: EventStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EventStatusEnum(_status)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _date_precision = d.pop("date_precision", UNSET)
        date_precision: PrecisionEnum | Unset
        if isinstance(_date_precision, Unset):
            date_precision = UNSET
        else:
            date_precision = PrecisionEnum(_date_precision)

        def _parse_expected_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_on_type_0 = datetime.date.fromisoformat(data)

                return expected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_on = _parse_expected_on(d.pop("expected_on", UNSET))

        _expected_precision = d.pop("expected_precision", UNSET)
        expected_precision: PrecisionEnum | Unset
        if isinstance(_expected_precision, Unset):
            expected_precision = UNSET
        else:
            expected_precision = PrecisionEnum(_expected_precision)

        def _parse_organization(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_counterparty(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        counterparty = _parse_counterparty(d.pop("counterparty", UNSET))

        _parties = d.pop("parties", UNSET)
        parties: list[EventPartyRequest] | Unset = UNSET
        if _parties is not UNSET:
            parties = []
            for parties_item_data in _parties:
                parties_item = EventPartyRequest.from_dict(parties_item_data)

                parties.append(parties_item)

        _hypervisors = d.pop("hypervisors", UNSET)
        hypervisors: list[int | str] | Unset = UNSET
        if _hypervisors is not UNSET:
            hypervisors = []
            for hypervisors_item_data in _hypervisors:

                def _parse_hypervisors_item(data: object) -> int | str:
                    return cast(int | str, data)

                hypervisors_item = _parse_hypervisors_item(hypervisors_item_data)

                hypervisors.append(hypervisors_item)

        _operating_systems = d.pop("operating_systems", UNSET)
        operating_systems: list[int | str] | Unset = UNSET
        if _operating_systems is not UNSET:
            operating_systems = []
            for operating_systems_item_data in _operating_systems:

                def _parse_operating_systems_item(data: object) -> int | str:
                    return cast(int | str, data)

                operating_systems_item = _parse_operating_systems_item(operating_systems_item_data)

                operating_systems.append(operating_systems_item)

        _products = d.pop("products", UNSET)
        products: list[int | str] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:

                def _parse_products_item(data: object) -> int | str:
                    return cast(int | str, data)

                products_item = _parse_products_item(products_item_data)

                products.append(products_item)

        summary = d.pop("summary", UNSET)

        _figures = d.pop("figures", UNSET)
        figures: list[EventFigureRequest] | Unset = UNSET
        if _figures is not UNSET:
            figures = []
            for figures_item_data in _figures:
                figures_item = EventFigureRequest.from_dict(figures_item_data)

                figures.append(figures_item)

        _links = d.pop("links", UNSET)
        links: list[EventLinkRequest] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = EventLinkRequest.from_dict(links_item_data)

                links.append(links_item)

        _citations = d.pop("citations", UNSET)
        citations: list[EventCitationRequest] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = EventCitationRequest.from_dict(citations_item_data)

                citations.append(citations_item)

        patched_market_event_request = cls(
            slug=slug,
            title=title,
            kind=kind,
            status=status,
            date=date,
            date_precision=date_precision,
            expected_on=expected_on,
            expected_precision=expected_precision,
            organization=organization,
            counterparty=counterparty,
            parties=parties,
            hypervisors=hypervisors,
            operating_systems=operating_systems,
            products=products,
            summary=summary,
            figures=figures,
            links=links,
            citations=citations,
        )

        return patched_market_event_request
