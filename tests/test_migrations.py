"""Migrations that move data: what was stored before is all there after."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE_MARKET_FACTS = [("adoption", "0009_source_url_key")]
MARKET_FACTS = [("adoption", "0012_market_facts_finish")]


def migrate(target):
    """The database migrated to `target`; the models as they were then."""
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps


@pytest.fixture
def at_0009(transactional_db):
    apps = migrate(BEFORE_MARKET_FACTS)
    yield apps
    call_command("migrate", "adoption", verbosity=0)  # the latest schema again, for the next test


def test_the_market_migration_carries_every_figure_and_parent_over(at_0009):
    old = at_0009
    organization = old.get_model("adoption", "Organization")
    group = organization.objects.create(name="Grande Groupe", name_key="grande groupe", slug="grande-groupe")
    child = organization.objects.create(name="Filiale", name_key="filiale", slug="filiale", parent=group)
    event = old.get_model("adoption", "MarketEvent").objects.create(
        slug="filiale-ipo", title="Filiale floats", kind="ipo", status="completed",
        date=datetime.date(2008, 5, 2), organization=child, summary="Made up for this test.",
    )  # fmt: skip
    figure = old.get_model("adoption", "EventFigure")
    price = figure.objects.create(event=event, metric="offer-price-per-share", amount=12, currency="EUR", note="low")
    figure.objects.create(event=event, metric="a-metric-made-up-later", amount=3, currency="CHF")
    now = timezone.now()
    old.get_model("adoption", "HistoricalEventFigure").objects.create(
        id=price.pk, event_id=event.pk, metric="offer-price-per-share", amount=11, currency="EUR",
        created=now, updated=now, history_date=now, history_type="+",
    )  # fmt: skip

    new = migrate(MARKET_FACTS)

    figures = new.get_model("adoption", "EventFigure").objects.filter(event_id=event.pk).order_by("pk")
    assert [(f.metric.slug, f.qualifier, f.amount, f.unit.slug, f.currency, f.note) for f in figures] == [
        ("offer-price-per-share", "exact", Decimal("12"), "money", "EUR", "low"),
        ("a-metric-made-up-later", "exact", Decimal("3"), "money", "CHF", ""),
    ]
    history = new.get_model("adoption", "HistoricalEventFigure").objects.get(id=price.pk)
    assert (history.metric.slug, history.unit.slug, history.amount) == ("offer-price-per-share", "money", 11)
    periods = new.get_model("adoption", "Ownership").objects.all()
    assert [(p.organization.slug, p.parent.slug, p.started_on, p.ended_on) for p in periods] == [
        ("filiale", "grande-groupe", None, None)
    ]
    vocabulary = {model: new.get_model("adoption", model).objects.count() for model in ("Unit", "Metric", "PartyRole")}
    assert vocabulary == {"Unit": 6, "Metric": 20, "PartyRole": 12}  # the seeded 19 metrics and the made-up one


BEFORE_STAGE_HISTORY = [("adoption", "0012_market_facts_finish")]
STAGE_HISTORY = [("adoption", "0014_first_stage_observations")]


@pytest.fixture
def at_0012(transactional_db):
    apps = migrate(BEFORE_STAGE_HISTORY)
    yield apps
    call_command("migrate", "adoption", verbosity=0)


def test_every_deployment_stage_becomes_its_first_observation_with_its_citations(at_0012):
    old = at_0012
    organization = old.get_model("adoption", "Organization").objects.create(
        name="Example Ltd", name_key="example ltd", slug="example-ltd"
    )
    xen = old.get_model("adoption", "Hypervisor").objects.create(
        name="Xen", slug="xen", architecture="bare-metal", licence="open-source"
    )
    source = old.get_model("adoption", "Source")
    first = source.objects.create(slug="first", kind="news-article", title="First")
    second = source.objects.create(slug="second", kind="press-release", title="Second")
    deployment = old.get_model("adoption", "Deployment")
    cited = deployment.objects.create(
        reference="cited-twice", customer=organization, hypervisor=xen, stage="pilot",
        reported_on=datetime.date(2007, 7, 1), reported_precision="quarter", summary="Made up.",
    )  # fmt: skip
    bare = deployment.objects.create(
        reference="cites-nothing", customer=organization, hypervisor=xen, stage="production",
        reported_on=datetime.date(2008, 1, 1), reported_precision="year", summary="Made up.",
    )  # fmt: skip
    citation = old.get_model("adoption", "Citation")
    citation.objects.create(deployment=cited, source=first, locator="p. 1")
    citation.objects.create(deployment=cited, source=second, locator="")

    new = migrate(STAGE_HISTORY)

    observations = new.get_model("adoption", "StageObservation").objects.order_by("pk")
    assert [
        (o.deployment.reference, o.stage, o.held_from, o.held_from_precision, o.source and o.source.slug, o.locator)
        for o in observations
    ] == [
        ("cited-twice", "pilot", datetime.date(2007, 7, 1), "quarter", "first", "p. 1"),
        ("cited-twice", "pilot", datetime.date(2007, 7, 1), "quarter", "second", ""),
        ("cites-nothing", "production", datetime.date(2008, 1, 1), "year", None, ""),
    ]
    history = new.get_model("adoption", "HistoricalStageObservation").objects.order_by("id")
    assert [(row.id, row.history_type, row.stage) for row in history] == [(o.pk, "+", o.stage) for o in observations]
    assert new.get_model("adoption", "Deployment").objects.get(pk=bare.pk).stage == "production"
