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


T = TypeVar("T", bound="MarketEventRequest")


@_attrs_define
class MarketEventRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str): Permanent short name used in URLs and CSV, e.g. vmware-ipo-2007.
        title (str): One line that says what happened.
        kind (EventKindEnum): * `ipo` - IPO
            * `acquisition` - Acquisition
            * `acquisition-rumour` - Acquisition rumour
            * `funding` - Funding
            * `partnership` - Partnership
            * `product-release` - Product release
            * `roadmap-announcement` - Roadmap announcement
            * `analyst-note` - Analyst note
            * `market-commentary` - Market commentary
        status (EventStatusEnum): * `rumoured` - Rumoured
            * `denied` - Denied
            * `announced` - Announced
            * `definitive-agreement` - Definitive agreement
            * `pending-approval` - Pending approval
            * `completed` - Completed
            * `terminated` - Terminated
            * `cancelled` - Cancelled
        date (datetime.date): When it happened or was reported; with a coarser precision, any day in the period (stored
            as its first day).
        organization (int | str): The organization the event is about (the company floating, buying, or announcing).
            Every other organization with a part in it is in parties, in its role.
        summary (str): What happened, in our own words (never copied sentences).
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
        counterparty (int | None | str | Unset): The other side, if any: the target of an acquisition, a partner. The
            subject and the counterparty are named here (the preferred way for those two); every other organization, in its
            role, goes in parties.
        parties (list[EventPartyRequest] | Unset): Every organization with a part in the event besides its subject
            (organization) and counterparty, each in a role: acquirer, target, underwriter, adviser, investor, analyst...
        hypervisors (list[int | str] | Unset): Hypervisor products involved.
        operating_systems (list[int | str] | Unset): Operating system products involved.
        products (list[int | str] | Unset): Named products or editions involved.
        figures (list[EventFigureRequest] | Unset): Every value stated for the event, each with its unit, qualifier and
            source; sources that disagree give two figures (figure_disagreements names the metrics).
        links (list[EventLinkRequest] | Unset): How this event bears on earlier ones: it confirms, denies, completes,
            supersedes or follows them. The other event shows the link in linked_from.
        citations (list[EventCitationRequest] | Unset):
    """

    slug: str
    title: str
    kind: EventKindEnum
    status: EventStatusEnum
    date: datetime.date
    organization: int | str
    summary: str
    date_precision: PrecisionEnum | Unset = UNSET
    expected_on: datetime.date | None | Unset = UNSET
    expected_precision: PrecisionEnum | Unset = UNSET
    counterparty: int | None | str | Unset = UNSET
    parties: list[EventPartyRequest] | Unset = UNSET
    hypervisors: list[int | str] | Unset = UNSET
    operating_systems: list[int | str] | Unset = UNSET
    products: list[int | str] | Unset = UNSET
    figures: list[EventFigureRequest] | Unset = UNSET
    links: list[EventLinkRequest] | Unset = UNSET
    citations: list[EventCitationRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        kind = self.kind.value

        status = self.status.value

        date = self.date.isoformat()

        organization: int | str
        organization = self.organization

        summary = self.summary

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

        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "kind": kind,
                "status": status,
                "date": date,
                "organization": organization,
                "summary": summary,
            }
        )
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if expected_on is not UNSET:
            field_dict["expected_on"] = expected_on
        if expected_precision is not UNSET:
            field_dict["expected_precision"] = expected_precision
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
        slug = d.pop("slug")

        title = d.pop("title")

        kind = EventKindEnum(d.pop("kind"))

        status = EventStatusEnum(d.pop("status"))

        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_organization(data: object) -> int | str:
            return cast(int | str, data)

        organization = _parse_organization(d.pop("organization"))

        summary = d.pop("summary")

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

        market_event_request = cls(
            slug=slug,
            title=title,
            kind=kind,
            status=status,
            date=date,
            organization=organization,
            summary=summary,
            date_precision=date_precision,
            expected_on=expected_on,
            expected_precision=expected_precision,
            counterparty=counterparty,
            parties=parties,
            hypervisors=hypervisors,
            operating_systems=operating_systems,
            products=products,
            figures=figures,
            links=links,
            citations=citations,
        )

        return market_event_request
