"""The market facts of issue 15 survive a CSV export, an emptied database and a re-import, byte for byte.

The seeded database gets rich facts of every new kind first (made up for the test): new
vocabulary (a unit, a metric, a party role), a product in use, parties in roles, figures
with units, qualifiers, ranges, percentages, parts, claims, dates at a precision and
sources that disagree, an expected date to the quarter, links between events, and
ownership periods known to the quarter. Every resource is then exported, the database
emptied, the files imported in dependency order and exported again: the files must be
the same bytes, the id column aside. Like every test that uses the suite's database,
it runs in both passes of scripts/test.sh, on PostgreSQL and on SQLite.
"""

import datetime
from decimal import Decimal

import pytest

from adoption.models import (
    Deployment,
    EventFigure,
    EventLink,
    EventParty,
    Hypervisor,
    MarketEvent,
    Metric,
    Organization,
    Ownership,
    PartyRole,
    Product,
    Source,
    Unit,
)
from adoption.registry import RESOURCES
from adoption.services.csv_import import import_csv

from .test_csv_roundtrip import ALL_MODELS, empty_the_database, export

pytestmark = pytest.mark.django_db

ARTICLE = "computing-2007-08-14-vmware-ipo-xensource-rumours"
NOTE = "ostrander-2009-03-04-quillon-note"
# Text that a nested cell must escape: its field and row separators, a backslash, a formula sign.
AWKWARD = "=top | of the range; said \\ twice"


def saved(instance):
    instance.full_clean()
    instance.save()
    return instance


def organization(slug: str, name: str) -> Organization:
    return saved(Organization(slug=slug, name=name, country="GB"))


def add_market_facts() -> None:
    """Rich facts of every new kind, each written as the admin would (validated)."""
    quillon = organization("quillon-systems", "Quillon Systems")
    larkspur = organization("larkspur-software", "Larkspur Software")
    tarn = organization("tarn-holdings", "Tarn Holdings")
    ostrander = organization("ostrander-research", "Ostrander Research")
    gantry = organization("gantry-securities", "Gantry Securities")
    article = Source.objects.get(slug=ARTICLE)
    note = saved(
        Source(
            slug=NOTE,
            kind="analyst-note",
            title="Quillon: paying up for Larkspur",
            publisher=ostrander,
            published_on=datetime.date(2009, 3, 4),
        )
    )

    # Vocabulary an analyst extends.
    seats = saved(Unit(slug="seats", name="Seats", description="Licensed users."))
    seats_sold = saved(Metric(slug="seats-sold", name="Seats sold"))
    seats_sold.units.set([seats])
    saved(PartyRole(slug="escrow-agent", name="Escrow agent"))

    # A product of a vendor, on a hypervisor, in a version, used by a deployment and an event.
    xen = Hypervisor.objects.get(slug="xen")
    product = saved(
        Product(
            slug="larkspur-cloudbox-3",
            name="Larkspur Cloudbox 3",
            vendor=larkspur,
            hypervisor=xen,
            version="3.0",
            released_on=datetime.date(2008, 9, 10),
            released_precision="month",
            description="Made up for the round trip.",
        )
    )
    deployment = saved(
        Deployment(
            reference="tarn-cloudbox-2008",
            customer=tarn,
            hypervisor=xen,
            product=product,
            stage="production",
            reported_on=datetime.date(2008, 11, 3),
            reported_precision="week",
            summary="Invented: Tarn runs Cloudbox.",
        )
    )
    deployment.citations.create(source=article, locator="made-up locator")
    # A pilot known to the quarter, then production on the day of the report.
    deployment.stages.create(
        stage="pilot", held_from=datetime.date(2008, 7, 1), held_from_precision="quarter", source=article, note=AWKWARD
    )
    deployment.stages.create(stage="production", held_from=datetime.date(2008, 11, 3), source=article, locator="p. 1")

    # A rumour, the agreement that confirms it, the closing that completes it.
    def event(slug, **fields):
        fields.setdefault("kind", "acquisition")
        made = saved(
            MarketEvent(
                slug=slug,
                title=f"{slug} (made up)",
                organization=quillon,
                counterparty=larkspur,
                summary="Invented for the round trip.",
                **fields,
            )
        )
        made.citations.create(source=article, locator="")
        return made

    rumour = event(
        "quillon-larkspur-rumour-2009",
        kind="acquisition-rumour",
        status="rumoured",
        date=datetime.date(2009, 1, 1),
        date_precision="month",
    )
    agreement = event(
        "quillon-larkspur-agreement-2009",
        status="definitive-agreement",
        date=datetime.date(2009, 3, 2),
        expected_on=datetime.date(2009, 10, 1),
        expected_precision="quarter",
    )
    closing = event("quillon-larkspur-closing-2009", status="completed", date=datetime.date(2009, 10, 15))
    closing.products.set([product])
    saved(EventLink(event=agreement, kind="confirms", target=rumour, note=AWKWARD))
    saved(EventLink(event=closing, kind="completes", target=agreement, note=""))

    roles = {role.slug: role for role in PartyRole.objects.all()}
    for org, role, text in [
        (ostrander, "analyst", "rated it"),
        (gantry, "adviser", AWKWARD),
        (tarn, "investor", "sold its stake"),
        (gantry, "escrow-agent", ""),
    ]:
        saved(EventParty(event=agreement, organization=org, role=roles[role], note=text))

    units = {unit.slug: unit for unit in Unit.objects.all()}
    metrics = {metric.slug: metric for metric in Metric.objects.all()}
    money = {"unit": units["money"], "currency": "USD"}
    figures = [
        # Two sources disagree on the deal value: both kept.
        {"metric": "deal-value", "qualifier": "approximately", "amount": "500000000", "source": article, **money},
        {"metric": "deal-value", "amount": "512500000.25", "source": note, "note": AWKWARD, **money},
        {"metric": "assumed-options", "amount": "35000000", "part_of": metrics["deal-value"], "source": note, **money},
        {
            "metric": "valuation",
            "qualifier": "range",
            "amount": "400000000",
            "amount_to": "500000000",
            "source": note,
            **money,
        },
        {"metric": "premium", "amount": "22.5", "unit": units["percent"]},
        {
            "metric": "customers",
            "qualifier": "at-least",
            "amount": "650",
            "unit": units["customers"],
            "stated_by": larkspur,
            "as_of": datetime.date(2009, 2, 1),
            "as_of_precision": "month",
        },
        {"metric": "employees", "qualifier": "at-most", "amount": "480", "unit": units["employees"]},
        {"metric": "shares-offered", "amount": "0.0001", "unit": units["shares"]},
        {"metric": "seats-sold", "amount": "1200", "unit": seats},
    ]
    for values in figures:
        values = {**values, "metric": metrics[values["metric"]]}
        for name in ("amount", "amount_to"):
            if name in values:
                values[name] = Decimal(values[name])
        saved(EventFigure(event=agreement, **values))

    # Ownership known to the quarter: Tarn's until 2009-Q4, Quillon's since, on the closing's word.
    saved(
        Ownership(
            reference="larkspur-owned-by-tarn",
            organization=larkspur,
            parent=tarn,
            started_on=datetime.date(2001, 1, 1),
            started_precision="year",
            ended_on=datetime.date(2009, 10, 1),
            ended_precision="quarter",
            note=AWKWARD,
        )
    )
    saved(
        Ownership(
            reference="larkspur-owned-by-quillon",
            organization=larkspur,
            parent=quillon,
            started_on=datetime.date(2009, 10, 1),
            started_precision="quarter",
            event=closing,
            source=note,
            locator="p. 2",
        )
    )


def without_id_column(data: bytes) -> bytes:
    """The CSV bytes with each record's first cell (the header's `id`, a row's id) cut out, the rest untouched.

    Quote-aware: a line break inside a quoted cell does not start a record."""
    out, in_quotes, record_start, i = bytearray(), False, True, 0
    while i < len(data):
        if record_start:
            record_start = False
            j = i + 2 if data.startswith(b"id,", i) else i
            while j < len(data) and data[j : j + 1].isdigit():
                j += 1
            if data[j : j + 1] == b",":
                i = j + 1  # skip the id and its comma
                continue
        char = data[i : i + 1]
        out += char
        if char == b'"':
            in_quotes = not in_quotes
        elif char == b"\n" and not in_quotes:
            record_start = True
        i += 1
    return bytes(out)


def test_without_id_column_cuts_only_the_ids():
    data = b'id,slug,note\r\n12,a,"two\nlines, 7,"\r\n3,b,\n'
    assert without_id_column(data) == b'slug,note\r\na,"two\nlines, 7,"\r\nb,\n'


def test_market_facts_round_trip_through_an_empty_database_byte_for_byte(seeded):
    add_market_facts()
    exported = {name: export(name) for name in RESOURCES}
    # The new kinds of facts are in the files (so the comparison below compares them).
    assert b"quillon-larkspur-rumour-2009|" in exported["events"]  # a link
    assert b"range|400000000|500000000|money|USD" in exported["events"]
    assert b"premium|exact|22.5||percent|" in exported["events"]
    assert b"|larkspur-software|" in exported["events"]  # stated_by
    assert b"|deal-value|" in exported["events"]  # part_of
    assert b"2009-02-01|month|" in exported["events"]  # as_of to the month
    assert b"ostrander-research|analyst|rated it" in exported["events"]
    assert b"larkspur-cloudbox-3" in exported["deployments"]
    assert b"2009-10-01,quarter" in exported["ownerships"]
    assert b"seats-sold" in exported["metrics"] and b"escrow-agent" in exported["party-roles"]

    empty_the_database()
    assert not any(model.objects.exists() for model in ALL_MODELS)
    for name in RESOURCES:  # in dependency order
        import_csv(RESOURCES[name], exported[name])

    for name in RESOURCES:
        assert without_id_column(export(name)) == without_id_column(exported[name]), name

    # And they mean what they meant.
    agreement = MarketEvent.objects.get(slug="quillon-larkspur-agreement-2009")
    assert agreement.figure_disagreements == ["deal-value"]
    assert [link.event.slug for link in agreement.linked_from.all()] == ["quillon-larkspur-closing-2009"]
    assert agreement.expected_display == "2009-Q4"
    larkspur = Organization.objects.get(slug="larkspur-software")
    owners = {day: list(larkspur.owners_on(day).values_list("slug", flat=True)) for day in QUARTER_EDGES}
    assert owners == QUARTER_EDGES


# Tarn's until some day in 2009-Q4, Quillon's from some day in it: certain on either side only.
QUARTER_EDGES = {
    datetime.date(2009, 9, 30): ["tarn-holdings"],
    datetime.date(2009, 11, 1): [],
    datetime.date(2009, 12, 31): ["quillon-systems"],
}


def test_importing_the_market_facts_again_changes_nothing(seeded):
    add_market_facts()
    before = {model: model.history.count() for model in ALL_MODELS}
    for name in RESOURCES:
        result = import_csv(RESOURCES[name], export(name))
        assert set(result.counts) == {"unchanged"}, name
    assert {model: model.history.count() for model in ALL_MODELS} == before
