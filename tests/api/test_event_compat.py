"""A client written against the event fields of before issue 15 still reads and writes them.

Such a client knows an event's `organization` and `counterparty`, and figures as
`{metric, amount, currency, note}`: no unit, qualifier, date, source, claim or part. It
creates, updates and reads events that way, and filters them by `organization`,
`subject` and `counterparty`. The facts are made up for the tests.
"""

import pytest

from adoption.models import MarketEvent

from .conftest import ARTICLE, detail_url, list_url

pytestmark = pytest.mark.django_db

# Exactly the fields an event had before units, qualifiers, parties, links and products.
OLD_FIELDS = {
    "slug", "title", "kind", "status", "date", "date_precision", "organization", "counterparty",
    "hypervisors", "operating_systems", "summary", "figures", "citations",
}  # fmt: skip
OLD_FIGURE_FIELDS = {"metric", "amount", "currency", "note"}


def old_event(**changes) -> dict:
    body = {
        "slug": "novell-buys-xensource-stake-2008",
        "title": "Novell takes a stake in XenSource (made up)",
        "kind": "funding",
        "status": "announced",
        "date": "2008-05-12",
        "date_precision": "day",
        "organization": "novell",
        "counterparty": "xensource",
        "hypervisors": ["xen"],
        "operating_systems": ["sles"],
        "summary": "Invented for the compatibility tests.",
        "figures": [
            {"metric": "amount-raised", "amount": "40000000", "currency": "USD", "note": "in two tranches"},
            {"metric": "other", "amount": "2500000", "currency": "EUR", "note": "a break fee"},
        ],
        "citations": [{"source": ARTICLE, "locator": "", "note": ""}],
        **changes,
    }
    assert set(body) <= OLD_FIELDS and all(set(f) <= OLD_FIGURE_FIELDS | {"id"} for f in body["figures"])
    return body


def old_view(body: dict) -> dict:
    """What an old client looks at in an event it reads."""
    return {
        "organization": body["organization"]["slug"],
        "counterparty": body["counterparty"] and body["counterparty"]["slug"],
        "figures": [(f["amount"], f["currency"], f["note"]) for f in body["figures"]],
        "title": body["title"],
        "status": body["status"],
    }


def test_an_old_client_creates_an_event_and_reads_back_what_it_wrote(editor, seeded):
    response = editor.post(list_url("events"), old_event(), format="json")
    assert response.status_code == 201, response.json()
    created = response.json()

    assert old_view(created) == {
        "organization": "novell",
        "counterparty": "xensource",
        "figures": [("40000000.0000", "USD", "in two tranches"), ("2500000.0000", "EUR", "a break fee")],
        "title": "Novell takes a stake in XenSource (made up)",
        "status": "announced",
    }
    assert old_view(editor.get(detail_url("events", created["id"])).json()) == old_view(created)
    # What it left out is what it meant: money, stated exactly, with no date, source or part.
    for figure in created["figures"]:
        assert (figure["unit"], figure["qualifier"], figure["amount_to"]) == ("money", "exact", None)
        assert (figure["as_of"], figure["stated_by"], figure["source"], figure["part_of"]) == (None, None, None, None)
    assert (created["parties"], created["links"], created["products"]) == ([], [], [])


def test_an_old_client_reads_a_figures_metric_as_the_slug_it_wrote(editor, seeded):
    created = editor.post(list_url("events"), old_event(), format="json").json()
    assert [figure["metric"] for figure in created["figures"]] == ["amount-raised", "other"]


def test_an_old_client_updates_an_event_by_patch_and_put(editor, seeded):
    created = editor.post(list_url("events"), old_event(), format="json").json()
    url = detail_url("events", created["id"])
    ids = [figure["id"] for figure in created["figures"]]

    # A corrected amount: the figure is updated in place, keeping its id.
    corrected = [
        {"metric": "amount-raised", "amount": "42000000", "currency": "USD", "note": "in two tranches"},
        {"metric": "other", "amount": "2500000", "currency": "EUR", "note": "a break fee"},
    ]
    response = editor.patch(url, {"counterparty": "virtual-iron", "figures": corrected}, format="json")
    assert response.status_code == 200, response.json()
    assert old_view(response.json())["counterparty"] == "virtual-iron"
    assert [(f["id"], f["amount"]) for f in response.json()["figures"]] == [
        (ids[0], "42000000.0000"),
        (ids[1], "2500000.0000"),
    ]

    response = editor.put(
        url, old_event(title="Novell's stake in XenSource (made up)", status="completed"), format="json"
    )
    assert response.status_code == 200, response.json()
    assert old_view(editor.get(url).json()) == {
        "organization": "novell",
        "counterparty": "xensource",
        "figures": [("40000000.0000", "USD", "in two tranches"), ("2500000.0000", "EUR", "a break fee")],
        "title": "Novell's stake in XenSource (made up)",
        "status": "completed",
    }
    assert [figure["id"] for figure in editor.get(url).json()["figures"]] == ids


def test_an_old_client_may_name_the_subject_and_counterparty_as_ids_or_objects(editor, seeded):
    stored = MarketEvent.objects.get(slug="citrix-xen-acquisition-rumour-2007")
    body = old_event(organization={"id": stored.organization_id}, counterparty={"slug": "virtual-iron"}, figures=[])
    created = editor.post(list_url("events"), body, format="json")
    assert created.status_code == 201, created.json()
    assert (old_view(created.json())["organization"], old_view(created.json())["counterparty"]) == (
        "citrix",
        "virtual-iron",
    )
    same = editor.post(list_url("events"), old_event(slug="same-side", counterparty="novell"), format="json")
    assert same.status_code == 400
    assert same.json() == {"counterparty": ["The counterparty must be another organization than the subject."]}


def test_an_old_clients_edit_keeps_what_a_newer_client_stated(editor, seeded):
    body = old_event(figures=[])
    body["figures"] = [
        {
            "metric": "amount-raised",
            "qualifier": "approximately",
            "amount": "40000000",
            "currency": "USD",
            "source": ARTICLE,
            "as_of": "2008-05-12",
            "stated_by": "xensource",
            "note": "",
        }
    ]
    created = editor.post(list_url("events"), body, format="json").json()
    (figure,) = created["figures"]

    # The old client sends back what it knows of the figure, with a new note.
    known = {name: figure[name] for name in ("id", "metric", "amount", "currency")}
    response = editor.patch(
        detail_url("events", created["id"]), {"figures": [{**known, "note": "reported"}]}, format="json"
    )
    assert response.status_code == 200
    (after,) = response.json()["figures"]
    assert after["note"] == "reported"
    assert (after["id"], after["qualifier"], after["source"], after["as_of"], after["stated_by"]) == (
        figure["id"],
        "approximately",
        figure["source"],
        "2008-05-12",
        figure["stated_by"],
    )


@pytest.fixture
def three_events(editor, seeded):
    """Novell with XenSource, XenSource with Virtual Iron, and Novell alone."""
    for changes in (
        {},
        {"slug": "xensource-iron-2008", "organization": "xensource", "counterparty": "virtual-iron"},
        {"slug": "novell-alone-2008", "counterparty": None},
    ):
        assert editor.post(list_url("events"), old_event(**changes), format="json").status_code == 201


def slugs(client, **params) -> set[str]:
    response = client.get(list_url("events"), {**params, "limit": 1000, "date__gte": "2008-01-01"})
    assert response.status_code == 200, response.json()
    return {event["slug"] for event in response.json()["results"]}


def test_the_organization_subject_and_counterparty_filters_still_work(anonymous, three_events):
    stake, iron, alone = "novell-buys-xensource-stake-2008", "xensource-iron-2008", "novell-alone-2008"
    xensource = MarketEvent.objects.get(slug=iron).organization_id

    assert slugs(anonymous, organization="xensource") == {stake, iron}  # either side
    assert slugs(anonymous, organization_id=xensource) == {stake, iron}
    assert slugs(anonymous, subject="novell") == {stake, alone}
    assert slugs(anonymous, subject="novell", counterparty="xensource") == {stake}
    assert slugs(anonymous, counterparty="virtual-iron") == {iron}
    assert slugs(anonymous, subject__n="novell") == {iron}
    assert slugs(anonymous, counterparty="xensource", subject="xensource") == set()
    assert anonymous.get(list_url("events"), {"subject": "no-such-organization"}).status_code == 400


def test_the_schema_asks_an_old_client_for_nothing_new(anonymous):
    spec = anonymous.get("/api/schema/", {"format": "json"}).json()
    schemas = spec["components"]["schemas"]
    request = schemas["MarketEventRequest"]
    assert {"organization", "counterparty", "figures"} <= set(request["properties"])
    assert set(request["required"]) <= OLD_FIELDS
    figure = schemas[request["properties"]["figures"]["items"]["$ref"].rsplit("/", 1)[1]]
    assert set(figure.get("required", [])) <= {"metric", "amount"}
