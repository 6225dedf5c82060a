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
