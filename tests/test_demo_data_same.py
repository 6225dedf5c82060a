"""generate_demo_data writes the same data for a seed whichever way it writes: COPY on
PostgreSQL, bulk inserts elsewhere (and on PostgreSQL when asked), and as it did before COPY."""

import hashlib
import json
import random

import pytest
from django.apps import apps
from django.db import connection, models
from simple_history.models import HistoricalChanges

from adoption.models import Deployment, Hypervisor, Organization
from adoption.models.tallies import DERIVED
from adoption.services import demo_data
from adoption.services.demo_data import _below, _sample, generate_demo_data

pytestmark = pytest.mark.django_db

# canonical_digest() of generate_demo_data(deployments=300, responses=60, seed=5) on top of
# `seeded`, as the bulk-insert generator wrote it before there was a COPY path.
BEFORE_COPY = "d8766c7d6e0a30da4c8c6d986c6822ccef84a1acb485698e5bbced3a60ca8140"


def canonical() -> dict[str, list[tuple]]:
    """Every row of the app's tables (history aside), keys as ranks, timestamps left out.

    A primary key is replaced by its rank among its table's keys, and a foreign key by the
    rank of the row it names, so two runs that wrote the same rows in the same order
    compare equal whatever keys the sequences handed out. JSON is compared key-sorted.
    """
    tables = [
        model
        for model in apps.get_app_config("adoption").get_models(include_auto_created=True)
        if not issubclass(model, HistoricalChanges) and model not in DERIVED  # the reports' counts: not records
    ]
    ranks = {
        model: {pk: rank for rank, pk in enumerate(model._base_manager.order_by("pk").values_list("pk", flat=True))}
        for model in tables
    }
    dump = {}
    for model in tables:
        fields = [f for f in model._meta.concrete_fields if not isinstance(f, models.DateTimeField)]
        rows = []
        for values in model._base_manager.order_by("pk").values_list(*(f.attname for f in fields)):
            row = []
            for field, value in zip(fields, values, strict=True):
                if field.primary_key:
                    value = ranks[model][value]
                elif isinstance(field, models.ForeignKey) and value is not None and field.related_model in ranks:
                    value = ranks[field.related_model][value]
                elif isinstance(value, dict | list):
                    value = json.dumps(value, sort_keys=True)
                elif isinstance(value, float):
                    value = round(value, 9)
                row.append(value)
            rows.append(tuple(row))
        dump[model._meta.db_table] = rows
    return dump


def canonical_digest() -> str:
    return hashlib.sha256(repr(sorted(canonical().items())).encode()).hexdigest()


def test_the_data_for_a_seed_is_what_it_was_before_copy(seeded, monkeypatch):
    monkeypatch.setattr(demo_data, "EVENTS_PER_WRITE", 7)  # the market written in several parts
    generate_demo_data(deployments=300, responses=60, seed=5)
    assert canonical_digest() == BEFORE_COPY


def test_keys_are_never_handed_out_twice(seeded):
    """Keys reserved in blocks come after every key the table's sequence gave, removed ones too
    (their history rows keep them)."""
    generate_demo_data(deployments=20, responses=10, seed=5)
    last = Deployment.objects.order_by("pk").last().pk
    generate_demo_data(deployments=20, responses=10, seed=5)
    assert Deployment.objects.filter(synthetic=True).order_by("pk").first().pk > last
    assert Deployment.objects.create(
        reference="after-demo-data", customer=Organization.objects.first(), hypervisor=Hypervisor.objects.first(),
        stage="pilot", reported_on="2007-01-01",
    ).pk > Deployment.objects.filter(synthetic=True).order_by("pk").last().pk  # fmt: skip


def test_the_fast_draws_are_the_generators_own():
    """Draws makes random.Random's randrange and sample from the same bits, the same values."""
    ours, theirs = random.Random(2007), random.Random(2007)  # noqa: S311
    below, sample = _below(ours.getrandbits), _sample(ours)
    for n in (1, 2, 3, 4, 5, 10, 200, 256, 257, 500, 1826, 2000, 100_001):
        assert [below(n) for _ in range(50)] == [theirs.randrange(n) for _ in range(50)], n
    for population in (list(range(9)), list(range(11)), list(range(21)), list(range(40))):
        for k in (1, 2, 3):
            assert [sample(population, k) for _ in range(50)] == [theirs.sample(population, k) for _ in range(50)]
    assert ours.getstate() == theirs.getstate()


postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")


def catalog() -> list[tuple]:
    """The app's foreign keys and indexes, as PostgreSQL defines them."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), condeferrable, condeferred
                 FROM pg_constraint WHERE conrelid::regclass::text LIKE 'adoption%%'
               UNION ALL
               SELECT indrelid::regclass::text, indexrelid::regclass::text, pg_get_indexdef(indexrelid), false, false
                 FROM pg_index WHERE indrelid::regclass::text LIKE 'adoption%%'
                ORDER BY 1, 2, 3"""
        )
        return cursor.fetchall()


@postgresql
def test_copy_with_keys_and_indexes_set_aside_writes_what_bulk_inserts_write(seeded, monkeypatch):
    before = catalog()
    monkeypatch.setattr(demo_data, "SET_ASIDE_FROM", 0)  # as for a large set: keys and plain indexes set aside
    generate_demo_data(deployments=300, responses=60, seed=5)
    copied = canonical()
    assert catalog() == before, "every foreign key and index is back as it was"
    generate_demo_data(deployments=300, responses=60, seed=5, copy=False)
    assert canonical() == copied
    assert canonical_digest() == BEFORE_COPY


@postgresql
def test_a_failure_while_copying_leaves_nothing_and_the_keys_in_place(seeded, monkeypatch):
    before, tables = catalog(), canonical()
    monkeypatch.setattr(demo_data, "SET_ASIDE_FROM", 0)

    children, calls = demo_data.Draws._children, []

    def fail_on_the_second_batch(self, *args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("the second batch could not be made")
        return children(self, *args)

    monkeypatch.setattr(demo_data.Draws, "_children", fail_on_the_second_batch)
    with pytest.raises(RuntimeError, match="second batch"):
        generate_demo_data(deployments=12_000, seed=5)  # fails while the sender has the first batch
    assert catalog() == before
    assert canonical() == tables
