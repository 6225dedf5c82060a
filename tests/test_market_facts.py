"""Market facts as analysts state them (issue 15): each shape that once had to be bent into a note.

Each shape is written through the API with facts made up for the test (no sentence of
the founding article), read back as stored (no note doing the work), found by an API
filter and exported as CSV with the shape in its cells. Then the bad input for the new
fields: a 400 naming the field, a CSV problem naming line and column, an admin form
error, and nothing half-saved, on every path.

Ownership over time is in test_ownership.py; an old client's view of events in
api/test_event_compat.py.
"""

import csv
import io
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission
from django.db import models as django_models
from django.urls import reverse

from adoption.csv_codec import decode_cell, split_rows
from adoption.models import (
    Deployment,
    Hypervisor,
    MarketEvent,
    Metric,
    Organization,
    PartyRole,
    Product,
    Source,
    Unit,
)
from adoption.registry import FIGURE_FIELDS, RESOURCES
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

from .api.conftest import token_client
from .api.test_bad_input import database_state

pytestmark = pytest.mark.django_db

# The together filters (party with party_role, figure with its value, owned_by with owned_on)
# are no-ops: django-filter calls a filter's method with its field_name ("parties__organization"),
# which TogetherFilterSet.first_given() compares with the parameter name ("party").

# Made-up organizations, sources and a hypervisor: the facts below are invented for the tests.
ORGANIZATIONS = {
    "quillon-systems": "Quillon Systems",
    "brightvale-hosting": "Brightvale Hosting",
    "ostrander-research": "Ostrander Research",
    "harwick-partners": "Harwick Partners",
    "pellmoor-capital": "Pellmoor Capital",
    "gantry-securities": "Gantry Securities",
    "harbour-tech-weekly": "Harbour Tech Weekly",
}
WIRE = "htw-2009-03-02-quillon-brightvale"  # a trade weekly's report
NOTE = "ostrander-2009-03-04-quillon-note"  # an analyst's note that disagrees on the price


@pytest.fixture
def world(vocabulary):
    orgs = {
        slug: Organization.objects.create(slug=slug, name=name, country="GB") for slug, name in ORGANIZATIONS.items()
    }
    publisher = orgs["harbour-tech-weekly"]
    Source.objects.create(
        slug=WIRE,
        kind="news-article",
        title="Quillon bids for Brightvale",
        publisher=publisher,
        published_on="2009-03-02",
    )
    Source.objects.create(
        slug=NOTE,
        kind="analyst-note",
        title="Quillon: paying up for hosting",
        publisher=orgs["ostrander-research"],
        published_on="2009-03-04",
    )
    Hypervisor.objects.create(
        slug="stratovisor",
        name="Stratovisor",
        vendor=orgs["quillon-systems"],
        architecture="bare-metal",
        licence="proprietary",
    )
    Hypervisor.objects.create(
        slug="tessellate",
        name="Tessellate",
        vendor=orgs["brightvale-hosting"],
        architecture="hosted",
        licence="open-source",
    )
    return SimpleNamespace(orgs=orgs)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("shapes-editor", password="unused-password-3")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    return token_client(user)


def event_body(slug: str, **fields) -> dict:
    return {
        "slug": slug,
        "title": f"{slug} (made-up test event)",
        "kind": "acquisition",
        "status": "announced",
        "date": "2009-03-02",
        "date_precision": "day",
        "organization": "quillon-systems",
        "counterparty": "brightvale-hosting",
        "summary": "Invented for the tests.",
        "citations": [{"source": WIRE, "locator": "p. 1", "note": ""}],
        **fields,
    }


def create(client, resource: str, body: dict) -> dict:
    response = client.post(f"/api/{resource}/", body, format="json")
    assert response.status_code == 201, response.json()
    return response.json()


def create_event(client, slug: str, **fields) -> dict:
    return create(client, "events", event_body(slug, **fields))


def found(client, resource: str, **params) -> list[str]:
    """The keys of the records an API list gives for `params`."""
    response = client.get(f"/api/{resource}/", {**params, "limit": 1000})
    assert response.status_code == 200, response.json()
    key = RESOURCES[resource].column_name(RESOURCES[resource].key)
    return [record[key] for record in response.json()["results"]]


def exported(client, resource: str, **params) -> dict[str, dict[str, str]]:
    """The API's CSV for `params`: each row's cells by column, by key."""
    response = client.get(f"/api/{resource}/", {**params, "format": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    key = RESOURCES[resource].column_name(RESOURCES[resource].key)
    return {row[key]: row for row in csv.DictReader(io.StringIO(text, newline=""))}


def cell_rows(cell: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """A nested cell (figures, parties, links) as its rows, each a dict of its fields."""
    return [dict(zip(fields, row, strict=True)) for row in split_rows(decode_cell(cell), len(fields))]


def figures_in(row: dict[str, str]) -> list[dict[str, str]]:
    return cell_rows(row["figures"], FIGURE_FIELDS)


def slug(value) -> str | None:
    """A relation as read from the API (a brief object, or a vocabulary's slug) by its key."""
    return value if value is None or isinstance(value, str) else value.get("slug", value.get("reference"))


def figure_view(figure: dict) -> dict:
    """A figure as the API reads it, relations by slug."""
    relations = ("metric", "unit", "stated_by", "source", "part_of")
    return {name: slug(value) if name in relations else value for name, value in figure.items() if name != "id"}


# -- A percentage --------------------------------------------------------------------------


def test_a_percentage_is_a_figure_in_percent_without_a_currency(world, editor):
    body = create_event(editor, "quillon-offer-premium-2009", figures=[{"metric": "premium", "amount": "22.5"}])

    (figure,) = body["figures"]
    # Left out, the unit is the metric's only one; no currency, no note.
    assert figure_view(figure) == {
        "metric": "premium",
        "qualifier": "exact",
        "amount": "22.5000",
        "amount_to": None,
        "unit": "percent",
        "currency": "",
        "as_of": None,
        "as_of_precision": "day",
        "stated_by": None,
        "source": None,
        "part_of": None,
        "note": "",
    }
    (row,) = exported(editor, "events", kind="acquisition").values()
    assert row["figures"] == "premium|exact|22.5||percent|||day||||"


def test_a_percentage_is_found_by_its_value(world, editor):
    create_event(
        editor, "quillon-offer-premium-2009", figures=[{"metric": "premium", "amount": "22.5", "unit": "percent"}]
    )
    create_event(editor, "quillon-other-offer-2009", figures=[{"metric": "premium", "amount": "8"}])

    assert found(editor, "events", figure="premium", figure_value__gte="20") == ["quillon-offer-premium-2009"]
    assert found(editor, "events", figure="premium", figure_value__lte="10") == ["quillon-other-offer-2009"]
    assert list(exported(editor, "events", figure="premium", figure_value__gte="20")) == ["quillon-offer-premium-2009"]


# -- A count stated by the vendor ------------------------------------------------------------


def customer_claim(client) -> dict:
    return create_event(
        client,
        "brightvale-customer-claim-2009",
        kind="market-commentary",
        organization="brightvale-hosting",
        counterparty=None,
        figures=[
            {
                "metric": "customers",
                "qualifier": "at-least",
                "amount": "650",
                "stated_by": "brightvale-hosting",
                "source": WIRE,
                "as_of": "2009-02-01",
                "as_of_precision": "month",
            }
        ],
    )


def test_a_vendors_own_count_of_customers_says_who_claims_it(world, editor):
    (figure,) = customer_claim(editor)["figures"]

    assert figure_view(figure) == {
        "metric": "customers",
        "qualifier": "at-least",
        "amount": "650.0000",
        "amount_to": None,
        "unit": "customers",
        "currency": "",
        "as_of": "2009-02-01",  # some day in February
        "as_of_precision": "month",
        "stated_by": "brightvale-hosting",
        "source": WIRE,
        "part_of": None,
        "note": "",
    }
    (row,) = exported(editor, "events", subject="brightvale-hosting").values()
    (cells,) = figures_in(row)
    assert (cells["stated_by"], cells["qualifier"], cells["unit"], cells["as_of_precision"]) == (
        "brightvale-hosting",
        "at-least",
        "customers",
        "month",
    )


def test_a_figure_dated_to_the_month_is_stored_as_the_months_first_day_whatever_the_path(world, editor):
    dated = {"metric": "customers", "amount": "650", "as_of": "2009-02-17", "as_of_precision": "month"}
    import_csv(RESOURCES["events"], event_csv(slug="brightvale-csv-claim-2009", figures=figure_cell(dated)))
    body = create_event(editor, "brightvale-api-claim-2009", figures=[dated])

    rows = exported(editor, "events")
    assert figures_in(rows["brightvale-csv-claim-2009"])[0]["as_of"] == "2009-02-01"
    assert body["figures"][0]["as_of"] == "2009-02-01"
    assert figures_in(rows["brightvale-api-claim-2009"])[0]["as_of"] == "2009-02-01"


def test_a_count_of_customers_is_found_by_its_value(world, editor):
    customer_claim(editor)
    create_event(editor, "quillon-offer-premium-2009", figures=[{"metric": "premium", "amount": "700"}])

    assert found(editor, "events", figure="customers", figure_value__gte="600") == ["brightvale-customer-claim-2009"]
    assert found(editor, "events", figure="customers", figure_value__gte="651") == ["brightvale-customer-claim-2009"]
    assert found(editor, "events", figure="customers", figure_value__lte="600") == []


# -- Shares and employees -----------------------------------------------------------------


def flotation(client) -> dict:
    return create_event(
        client,
        "quillon-ipo-2009",
        kind="ipo",
        status="completed",
        counterparty=None,
        parties=[{"organization": "gantry-securities", "role": "underwriter", "note": "lead bank"}],
        figures=[
            {"metric": "shares-offered", "amount": "12000000", "source": WIRE},
            {"metric": "employees", "amount": "480", "as_of": "2008-01-01", "as_of_precision": "year"},
            {"metric": "offer-price-per-share", "amount": "14", "currency": "USD", "source": WIRE},
            {"metric": "intraday-low", "amount": "13.2", "currency": "USD", "as_of": "2009-03-02"},
        ],
    )


def test_shares_and_employees_are_counts_in_their_own_units(world, editor):
    figures = [figure_view(figure) for figure in flotation(editor)["figures"]]

    assert [(f["metric"], f["amount"], f["unit"], f["currency"]) for f in figures] == [
        ("shares-offered", "12000000.0000", "shares", ""),
        ("employees", "480.0000", "employees", ""),
        ("offer-price-per-share", "14.0000", "money", "USD"),
        ("intraday-low", "13.2000", "money", "USD"),
    ]
    (row,) = exported(editor, "events", kind="ipo").values()
    assert [(f["metric"], f["amount"], f["unit"], f["as_of"], f["as_of_precision"]) for f in figures_in(row)] == [
        ("shares-offered", "12000000", "shares", "", "day"),
        ("employees", "480", "employees", "2008-01-01", "year"),
        ("offer-price-per-share", "14", "money", "", "day"),
        ("intraday-low", "13.2", "money", "2009-03-02", "day"),
    ]


def test_shares_and_employees_are_found_by_their_values(world, editor):
    flotation(editor)
    create_event(editor, "quillon-offer-premium-2009", figures=[{"metric": "premium", "amount": "480"}])

    assert found(editor, "events", figure="employees", figure_value__lte="500") == ["quillon-ipo-2009"]
    assert found(editor, "events", figure="shares-offered", figure_value__gte="10000000") == ["quillon-ipo-2009"]
    assert found(editor, "events", figure="employees", figure_value__gte="481") == []


# -- Qualifiers -----------------------------------------------------------------------------


def qualified(client) -> None:
    create_event(
        client,
        "quillon-brightvale-price-2009",
        figures=[{"metric": "deal-value", "qualifier": "approximately", "amount": "500000000", "currency": "USD"}],
    )
    create_event(
        client,
        "pellmoor-values-brightvale-2009",
        kind="analyst-note",
        organization="pellmoor-capital",
        figures=[
            {
                "metric": "valuation",
                "qualifier": "range",
                "amount": "400000000",
                "amount_to": "500000000",
                "currency": "USD",
                "source": NOTE,
            },
            {"metric": "market-share", "qualifier": "at-most", "amount": "30"},
        ],
    )


def test_about_at_least_at_most_and_between_are_kept(world, editor):
    qualified(editor)

    rows = exported(editor, "events")
    (about,) = figures_in(rows["quillon-brightvale-price-2009"])
    between, at_most = figures_in(rows["pellmoor-values-brightvale-2009"])
    assert (about["qualifier"], about["amount"], about["amount_to"]) == ("approximately", "500000000", "")
    assert (between["qualifier"], between["amount"], between["amount_to"]) == ("range", "400000000", "500000000")
    assert (at_most["qualifier"], at_most["amount"], at_most["unit"]) == ("at-most", "30", "percent")
    # Nothing had to go in a note.
    assert not any(figure["note"] for row in rows.values() for figure in figures_in(row))
    stored = {str(f).lower() for f in MarketEvent.objects.get(slug="pellmoor-values-brightvale-2009").figures.all()}
    assert stored == {"valuation: between 400,000,000 and 500,000,000 usd", "market share: at most 30 percent"}


def test_a_range_is_found_by_any_value_it_spans(world, editor):
    qualified(editor)

    assert found(editor, "events", figure="valuation", figure_value__gte="450000000") == [
        "pellmoor-values-brightvale-2009"
    ]  # its high end is
    assert found(editor, "events", figure="valuation", figure_value__lte="420000000") == [
        "pellmoor-values-brightvale-2009"
    ]  # its low end is
    assert found(editor, "events", figure="valuation", figure_value__gte="510000000") == []
    assert found(editor, "events", figure="deal-value", figure_currency="USD", figure_value__gte="499000000") == [
        "quillon-brightvale-price-2009"
    ]
    assert found(editor, "events", figure="deal-value", figure_currency="EUR") == []


# -- Open-ended metrics and parts ---------------------------------------------------------


def priced_with_options(client) -> dict:
    return create_event(
        client,
        "quillon-brightvale-terms-2009",
        status="definitive-agreement",
        figures=[
            {"metric": "deal-value", "amount": "510000000", "currency": "USD", "source": WIRE},
            {
                "metric": "assumed-options",
                "amount": "35000000",
                "currency": "USD",
                "part_of": "deal-value",
                "source": WIRE,
            },
        ],
    )


def test_stock_options_are_a_part_of_the_deal_value_not_on_top_of_it(world, editor):
    body = priced_with_options(editor)

    assert [(slug(f["metric"]), slug(f["part_of"])) for f in body["figures"]] == [
        ("deal-value", None),
        ("assumed-options", "deal-value"),
    ]
    assert body["figure_disagreements"] == []  # a part is no second opinion on the whole
    (row,) = exported(editor, "events").values()
    assert [(f["metric"], f["part_of"]) for f in figures_in(row)] == [
        ("deal-value", ""),
        ("assumed-options", "deal-value"),
    ]


def test_an_opening_day_low_has_a_metric_of_its_own(world, editor):
    body = flotation(editor)
    low = next(f for f in body["figures"] if slug(f["metric"]) == "intraday-low")
    assert (low["amount"], low["as_of"], low["note"]) == ("13.2000", "2009-03-02", "")


def test_an_analyst_adds_a_metric_in_the_admin_and_uses_it_at_once(world, editor, admin_client):
    money = Unit.objects.get(slug="money")
    response = admin_client.post(
        reverse("admin:adoption_metric_add"),
        {
            "name": "Order backlog",
            "slug": "order-backlog",
            "description": "Signed, not yet billed.",
            "units": [money.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]

    body = create_event(
        editor, "quillon-backlog-2009", figures=[{"metric": "order-backlog", "amount": "80000000", "currency": "EUR"}]
    )
    assert [(slug(f["metric"]), slug(f["unit"]), f["currency"]) for f in body["figures"]] == [
        ("order-backlog", "money", "EUR")
    ]
    refused = editor.post(
        "/api/events/",
        event_body(
            "quillon-backlog-share-2009", figures=[{"metric": "order-backlog", "amount": "3", "unit": "percent"}]
        ),
        format="json",
    )
    assert refused.status_code == 400
    assert refused.json()["figures"] == {"0": {"unit": ["This metric is stated in money, not in percent."]}}


def test_open_ended_metrics_and_parts_are_found_by_filter(world, editor):
    flotation(editor)
    priced_with_options(editor)

    assert found(editor, "events", figure="intraday-low") == ["quillon-ipo-2009"]
    assert found(editor, "events", figure="assumed-options", figure_value__gte="30000000") == [
        "quillon-brightvale-terms-2009"
    ]


# -- Sources that disagree ----------------------------------------------------------------


def test_two_sources_that_disagree_on_a_deal_value_are_both_kept(world, editor, admin_client):
    body = create_event(
        editor,
        "quillon-brightvale-price-2009",
        figures=[
            {
                "metric": "deal-value",
                "qualifier": "approximately",
                "amount": "1200000000",
                "currency": "USD",
                "source": WIRE,
            }
        ],
    )
    assert body["figure_disagreements"] == []
    (first,) = body["figures"]

    # The analyst's note gives another value: added beside the first, which keeps its id.
    second = {"metric": "deal-value", "amount": "1250000000", "currency": "USD", "source": NOTE}
    response = editor.patch(f"/api/events/{body['id']}/", {"figures": [first, second]}, format="json")
    assert response.status_code == 200, response.json()
    body = response.json()

    assert [(f["id"] == first["id"], f["qualifier"], f["amount"], slug(f["source"])) for f in body["figures"]] == [
        (True, "approximately", "1200000000.0000", WIRE),
        (False, "exact", "1250000000.0000", NOTE),
    ]
    assert body["figure_disagreements"] == ["deal-value"]
    listed = editor.get("/api/events/", {"subject": "quillon-systems"}).json()["results"]
    assert [event["figure_disagreements"] for event in listed] == [["deal-value"]]
    (row,) = exported(editor, "events").values()
    assert [(f["amount"], f["source"]) for f in figures_in(row)] == [("1200000000", WIRE), ("1250000000", NOTE)]
    changelist = admin_client.get(reverse("admin:adoption_marketevent_changelist"))
    assert '<td class="field-disagreements">deal-value</td>' in changelist.content.decode()


def test_figures_in_different_units_or_parts_are_no_disagreement(world, editor):
    body = create_event(
        editor,
        "quillon-brightvale-price-2009",
        figures=[
            {"metric": "deal-value", "amount": "1200000000", "currency": "USD", "source": WIRE},
            {"metric": "deal-value", "amount": "900000000", "currency": "EUR", "source": NOTE},
            {"metric": "deal-value", "amount": "1200000000", "currency": "USD", "source": NOTE},
        ],
    )
    assert body["figure_disagreements"] == []


# -- Parties in roles -----------------------------------------------------------------------

PARTIES = [
    {"organization": "ostrander-research", "role": "analyst", "note": "rated the deal"},
    {"organization": "harwick-partners", "role": "adviser", "note": "advised the buyer"},
    {"organization": "pellmoor-capital", "role": "investor", "note": "sold its stake"},
    {"organization": "gantry-securities", "role": "underwriter", "note": "arranged the financing"},
]


def test_analysts_advisers_investors_and_underwriters_are_parties(world, editor):
    body = create_event(editor, "quillon-brightvale-terms-2009", parties=PARTIES)

    assert [(slug(p["organization"]), slug(p["role"]), p["note"]) for p in body["parties"]] == [
        (p["organization"], p["role"], p["note"]) for p in PARTIES
    ]
    (row,) = exported(editor, "events").values()
    assert cell_rows(row["parties"], ("organization", "role", "note")) == PARTIES
    # The free-text search finds an event by any party's name.
    assert found(editor, "events", q="Gantry") == ["quillon-brightvale-terms-2009"]


def test_parties_are_found_by_organization_and_role(world, editor):
    create_event(editor, "quillon-brightvale-terms-2009", parties=PARTIES)
    create_event(editor, "quillon-ipo-2009", kind="ipo", counterparty=None)
    gantry = world.orgs["gantry-securities"]

    terms = ["quillon-brightvale-terms-2009"]
    assert found(editor, "events", party="gantry-securities") == terms
    assert found(editor, "events", party_id=gantry.pk) == terms
    assert found(editor, "events", party_role="underwriter") == terms
    assert found(editor, "events", party="ostrander-research", party_role="analyst") == terms
    assert found(editor, "events", party="ostrander-research", party_role="underwriter") == []
    # Subject and counterparty are parties too, in their own fields.
    assert found(editor, "events", party="quillon-systems", ordering="slug") == [
        "quillon-brightvale-terms-2009",
        "quillon-ipo-2009",
    ]
    assert found(editor, "events", party="brightvale-hosting", party_role="counterparty") == terms
    assert list(exported(editor, "events", party_role="adviser")) == terms


# -- A lifecycle: a definitive agreement expected to close in Q4 ----------------------------


def test_a_definitive_agreement_expected_to_close_in_q4(world, editor):
    body = create_event(
        editor,
        "quillon-brightvale-agreement-2009",
        status="definitive-agreement",
        date="2009-06-15",
        expected_on="2009-11-20",  # "expected in the fourth quarter": any day of it will do
        expected_precision="quarter",
    )
    assert (body["status"], body["expected_on"], body["expected_display"]) == (
        "definitive-agreement",
        "2009-10-01",
        "2009-Q4",
    )
    create_event(editor, "quillon-brightvale-rumour-2009", kind="acquisition-rumour", status="rumoured")

    expected_in_q4 = {"expected_on__gte": "2009-10-01", "expected_on__lte": "2009-12-31"}
    assert found(editor, "events", status="definitive-agreement") == ["quillon-brightvale-agreement-2009"]
    assert found(editor, "events", **expected_in_q4) == ["quillon-brightvale-agreement-2009"]
    row = exported(editor, "events", **expected_in_q4)["quillon-brightvale-agreement-2009"]
    assert (row["status"], row["expected_on"], row["expected_precision"]) == (
        "definitive-agreement",
        "2009-10-01",
        "quarter",
    )


# -- Links: the rumour, the agreement that confirmed it, the closing that completed it -------


def story(client) -> tuple[dict, dict, dict]:
    rumour = create_event(
        client, "quillon-brightvale-rumour-2009", kind="acquisition-rumour", status="rumoured", date="2009-01-12"
    )
    agreement = create_event(
        client,
        "quillon-brightvale-agreement-2009",
        status="definitive-agreement",
        date="2009-03-02",
        links=[{"kind": "confirms", "target": rumour["slug"], "note": "the talks were real"}],
    )
    closing = create_event(
        client,
        "quillon-brightvale-closing-2009",
        status="completed",
        date="2009-07-01",
        links=[{"kind": "completes", "target": agreement["id"], "note": ""}],
    )
    return rumour, agreement, closing


def test_a_rumour_its_agreement_and_its_closing_read_as_one_story(world, editor):
    rumour, agreement, closing = story(editor)

    def read(event):
        body = editor.get(f"/api/events/{event['id']}/").json()
        links = [(link["kind"], slug(link["target"]), link["note"]) for link in body["links"]]
        linked_from = [(link["kind"], slug(link["event"]), link["note"]) for link in body["linked_from"]]
        return links, linked_from

    assert read(rumour) == ([], [("confirms", "quillon-brightvale-agreement-2009", "the talks were real")])
    assert read(agreement) == (
        [("confirms", "quillon-brightvale-rumour-2009", "the talks were real")],
        [("completes", "quillon-brightvale-closing-2009", "")],
    )
    assert read(closing) == ([("completes", "quillon-brightvale-agreement-2009", "")], [])

    assert found(editor, "events", subject="quillon-systems", ordering="date") == [
        "quillon-brightvale-rumour-2009",
        "quillon-brightvale-agreement-2009",
        "quillon-brightvale-closing-2009",
    ]
    rows = exported(editor, "events", subject="quillon-systems")
    assert {key: row["links"] for key, row in rows.items()} == {
        "quillon-brightvale-rumour-2009": "",
        "quillon-brightvale-agreement-2009": "confirms|quillon-brightvale-rumour-2009|the talks were real",
        "quillon-brightvale-closing-2009": "completes|quillon-brightvale-agreement-2009|",
    }


def test_an_event_other_events_point_at_cannot_be_deleted(world, editor):
    rumour, _, _ = story(editor)
    response = editor.delete(f"/api/events/{rumour['id']}/")
    assert response.status_code == 409
    assert MarketEvent.objects.filter(slug=rumour["slug"]).exists()


# -- Products ---------------------------------------------------------------------------------


def product_in_use(client) -> None:
    create(
        client,
        "products",
        {
            "slug": "stratosphere-server-2-1",
            "name": "Stratosphere Server 2.1",
            "vendor": "quillon-systems",
            "hypervisor": "stratovisor",
            "version": "2.1",
            "released_on": "2009-04-21",
            "released_precision": "month",
            "description": "Made up for the tests.",
        },
    )
    create(
        client,
        "deployments",
        {
            "reference": "brightvale-stratosphere-2009",
            "customer": "brightvale-hosting",
            "hypervisor": "stratovisor",
            "product": "stratosphere-server-2-1",
            "hypervisor_version": "2.1",
            "stage": "pilot",
            "reported_on": "2009-05-04",
            "summary": "Invented: a pilot of the product.",
            "citations": [{"source": WIRE, "locator": "p. 2", "note": ""}],
        },
    )
    create_event(
        client,
        "stratosphere-2-1-release-2009",
        kind="product-release",
        status="completed",
        counterparty=None,
        date="2009-04-21",
        hypervisors=["stratovisor"],
        products=["stratosphere-server-2-1"],
    )


def test_a_product_built_on_a_hypervisor_is_used_by_a_deployment_and_an_event(world, editor):
    product_in_use(editor)

    product = editor.get("/api/products/", {"vendor": "quillon-systems"}).json()["results"][0]
    assert (product["version"], slug(product["hypervisor"]), product["released_on"], product["released"]) == (
        "2.1",
        "stratovisor",
        "2009-04-01",
        "2009-04",
    )
    assert found(editor, "products", hypervisor="stratovisor", released_on__gte="2009-04-01") == [
        "stratosphere-server-2-1"
    ]
    assert found(editor, "deployments", product="stratosphere-server-2-1") == ["brightvale-stratosphere-2009"]
    assert found(editor, "events", product="stratosphere-server-2-1") == ["stratosphere-2-1-release-2009"]
    assert found(editor, "events", product_id=Product.objects.get().pk) == ["stratosphere-2-1-release-2009"]
    assert found(editor, "deployments", product__n="stratosphere-server-2-1") == []

    assert (
        exported(editor, "deployments", product="stratosphere-server-2-1")["brightvale-stratosphere-2009"]["product"]
        == "stratosphere-server-2-1"
    )
    assert (
        exported(editor, "events", product="stratosphere-server-2-1")["stratosphere-2-1-release-2009"]["products"]
        == "stratosphere-server-2-1"
    )
    row = exported(editor, "products")["stratosphere-server-2-1"]
    assert (row["vendor"], row["hypervisor"], row["version"], row["released_on"], row["released_precision"]) == (
        "quillon-systems",
        "stratovisor",
        "2.1",
        "2009-04-01",
        "month",
    )


def test_a_product_cannot_be_moved_to_another_hypervisor_than_its_deployments(world, editor):
    product_in_use(editor)
    product = Product.objects.get()
    before = database_state()

    response = editor.patch(f"/api/products/{product.pk}/", {"hypervisor": "tessellate"}, format="json")

    assert response.status_code == 400
    assert "hypervisor" in response.json()
    assert database_state() == before


# -- Bad input for the new fields, on every path ------------------------------------------------

MONEY = {"currency": "USD"}
# (label, figure given, field in error, message)
BAD_FIGURES = [
    (
        "amount_to without a range",
        {"metric": "deal-value", "amount": "400000000", "amount_to": "500000000", **MONEY},
        "amount_to",
        "Only a range has a high end",
    ),
    (
        "a range without its high end",
        {"metric": "deal-value", "qualifier": "range", "amount": "4", **MONEY},
        "amount_to",
        "A range needs its high end.",
    ),
    (
        "a range upside down",
        {"metric": "deal-value", "qualifier": "range", "amount": "5", "amount_to": "4", **MONEY},
        "amount_to",
        "The high end of a range must be above its low end.",
    ),
    (
        "a currency on a percent",
        {"metric": "premium", "amount": "20", "unit": "percent", **MONEY},
        "currency",
        "Only money has a currency; a figure in percent has none.",
    ),
    (
        "money without a currency",
        {"metric": "deal-value", "amount": "4", "unit": "money"},
        "currency",
        "A figure in money needs its currency, e.g. USD.",
    ),
    (
        "a unit the metric does not take",
        {"metric": "customers", "amount": "650", "unit": "employees"},
        "unit",
        "This metric is stated in customers, not in employees.",
    ),
    (
        "part of its own metric",
        {"metric": "deal-value", "amount": "4", "part_of": "deal-value", **MONEY},
        "part_of",
        "A figure cannot be a part of its own metric.",
    ),
]
BAD_PARTIES = [
    (
        "a party in the subject's role",
        {"organization": "pellmoor-capital", "role": "subject"},
        "role",
        "The subject is the event's own organization field",
    ),
    (
        "a party in the counterparty's role",
        {"organization": "pellmoor-capital", "role": "counterparty"},
        "role",
        "The counterparty is the event's own counterparty field",
    ),
]
# (label, event fields, field in error, message)
BAD_EVENT_FIELDS = [
    (
        "an expected date on a completed event",
        {"status": "completed", "expected_on": "2009-10-01", "expected_precision": "quarter"},
        "expected_on",
        "A completed event expects nothing more: leave the expected date empty.",
    ),
    (
        "an expected date before the event",
        {
            "status": "definitive-agreement",
            "date": "2009-06-15",
            "expected_on": "2009-01-01",
            "expected_precision": "quarter",
        },
        "expected_on",
        "The expected date cannot be before the event's own date.",
    ),
]
BAD_EVENTS = [
    *(
        (label, {"figures": [figure]}, "figures", f"{field}: {message}")
        for label, figure, field, message in BAD_FIGURES
    ),
    *((label, {"parties": [party]}, "parties", f"{field}: {message}") for label, party, field, message in BAD_PARTIES),
    *BAD_EVENT_FIELDS,
]


def ids(cases) -> list[str]:
    return [case[0] for case in cases]


def api_messages(errors) -> str:
    """An API error body as one text, the field of each nested row's message before it."""
    if isinstance(errors, dict):
        return " ".join(f"{key}: {api_messages(value)}" for key, value in errors.items())
    if isinstance(errors, list):
        return " ".join(api_messages(item) for item in errors)
    return str(errors)


@pytest.mark.parametrize(("label", "fields", "field", "message"), BAD_EVENTS, ids=ids(BAD_EVENTS))
def test_bad_event_input_is_a_400_naming_the_field(world, editor, label, fields, field, message):
    before = database_state()
    response = editor.post("/api/events/", event_body("quillon-bad-2009", **fields), format="json")

    assert response.status_code == 400, response.content
    assert set(response.json()) == {field}
    assert message in api_messages(response.json()[field])
    assert database_state() == before


@pytest.mark.parametrize(("label", "fields", "field", "message"), BAD_EVENTS, ids=ids(BAD_EVENTS))
def test_bad_event_input_on_an_update_is_a_400_and_changes_nothing(world, editor, label, fields, field, message):
    body = create_event(editor, "quillon-bad-2009", status="announced")
    before = database_state()
    response = editor.patch(f"/api/events/{body['id']}/", fields, format="json")

    assert response.status_code == 400, response.content
    assert message in api_messages(response.json()[field])
    assert database_state() == before


EVENT_COLUMNS = [
    "slug", "title", "kind", "status", "date", "expected_on", "expected_precision", "organization",
    "counterparty", "summary", "parties", "figures", "links", "citations",
]  # fmt: skip


def event_csv(**cells) -> bytes:
    """A one-row events file: the row's cells as export writes them."""
    row = {
        "slug": "quillon-bad-2009",
        "title": "Made-up event",
        "kind": "acquisition",
        "status": "announced",
        "date": "2009-03-02",
        "organization": "quillon-systems",
        "counterparty": "brightvale-hosting",
        "summary": "Invented.",
        "citations": f"{WIRE}|p. 1|",
        **cells,
    }
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, restval="")
    writer.writeheader()
    writer.writerow(row)
    return out.getvalue().encode()


def figure_cell(figure: dict) -> str:
    return "|".join(str(figure.get(name, "")) for name in FIGURE_FIELDS)


def problems_of(resource: str, data: bytes) -> list[str]:
    before = database_state()
    with pytest.raises(UpsertError) as caught:
        import_csv(RESOURCES[resource], data)
    assert database_state() == before
    return [str(problem) for problem in caught.value.problems]


CSV_CASES = [
    *(
        (label, {"figures": figure_cell(figure)}, "figures", f"#1: {field}: {message}")
        for label, figure, field, message in BAD_FIGURES
    ),
    *(
        (label, {"parties": f"{party['organization']}|{party['role']}|"}, "parties", f"#1: {field}: {message}")
        for label, party, field, message in BAD_PARTIES
    ),
    *BAD_EVENT_FIELDS,
]


@pytest.mark.parametrize(("label", "cells", "column", "message"), CSV_CASES, ids=ids(CSV_CASES))
def test_bad_event_input_in_csv_names_the_line_and_the_column(world, label, cells, column, message):
    problems = problems_of("events", event_csv(**cells))
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"line 2, {column}: "), problems
    assert message in problems[0]


# The admin: the event's add form with its four inlines.
INLINES = ("parties", "figures", "links", "citations")


def admin_event_form(**fields) -> dict:
    org = {slug: pk for slug, pk in Organization.objects.values_list("slug", "pk")}
    data = {
        "title": "Made-up event",
        "slug": "quillon-bad-2009",
        "kind": "acquisition",
        "status": "announced",
        "date": "2009-03-02",
        "date_precision": "day",
        "expected_on": "",
        "expected_precision": "day",
        "organization": org["quillon-systems"],
        "counterparty": org["brightvale-hosting"],
        "summary": "Invented.",
        "citations-0-source": Source.objects.get(slug=WIRE).pk,
        "citations-0-locator": "p. 1",
        "citations-0-note": "",
    }
    for prefix in INLINES:
        data.update({f"{prefix}-TOTAL_FORMS": "1" if prefix == "citations" else "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(fields)
    return data


def admin_row(prefix: str, values: dict) -> dict:
    """One inline row of the admin form: relations by id, as the autocomplete widgets send them."""
    models: dict[str, type[django_models.Model]] = {
        "metric": Metric,
        "part_of": Metric,
        "unit": Unit,
        "source": Source,
        "stated_by": Organization,
        "organization": Organization,
        "role": PartyRole,
        "target": MarketEvent,
    }
    row = {"qualifier": "exact", "as_of_precision": "day"} if prefix == "figures" else {}
    row.update(values)
    if prefix == "figures" and "unit" not in row:
        row["unit"] = "money" if row.get("currency") else Metric.objects.get(slug=row["metric"]).units.get().slug
    data = {f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "0"}
    for name, value in row.items():
        model = models.get(name)
        data[f"{prefix}-0-{name}"] = model._default_manager.get(slug=value).pk if model else value
    return data


def form_errors(response) -> str:
    """Every error the admin page shows, as text."""
    return " ".join(re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S))


# (label, the form's fields, built once the records they name exist, message)
ADMIN_CASES = [
    *((label, lambda f=figure: admin_row("figures", f), message) for label, figure, _, message in BAD_FIGURES),
    *((label, lambda p=party: admin_row("parties", p), message) for label, party, _, message in BAD_PARTIES),
    *((label, lambda f=fields: f, message) for label, fields, _, message in BAD_EVENT_FIELDS),
]


@pytest.mark.parametrize(("label", "fields", "message"), ADMIN_CASES, ids=ids(ADMIN_CASES))
def test_bad_event_input_in_the_admin_is_a_form_error(world, admin_client, label, fields, message):
    before = database_state()
    response = admin_client.post(reverse("admin:adoption_marketevent_add"), admin_event_form(**fields()))

    assert response.status_code == 200, f"{label}: saved"
    assert message.replace("'", "&#x27;") in form_errors(response), form_errors(response)
    assert database_state() == before


# A link to itself: an event exists before it can be linked, so each path updates a stored one.


def test_a_link_to_itself_is_a_400_naming_links(world, editor):
    body = create_event(editor, "quillon-bad-2009")
    before = database_state()
    response = editor.patch(
        f"/api/events/{body['id']}/", {"links": [{"kind": "follows", "target": body["slug"]}]}, format="json"
    )
    assert response.status_code == 400
    assert "An event cannot be linked to itself." in api_messages(response.json().get("links"))
    assert database_state() == before


@pytest.mark.parametrize("stored", [True, False], ids=["stored event", "event new in the file"])
def test_a_link_to_itself_in_csv_names_the_line_and_the_column(world, editor, stored):
    if stored:
        create_event(editor, "quillon-bad-2009")
    problems = problems_of("events", event_csv(links="follows|quillon-bad-2009|"))
    assert problems == ["line 2, links: #1: target: An event cannot be linked to itself."]


def test_a_link_to_itself_in_the_admin_is_a_form_error(world, editor, admin_client):
    body = create_event(editor, "quillon-bad-2009")
    page = admin_client.get(reverse("admin:adoption_marketevent_change", args=[body["id"]]))
    data = change_form_data(page)
    data.update({"links-TOTAL_FORMS": "1", "links-0-kind": "follows", "links-0-target": body["id"], "links-0-note": ""})
    before = database_state()

    response = admin_client.post(reverse("admin:adoption_marketevent_change", args=[body["id"]]), data)

    assert response.status_code == 200
    assert "An event cannot be linked to itself." in form_errors(response)
    assert database_state() == before


def change_form_data(page) -> dict:
    """The POST data of an admin change page as it was served: the form, its inlines, their management forms."""
    data = {}
    forms = [page.context["adminform"].form, *(f for fs in page.context["inline_admin_formsets"] for f in fs.formset)]
    for form in forms:
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if isinstance(value, list):
                data[form.add_prefix(name)] = [getattr(item, "pk", item) for item in value]
            elif value is not None:
                data[form.add_prefix(name)] = getattr(value, "pk", value)
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management.initial[name]
    return data


# A product packaging another hypervisor than the deployment's.
MISMATCH = "This product packages another hypervisor than the deployment's."


@pytest.fixture
def other_product(world):
    return Product.objects.create(
        slug="tessellate-desktop-1",
        name="Tessellate Desktop 1",
        vendor=world.orgs["brightvale-hosting"],
        hypervisor=Hypervisor.objects.get(slug="tessellate"),
    )


def test_a_deployment_of_a_product_of_another_hypervisor_is_refused_everywhere(
    world, other_product, editor, admin_client
):
    before = database_state()
    body = {
        "reference": "brightvale-mismatch-2009",
        "customer": "brightvale-hosting",
        "hypervisor": "stratovisor",
        "product": other_product.slug,
        "stage": "pilot",
        "reported_on": "2009-05-04",
        "summary": "Invented.",
        "citations": [{"source": WIRE, "locator": "", "note": ""}],
    }
    response = editor.post("/api/deployments/", body, format="json")
    assert response.status_code == 400
    assert response.json() == {"product": [MISMATCH]}

    data = (
        "reference,customer,hypervisor,product,stage,reported_on,summary,citations\n"
        f"brightvale-mismatch-2009,brightvale-hosting,stratovisor,{other_product.slug},pilot,2009-05-04,Invented.,{WIRE}||\n"
    )
    assert problems_of("deployments", data.encode()) == [f"line 2, product: {MISMATCH}"]

    form = {
        "reference": "brightvale-mismatch-2009",
        "customer": world.orgs["brightvale-hosting"].pk,
        "hypervisor": Hypervisor.objects.get(slug="stratovisor").pk,
        "product": other_product.pk,
        "stage": "pilot",
        "reported_on": "2009-05-04",
        "reported_precision": "day",
        "summary": "Invented.",
        "guests-TOTAL_FORMS": "0",
        "guests-INITIAL_FORMS": "0",
        "citations-TOTAL_FORMS": "1",
        "citations-INITIAL_FORMS": "0",
        "citations-0-source": Source.objects.get(slug=WIRE).pk,
    }
    response = admin_client.post(reverse("admin:adoption_deployment_add"), form)
    assert response.status_code == 200
    assert MISMATCH.replace("'", "&#x27;") in form_errors(response)
    assert database_state() == before
    assert not Deployment.objects.exists()
