"""generate_demo_data writes the same data for a seed whichever way it writes: COPY on
PostgreSQL, bulk inserts elsewhere (and on PostgreSQL when asked), and as it did before COPY."""

import hashlib
import json

import pytest
from django.apps import apps
from django.db import models
from simple_history.models import HistoricalChanges

from adoption.services.demo_data import generate_demo_data

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
        if not issubclass(model, HistoricalChanges)
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


def test_the_data_for_a_seed_is_what_it_was_before_copy(seeded):
    generate_demo_data(deployments=300, responses=60, seed=5)
    assert canonical_digest() == BEFORE_COPY
