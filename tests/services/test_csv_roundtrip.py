"""Export and import: what export writes, import reads back into the same records."""

import csv
import io
from contextlib import contextmanager

import pytest
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adoption.csv_codec import FORMULA_TRIGGERS
from adoption.models import (
    Deployment,
    EventFigure,
    MarketEvent,
    Organization,
    OrganizationAlias,
    Source,
)
from adoption.models.organizations import normalize_name
from adoption.registry import RESOURCES
from adoption.selectors.csv_export import stream_csv
from adoption.services.csv_import import import_csv

pytestmark = pytest.mark.django_db

# Every table the resources write, children first (each resource's rows before it, and
# resources in reverse dependency order), so deleting leaves nothing pointing at a deleted row.
ALL_MODELS = list(
    dict.fromkeys(
        model
        for resource in reversed(RESOURCES.values())
        for model in (*(nested.model for nested in resource.lists.values()), resource.model)
    )
)
M2M_FIELDS = [resource.model._meta.get_field(name) for resource in RESOURCES.values() for name in resource.m2m]


def export(name: str, queryset=None) -> bytes:
    resource = RESOURCES[name]
    return b"".join(stream_csv(resource, queryset if queryset is not None else resource.model._default_manager.all()))


def rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(), newline="")))


def without_ids(data: bytes) -> list[list[str]]:
    return [row[1:] for row in rows(data)]


@contextmanager
def rolled_back():
    """Each hypothesis example starts from the same database, even after a failure."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def empty_the_database():
    """As a new database would be: no records, not even the vocabulary, and no history
    (references are never reused)."""
    for field in M2M_FIELDS:
        field.remote_field.through.objects.all()._raw_delete(connection.alias)
    for model in ALL_MODELS:
        model.objects.all()._raw_delete(connection.alias)
        model.history.all().delete()


def test_every_resource_round_trips_through_an_empty_database(seeded):
    exported = {name: export(name) for name in RESOURCES}

    empty_the_database()
    assert not Deployment.objects.exists()
    for name in RESOURCES:  # in dependency order
        result = import_csv(RESOURCES[name], exported[name])
        assert result.counts["created"] == len(rows(exported[name])) - 1

    for name in RESOURCES:
        assert without_ids(export(name)) == without_ids(exported[name]), name
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    assert [guest.operating_system.slug for guest in casio.guests.all()] == ["windows-server"]
    assert casio.citations.get().locator == "paragraph 9"
    swisscom_it = Organization.objects.get(slug="swisscom-it-services")
    assert [period.parent.slug for period in swisscom_it.ownerships.all()] == ["swisscom"]


def test_importing_an_export_again_changes_nothing(seeded):
    before = {model: model.history.count() for model in ALL_MODELS}
    for name in RESOURCES:
        result = import_csv(RESOURCES[name], export(name))
        assert set(result.counts) == {"unchanged"}, name
    assert {model: model.history.count() for model in ALL_MODELS} == before


def test_the_xen_export_lists_casio_and_swisscom_in_readable_cells(seeded):
    queryset = Deployment.objects.filter(hypervisor__slug="xen")
    table = rows(export("deployments", queryset))
    header, *records = table
    assert header[:4] == ["id", "reference", "customer", "hypervisor"]
    by_reference = {row[1]: dict(zip(header, row, strict=True)) for row in records}
    assert set(by_reference) == {"casio-xen-sles-2007", "swisscom-xen-rhel5-2007"}
    casio = by_reference["casio-xen-sles-2007"]
    assert casio["customer"] == "casio-computer"
    assert casio["host_os"] == "sles"
    assert casio["guests"] == "windows-server||unknown|"
    assert casio["citations"].startswith("computing-2007-08-14-vmware-ipo-xensource-rumours|paragraph 9|")
    assert by_reference["swisscom-xen-rhel5-2007"]["supplier"] == "red-hat"


def test_event_figures_are_plain_numbers(seeded):
    table = rows(export("events", MarketEvent.objects.filter(slug="vmware-ipo-2007")))
    figures = dict(zip(table[0], table[1], strict=True))["figures"]
    # metric|qualifier|amount|amount_to|unit|currency|as_of|as_of_precision|stated_by|source|part_of|note
    assert figures.split(";")[0] == (
        "offer-price-per-share|exact|29||money|USD|2007-08-14|day||computing-2007-08-14-vmware-ipo-xensource-rumours||"
    )


def test_a_formula_is_written_with_a_leading_quote_and_read_back_exactly(seeded):
    org = Organization.objects.get(slug="casio-computer")
    org.description = '=HYPERLINK("http://evil.example","click")'
    org.save()
    OrganizationAlias.objects.create(organization=org, name="@casio")

    data = export("organizations", Organization.objects.filter(pk=org.pk))
    cells = dict(zip(*rows(data), strict=True))
    assert cells["description"] == "'" + org.description
    assert cells["aliases"].startswith("'@casio;")

    org.description = "changed"
    org.save()
    import_csv(RESOURCES["organizations"], data)
    org.refresh_from_db()
    assert org.description == '=HYPERLINK("http://evil.example","click")'
    assert "@casio" in set(org.aliases.values_list("name", flat=True))


# Text with everything that could break a cell: quotes, separators, escapes, newlines,
# formula prefixes, non-Latin scripts. No NUL (no database text column holds one) and no
# lone surrogates (not UTF-8).
TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from([*FORMULA_TRIGGERS, "'", '"', ",", ";", "|", "\\", " ", "\n"]),
        st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    ),
    max_size=40,
)
# Text as it is stored: every write path strips leading and trailing whitespace, as the
# API does, so only such text needs to come back exactly (formula prefixes still lead).
STORED = TRICKY.map(str.strip)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Aliases are stored in one spelling (normalize_name), as organization names are.
@given(description=STORED, aliases=st.lists(STORED.map(normalize_name).filter(bool), max_size=3, unique=True))
def test_any_text_round_trips(vocabulary, description, aliases):
    with rolled_back():
        check_text_round_trips(description, aliases)


def check_text_round_trips(description, aliases):
    org = Organization.objects.create(slug="round-trip", name="Round Trip", description=description[:5000])
    OrganizationAlias.objects.bulk_create(OrganizationAlias(organization=org, name=name) for name in aliases)
    data = export("organizations", Organization.objects.filter(pk=org.pk))
    for cell in rows(data)[1]:
        assert not cell.startswith(FORMULA_TRIGGERS), "a cell a spreadsheet would run"

    Organization.objects.filter(pk=org.pk).update(description="")
    org.aliases.all().delete()
    import_csv(RESOURCES["organizations"], data)

    org.refresh_from_db()
    assert org.description == description[:5000]
    assert set(org.aliases.values_list("name", flat=True)) == set(aliases)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(version=TRICKY.map(lambda s: s[:50].strip()), locator=TRICKY.map(lambda s: s[:100].strip()), note=STORED)
def test_nested_rows_round_trip(seeded, version, locator, note):
    with rolled_back():
        check_nested_rows_round_trip(version, locator, note)


def check_nested_rows_round_trip(version, locator, note):
    deployment = Deployment.objects.get(reference="casio-xen-sles-2007")
    deployment.guests.update(version=version)
    deployment.citations.update(locator=locator, note=note)
    data = export("deployments", Deployment.objects.filter(pk=deployment.pk))

    deployment.guests.update(version="other")
    deployment.citations.update(locator="other", note="")
    import_csv(RESOURCES["deployments"], data)

    assert deployment.guests.get().version == version
    assert (deployment.citations.get().locator, deployment.citations.get().note) == (locator, note)


def test_an_empty_selection_is_a_header_alone(seeded):
    for queryset in (Deployment.objects.none(), Deployment.objects.filter(pk__in=[])):
        assert rows(export("deployments", queryset)) == [rows(export("deployments"))[0]]


@pytest.mark.any_database
def test_the_export_says_which_figures_disagree_and_import_reads_past_it(seeded):
    ipo = MarketEvent.objects.get(slug="vmware-ipo-2007")
    first = ipo.figures.get(metric__slug="valuation")
    other = Source.objects.get(slug="credit-suisse-2007-08-10-citrix-virtualization-play")
    EventFigure.objects.create(
        event=ipo, metric=first.metric, unit=first.unit, currency="USD", amount=960_000_000, source=other
    )
    # The same value from a second source is no disagreement.
    EventFigure.objects.create(
        event=ipo, metric=first.metric, unit=first.unit, currency="USD", amount=first.amount, source=other, note="x"
    )

    data = export(
        "events", MarketEvent.objects.filter(slug__in=["vmware-ipo-2007", "netapp-warns-of-market-softening-2007"])
    )
    header, *records = rows(data)
    assert header[-1] == "figure_disagreements"
    cells = {record[1]: record[-1] for record in records}
    assert cells == {"vmware-ipo-2007": "valuation", "netapp-warns-of-market-softening-2007": ""}
    assert ipo.figure_disagreements == ["valuation"]

    result = import_csv(RESOURCES["events"], data)
    assert set(result.counts) == {"unchanged"}
