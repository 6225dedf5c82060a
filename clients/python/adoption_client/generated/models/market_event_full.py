from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind_enum import EventKindEnum
from ..models.event_status_enum import EventStatusEnum
from ..models.precision_enum import PrecisionEnum

if TYPE_CHECKING:
    from ..models.brief_hypervisor import BriefHypervisor
    from ..models.brief_operating_system import BriefOperatingSystem
    from ..models.brief_organization import BriefOrganization
    from ..models.brief_product import BriefProduct
    from ..models.event_citation import EventCitation
    from ..models.event_figure import EventFigure
    from ..models.event_link import EventLink
    from ..models.event_link_target import EventLinkTarget
    from ..models.event_party import EventParty


T = TypeVar("T", bound="MarketEventFull")


@_attrs_define
class MarketEventFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
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
        date_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        date_display (str): The date at its precision.
        expected_on (datetime.date | None): For what has not happened yet, when it is expected (closing expected in Q4:
            the quarter's first day with quarter precision).
        expected_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        expected_display (str): The date at its precision.
        organization (BriefOrganization):
        counterparty (BriefOrganization | None): The other side, if any: the target of an acquisition, a partner. The
            subject and the counterparty are named here (the preferred way for those two); every other organization, in its
            role, goes in parties.
        parties (list[EventParty]): Every organization with a part in the event besides its subject (organization) and
            counterparty, each in a role: acquirer, target, underwriter, adviser, investor, analyst...
        hypervisors (list[BriefHypervisor]): Hypervisor products involved.
        operating_systems (list[BriefOperatingSystem]): Operating system products involved.
        products (list[BriefProduct]): Named products or editions involved.
        summary (str): What happened, in our own words (never copied sentences).
        figures (list[EventFigure]): Every value stated for the event, each with its unit, qualifier and source; sources
            that disagree give two figures (figure_disagreements names the metrics).
        links (list[EventLink]): How this event bears on earlier ones: it confirms, denies, completes, supersedes or
            follows them. The other event shows the link in linked_from.
        citations (list[EventCitation]):
        synthetic (bool): Made-up demo data written by manage.py generate_demo_data, which alone sets this;
            generate_demo_data --remove deletes exactly the records that have it.
        figure_disagreements (list[str]): The metrics for which sources state different values (in the same unit): each
            value is kept as its own figure; reports use the one the documented rule picks.
        linked_from (list[EventLinkTarget]): Later events that bear on this one: kind says what each does to it.
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    slug: str
    title: str
    kind: EventKindEnum
    status: EventStatusEnum
    date: datetime.date
    date_precision: PrecisionEnum
    date_display: str
    expected_on: datetime.date | None
    expected_precision: PrecisionEnum
    expected_display: str
    organization: BriefOrganization
    counterparty: BriefOrganization | None
    parties: list[EventParty]
    hypervisors: list[BriefHypervisor]
    operating_systems: list[BriefOperatingSystem]
    products: list[BriefProduct]
    summary: str
    figures: list[EventFigure]
    links: list[EventLink]
    citations: list[EventCitation]
    synthetic: bool
    figure_disagreements: list[str]
    linked_from: list[EventLinkTarget]
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_organization import BriefOrganization

        id = self.id

        url = self.url

        slug = self.slug

        title = self.title

        kind = self.kind.value

        status = self.status.value

        date = self.date.isoformat()

        date_precision = self.date_precision.value

        date_display = self.date_display

        expected_on: None | str
        if isinstance(self.expected_on, datetime.date):
            expected_on = self.expected_on.isoformat()
        else:
            expected_on = self.expected_on

        expected_precision = self.expected_precision.value

        expected_display = self.expected_display

        organization = self.organization.to_dict()

        counterparty: dict[str, Any] | None
        if isinstance(self.counterparty, BriefOrganization):
            counterparty = self.counterparty.to_dict()
        else:
            counterparty = self.counterparty

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        hypervisors = []
        for hypervisors_item_data in self.hypervisors:
            hypervisors_item = hypervisors_item_data.to_dict()
            hypervisors.append(hypervisors_item)

        operating_systems = []
        for operating_systems_item_data in self.operating_systems:
            operating_systems_item = operating_systems_item_data.to_dict()
            operating_systems.append(operating_systems_item)

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        summary = self.summary

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        synthetic = self.synthetic

        figure_disagreements = self.figure_disagreements

        linked_from = []
        for linked_from_item_data in self.linked_from:
            linked_from_item = linked_from_item_data.to_dict()
            linked_from.append(linked_from_item)

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
                "kind": kind,
                "status": status,
                "date": date,
                "date_precision": date_precision,
                "date_display": date_display,
                "expected_on": expected_on,
                "expected_precision": expected_precision,
                "expected_display": expected_display,
                "organization": organization,
                "counterparty": counterparty,
                "parties": parties,
                "hypervisors": hypervisors,
                "operating_systems": operating_systems,
                "products": products,
                "summary": summary,
                "figures": figures,
                "links": links,
                "citations": citations,
                "synthetic": synthetic,
                "figure_disagreements": figure_disagreements,
                "linked_from": linked_from,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_hypervisor import BriefHypervisor
        from ..models.brief_operating_system import BriefOperatingSystem
        from ..models.brief_organization import BriefOrganization
        from ..models.brief_product import BriefProduct
        from ..models.event_citation import EventCitation
        from ..models.event_figure import EventFigure
        from ..models.event_link import EventLink
        from ..models.event_link_target import EventLinkTarget
        from ..models.event_party import EventParty

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        slug = d.pop("slug")

        title = d.pop("title")

        kind = EventKindEnum(d.pop("kind"))

        status = EventStatusEnum(d.pop("status"))

        date = datetime.date.fromisoformat(d.pop("date"))

        date_precision = PrecisionEnum(d.pop("date_precision"))

        date_display = d.pop("date_display")

        def _parse_expected_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_on_type_0 = datetime.date.fromisoformat(data)

                return expected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expected_on = _parse_expected_on(d.pop("expected_on"))

        expected_precision = PrecisionEnum(d.pop("expected_precision"))

        expected_display = d.pop("expected_display")

        organization = BriefOrganization.from_dict(d.pop("organization"))

        def _parse_counterparty(data: object) -> BriefOrganization | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counterparty_type_1 = BriefOrganization.from_dict(data)

                return counterparty_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefOrganization | None, data)

        counterparty = _parse_counterparty(d.pop("counterparty"))

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = EventParty.from_dict(parties_item_data)

            parties.append(parties_item)

        hypervisors = []
        _hypervisors = d.pop("hypervisors")
        for hypervisors_item_data in _hypervisors:
            hypervisors_item = BriefHypervisor.from_dict(hypervisors_item_data)

            hypervisors.append(hypervisors_item)

        operating_systems = []
        _operating_systems = d.pop("operating_systems")
        for operating_systems_item_data in _operating_systems:
            operating_systems_item = BriefOperatingSystem.from_dict(operating_systems_item_data)

            operating_systems.append(operating_systems_item)

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = BriefProduct.from_dict(products_item_data)

            products.append(products_item)

        summary = d.pop("summary")

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = EventFigure.from_dict(figures_item_data)

            figures.append(figures_item)

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = EventLink.from_dict(links_item_data)

            links.append(links_item)

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = EventCitation.from_dict(citations_item_data)

            citations.append(citations_item)

        synthetic = d.pop("synthetic")

        figure_disagreements = cast(list[str], d.pop("figure_disagreements"))

        linked_from = []
        _linked_from = d.pop("linked_from")
        for linked_from_item_data in _linked_from:
            linked_from_item = EventLinkTarget.from_dict(linked_from_item_data)

            linked_from.append(linked_from_item)

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        market_event_full = cls(
            id=id,
            url=url,
            slug=slug,
            title=title,
            kind=kind,
            status=status,
            date=date,
            date_precision=date_precision,
            date_display=date_display,
            expected_on=expected_on,
            expected_precision=expected_precision,
            expected_display=expected_display,
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
            synthetic=synthetic,
            figure_disagreements=figure_disagreements,
            linked_from=linked_from,
            created=created,
            updated=updated,
        )

        market_event_full.additional_properties = d
        return market_event_full

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
