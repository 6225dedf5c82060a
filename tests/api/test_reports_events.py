"""The adoption report's counterpart for market events: counts by every dimension, each event once per
cell, the list's filters, CSV, errors, demo data, and the values a report adds up (selectors.figures).

Every fact here is made up for the test: the organizations, the deals and their figures.
"""

import csv
import datetime
import io
from decimal import Decimal

import pytest

from adoption.choices import DatePrecision, Qualifier, SourceKind
from adoption.models import EventFigure, EventParty, Hypervisor, MarketEvent, Metric, Organization, PartyRole, Unit
from adoption.selectors import figures
from tests.factories import MarketEventFactory, SourceFactory

pytestmark = pytest.mark.django_db
REPORT = "/api/reports/adoption/"


def organization(slug: str, name: str) -> Organization:
    return Organization.objects.create(slug=slug, name=name)


def party(event: MarketEvent, who: Organization, role: str) -> None:
    EventParty.objects.create(event=event, organization=who, role=PartyRole.objects.get(slug=role))


@pytest.fixture
def events(vocabulary):
    """Four real events and one of demo data, with parties a person can count by hand.

    - takeover (acquisition, completed, 20 Aug 2007): Nimbus Systems buys Hollow Labs;
      Nimbus is also listed as the acquirer, Quarry Bank advises, Larch Research comments as
      analyst; Xen and KVM.
    - flotation (IPO, completed, November 2006): Hollow Labs floats, Quarry Bank underwrites; Xen.
    - rumour (acquisition rumour, rumoured, 2 Jul 2007): Ferro Capital is said to eye Nimbus;
      Larch Research is both analyst and commentator; no hypervisor.
    - roadmap (roadmap announcement, announced, 2008, day unknown): Hollow Labs; KVM.
    - a demo-data IPO of Nimbus in 2007.
    """
    nimbus, hollow = organization("nimbus-systems", "Nimbus Systems"), organization("hollow-labs", "Hollow Labs")
    bank, larch = organization("quarry-bank", "Quarry Bank"), organization("larch-research", "Larch Research")
    ferro = organization("ferro-capital", "Ferro Capital")
    xen, kvm = Hypervisor.objects.get(slug="xen"), Hypervisor.objects.get(slug="kvm")
    takeover = MarketEventFactory(
        slug="takeover",
        kind="acquisition",
        status="completed",
        date=datetime.date(2007, 8, 20),
        organization=nimbus,
        counterparty=hollow,
    )
    takeover.hypervisors.set([xen, kvm])
    party(takeover, nimbus, "acquirer")
    party(takeover, bank, "adviser")
    party(takeover, larch, "analyst")
    flotation = MarketEventFactory(
        slug="flotation",
        kind="ipo",
        status="completed",
        date=datetime.date(2006, 11, 1),
        date_precision=DatePrecision.MONTH,
        organization=hollow,
    )
    flotation.hypervisors.set([xen])
    party(flotation, bank, "underwriter")
    rumour = MarketEventFactory(
        slug="rumour",
        kind="acquisition-rumour",
        status="rumoured",
        date=datetime.date(2007, 7, 2),
        organization=ferro,
        counterparty=nimbus,
    )
    party(rumour, larch, "analyst")
    party(rumour, larch, "commentator")
    roadmap = MarketEventFactory(
        slug="roadmap",
        kind="roadmap-announcement",
        status="announced",
        date=datetime.date(2008, 1, 1),
        date_precision=DatePrecision.YEAR,
        organization=hollow,
    )
    roadmap.hypervisors.set([kvm])
    MarketEventFactory(
        slug="made-up-ipo", kind="ipo", date=datetime.date(2007, 5, 1), organization=nimbus, synthetic=True
    )
    return {event.slug: event for event in (takeover, flotation, rumour, roadmap)}


def report(client, **params) -> dict:
    response = client.get(REPORT, {"records": "events", **params})
    assert response.status_code == 200, response.content
    return response.json()


def counts(body: dict, *dimensions) -> dict:
    return {tuple(cell[name] for name in dimensions): cell["n"] for cell in body["cells"]}


def test_events_by_kind_and_by_status_in_their_natural_order(anonymous, events):
    body = report(anonymous, group_by="kind")
    assert body["records"] == ["events"] and body["total"] == {"events": 4, "n": 4}
    assert list(counts(body, "kind").items()) == [
        (("ipo",), 1),
        (("acquisition",), 1),
        (("acquisition-rumour",), 1),
        (("roadmap-announcement",), 1),
    ], "in the order of the kinds"
    assert body["cells"][0]["kind_label"] == "IPO" and body["cells"][0]["events"] == 1
    by_status = report(anonymous, group_by="status")
    assert list(counts(by_status, "status").items()) == [(("rumoured",), 1), (("announced",), 1), (("completed",), 2)]


def test_events_by_year_and_by_quarter_in_time_order(anonymous, events):
    assert list(counts(report(anonymous, group_by="year"), "year").items()) == [
        ((2006,), 1),
        ((2007,), 2),
        ((2008,), 1),
    ]
    by_quarter = report(anonymous, group_by="quarter")
    assert list(counts(by_quarter, "quarter").items()) == [(("2006-Q4",), 1), (("2007-Q3",), 2), ((None,), 1)], (
        "a month-precise event has its quarter; one known only to its year has none"
    )
    assert by_quarter["cells"][0]["quarter_label"] == "2006-Q4"


def test_a_party_counts_once_per_event_whatever_its_parts_in_it(anonymous, events):
    body = report(anonymous, group_by="party")
    assert counts(body, "party") == {
        ("nimbus-systems",): 2,  # subject and acquirer of the takeover: once; counterparty of the rumour
        ("hollow-labs",): 3,  # counterparty of the takeover, subject of the flotation and the roadmap
        ("quarry-bank",): 2,  # adviser, underwriter
        ("larch-research",): 2,  # analyst of the takeover; analyst and commentator of the rumour: once
        ("ferro-capital",): 1,
    }
    nimbus = next(cell for cell in body["cells"] if cell["party"] == "nimbus-systems")
    assert (nimbus["party_label"], nimbus["of"], nimbus["share"]) == ("Nimbus Systems", 4, 0.5)
    assert [cell["party_label"] for cell in body["cells"]][:2] == ["Ferro Capital", "Hollow Labs"], "by name"


def test_roles_count_the_subject_the_counterparty_and_each_party_role(anonymous, events):
    body = report(anonymous, group_by="role")
    assert list(counts(body, "role").items()) == [
        (("subject",), 4),
        (("counterparty",), 2),
        (("acquirer",), 1),
        (("adviser",), 1),
        (("analyst",), 2),
        (("commentator",), 1),
        (("underwriter",), 1),
    ], "subject and counterparty first, then by name"
    assert body["cells"][0]["role_label"] == "Subject"


def test_party_and_role_together_are_pairs(anonymous, events):
    body = report(anonymous, group_by="party,role")
    assert counts(body, "party", "role") == {
        ("ferro-capital", "subject"): 1,
        ("hollow-labs", "subject"): 2,
        ("hollow-labs", "counterparty"): 1,
        ("larch-research", "analyst"): 2,
        ("larch-research", "commentator"): 1,
        ("nimbus-systems", "subject"): 1,
        ("nimbus-systems", "counterparty"): 1,
        ("nimbus-systems", "acquirer"): 1,
        ("quarry-bank", "adviser"): 1,
        ("quarry-bank", "underwriter"): 1,
    }
    larch = {cell["role"]: cell for cell in body["cells"] if cell["party"] == "larch-research"}
    assert (larch["analyst"]["of"], larch["analyst"]["share"]) == (2, 1.0), "of: Larch's two events"


def test_events_by_hypervisor_and_year(anonymous, events):
    assert counts(report(anonymous, group_by="hypervisor"), "hypervisor") == {("kvm",): 2, ("xen",): 2, (None,): 1}
    assert counts(report(anonymous, group_by="hypervisor,year"), "hypervisor", "year") == {
        ("kvm", 2007): 1,
        ("kvm", 2008): 1,
        ("xen", 2006): 1,
        ("xen", 2007): 1,
        (None, 2007): 1,
    }


def test_the_event_filters_narrow_what_is_counted(anonymous, events):
    body = report(anonymous, group_by="kind", status="completed")
    assert counts(body, "kind") == {("ipo",): 1, ("acquisition",): 1}
    body = report(anonymous, group_by="hypervisor", hypervisor="kvm")
    assert counts(body, "hypervisor") == {("kvm",): 2, ("xen",): 1}, "whole events: all their hypervisors count"


def test_the_party_filters_narrow_what_is_counted(anonymous, events):
    body = report(anonymous, group_by="kind", party_role="analyst")
    assert counts(body, "kind") == {("acquisition",): 1, ("acquisition-rumour",): 1}
    assert body["total"]["n"] == 2
    body = report(anonymous, group_by="role", party="quarry-bank", party_role="underwriter")
    assert counts(body, "role") == {("subject",): 1, ("underwriter",): 1}, "whole events: all their roles count"


def test_events_are_counted_when_asked_or_when_only_events_fit(anonymous, events):
    assert anonymous.get(REPORT, {"group_by": "year"}).json()["records"] == ["deployments", "responses"], (
        "a request that named nothing of events counts what it always did"
    )
    assert anonymous.get(REPORT, {"group_by": "kind"}).json()["records"] == ["events"]
    body = anonymous.get(REPORT, {"group_by": "year", "party_role": "underwriter"}).json()
    assert body["records"] == ["events"] and counts(body, "year") == {(2006,): 1}


def test_the_csv_has_the_json_cells(anonymous, events):
    body = report(anonymous, group_by="party,role")
    response = anonymous.get(REPORT, {"records": "events", "group_by": "party,role", "format": "csv"})
    assert 'filename="market-event-report-by-party-and-role.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == [
        "party",
        "party_label",
        "role",
        "role_label",
        "events",
        "n",
        "of",
        "share",
        "suppressed",
    ]
    expected = [
        {name: "" if value is None else "false" if value is False else str(value) for name, value in cell.items()}
        for cell in body["cells"]
    ]
    assert rows == expected


def test_demo_data_is_left_out_unless_asked(anonymous, events):
    assert report(anonymous, group_by="kind")["total"]["n"] == 4
    body = report(anonymous, group_by="kind", synthetic="include")
    assert body["synthetic"] == "included" and counts(body, "kind")[("ipo",)] == 2
    assert counts(report(anonymous, group_by="party", synthetic="true"), "party") == {("nimbus-systems",): 1}


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"group_by": "kind,stage"}, "group_by", "stage does not apply to market events"),
        ({"group_by": "linux_years", "records": "events"}, "group_by", "linux_years does not apply to market events"),
        ({"group_by": "colour", "records": "events"}, "group_by", "Unknown dimension colour"),
        ({"group_by": "kind", "records": "events,deployments"}, "records", "counted on their own"),
        ({"group_by": "kind", "host_os": "rhel"}, "host_os", "does not apply to market events"),
        ({"group_by": "kind", "party_role": "plumber"}, "party_role", "Select a valid choice"),
        ({"group_by": "kind", "value": "weight"}, "value", "Unknown metric weight"),
        ({"group_by": "kind", "value_currency": "USD"}, "value_currency", "name the metric with value"),
        ({"group_by": "kind", "value": "deal-value", "value_currency": "XYZ"}, "value_currency", "ISO 4217"),
        ({"group_by": "stage", "value": "deal-value"}, "value", "records=events"),
    ],
)
def test_bad_parameters_are_a_400_naming_each(anonymous, events, query, field, message):
    response = anonymous.get(REPORT, query)
    assert response.status_code == 400, response.content
    assert message in " ".join(response.json()[field])


# Values: one figure per event, by the rule of selectors.figures ---------------------------------


@pytest.fixture
def deal_values(events):
    """Three sources disagree on the takeover's value; the rumour's is a range.

    - news: a news article (published 21 Aug 2007) says about 1.2bn USD;
    - release: a press release (published 20 Aug 2007) says exactly 1.25bn USD: used (primary source);
    - note: no source, 999 USD.
    - range: a news article puts the rumoured deal at 400m to 500m USD: counts as 450m.
    """
    deal_value, money = Metric.objects.get(slug="deal-value"), Unit.objects.get(slug="money")
    article = SourceFactory(slug="trade-weekly", published_on=datetime.date(2007, 8, 21))
    release = SourceFactory(
        slug="nimbus-release", kind=SourceKind.PRESS_RELEASE, published_on=datetime.date(2007, 8, 20)
    )

    def figure(event: str, amount: str, **fields) -> EventFigure:
        return EventFigure.objects.create(
            event=events[event], metric=deal_value, unit=money, currency="USD", amount=Decimal(amount), **fields
        )

    return {
        "news": figure("takeover", "1200000000", qualifier=Qualifier.APPROXIMATELY, source=article),
        "release": figure("takeover", "1250000000", source=release),
        "note": figure("takeover", "999"),
        "range": figure(
            "rumour", "400000000", qualifier=Qualifier.RANGE, amount_to=Decimal("500000000"), source=article
        ),
    }


def test_a_report_adds_up_the_value_the_rule_picks_and_says_which(anonymous, deal_values):
    body = report(anonymous, group_by="kind", value="deal-value")
    assert body["value_rule"] == figures.RULE and "press releases before other sources" in body["value_rule"]
    assert (body["value"], body["value_unit"], body["value_currency"]) == ("deal-value", "money", "USD")
    assert (body["value_total"], body["value_events"]) == ("1700000000.0000", 2)
    used = {row["event"]: row for row in body["values_used"]}
    assert used["takeover"] == {
        "event": "takeover",
        "figure": deal_values["release"].pk,
        "amount": "1250000000.0000",
        "amount_to": None,
        "qualifier": "exact",
        "unit": "money",
        "currency": "USD",
        "source": "nimbus-release",
        "counted": "1250000000.0000",
    }
    assert (used["rumour"]["qualifier"], used["rumour"]["counted"]) == ("range", "450000000.0000"), "the midpoint"
    cells = {cell["kind"]: cell for cell in body["cells"]}
    assert (cells["acquisition"]["value_total"], cells["acquisition"]["value_events"]) == ("1250000000.0000", 1)
    assert report(anonymous, group_by="kind", figure="deal-value")["total"]["n"] == 2, "the figure filter too"
    assert (cells["ipo"]["value_total"], cells["ipo"]["value_events"]) == (None, 0), "no figure: no value"


def test_an_event_adds_its_value_once_to_each_cell_it_falls_in(anonymous, deal_values):
    body = report(anonymous, group_by="party", value="deal-value")
    nimbus = next(cell for cell in body["cells"] if cell["party"] == "nimbus-systems")
    assert (nimbus["value_total"], nimbus["value_events"]) == ("1700000000.0000", 2), "subject and acquirer: once"
    response = anonymous.get(REPORT, {"records": "events", "group_by": "party", "value": "deal-value", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0])[-2:] == ["value_total", "value_events"]
    assert next(row for row in rows if row["party"] == "nimbus-systems")["value_total"] == "1700000000.0000"


def test_the_rule_takes_the_latest_as_of_then_the_latest_source_then_the_exact_figure(deal_values):
    takeover, deal_value = deal_values["news"].event, deal_values["news"].metric
    assert figures.used_figure(takeover, deal_value) == deal_values["release"]
    deal_values["release"].delete()
    assert figures.used_figure(takeover, deal_value) == deal_values["news"], "a source before none"
    later = SourceFactory(slug="later-article", published_on=datetime.date(2007, 9, 3))
    restated = EventFigure.objects.create(
        event=takeover, metric=deal_value, unit=deal_values["news"].unit, currency="USD", amount=1, source=later
    )
    assert figures.used_figure(takeover, deal_value) == restated, "the most recently published source"
    deal_values["news"].as_of = datetime.date(2007, 8, 31)
    deal_values["news"].save()
    assert figures.used_figure(takeover, deal_value) == deal_values["news"], "the latest as-of date first"
    chosen = figures.used_figures(MarketEvent.objects.all(), deal_value)
    assert {figure.event.slug: figure for figure in chosen}["takeover"] == deal_values["news"], "the query agrees"


def test_figures_in_two_currencies_are_refused_unless_one_is_picked(anonymous, deal_values):
    EventFigure.objects.create(
        event=MarketEvent.objects.get(slug="roadmap"),
        metric=Metric.objects.get(slug="deal-value"),
        unit=Unit.objects.get(slug="money"),
        currency="EUR",
        amount=Decimal("10"),
    )
    response = anonymous.get(REPORT, {"records": "events", "group_by": "kind", "value": "deal-value"})
    assert response.status_code == 400
    assert "(EUR, USD)" in response.json()["value"][0]
    body = report(anonymous, group_by="kind", value="deal-value", value_currency="eur")
    assert (body["value_total"], body["value_events"], body["value_currency"]) == ("10.0000", 1, "EUR")


def test_an_events_report_is_computed_in_a_fixed_number_of_queries(anonymous, deal_values, django_assert_num_queries):
    query = {"records": "events", "group_by": "party,role", "value": "deal-value", "status": "completed"}
    # The metric, the values used, the cells, the groups, the total.
    with django_assert_num_queries(5):
        assert anonymous.get(REPORT, query).status_code == 200
    for number in range(5):
        event = MarketEventFactory(slug=f"extra-{number}")
        party(event, Organization.objects.get(slug="larch-research"), "analyst")
    with django_assert_num_queries(5):
        assert anonymous.get(REPORT, query).json()["total"]["n"] == 7
