"""History rows written in bulk, for the paths that change many records at once.

simple-history writes one history row per save() or delete(), one query each. The bulk
paths (CSV import) save with bulk_create/bulk_update and delete without signals, so
they record the same history here, a few queries per batch: who, when, why, the row as
it now is, and for a model with tracked many-to-many fields, their values too.
"""

from collections import defaultdict
from collections.abc import Sequence

from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from ..audit import acting_user, fill_history_row

CREATED, CHANGED, DELETED = "+", "~", "-"
BATCH_SIZE = 1000


def record_history(
    model: type[models.Model], instances: Sequence[models.Model], kind: str, *, user=None, reason: str = ""
) -> None:
    """Write one history row of `kind` (+, ~ or -) for each of `instances` (already saved, with pks).

    `user` defaults to the account making the changes (see adoption.audit).
    """
    if not instances:
        return
    if user is None:
        user = acting_user()
    history_model = model.history.model
    now = timezone.now()
    rows = []
    for instance in instances:
        row = history_model(
            history_date=now,
            history_user=user,
            history_change_reason=reason,
            history_type=kind,
            **{field.attname: getattr(instance, field.attname) for field in history_model.tracked_fields},
        )
        fill_history_row(row, user)
        rows.append(row)
    rows = history_model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    if kind != DELETED:
        _record_m2m(model, rows)


def _record_m2m(model: type[models.Model], history_rows: list) -> None:
    """For each tracked many-to-many field, the related rows each history row saw."""
    for m2m_field in getattr(model.history.model, "_history_m2m_fields", ()):
        m2m_history_model = HistoricalRecords.m2m_models[m2m_field]
        through = m2m_field.remote_field.through
        source = f"{m2m_field.m2m_field_name()}_id"
        target = f"{m2m_field.m2m_reverse_field_name()}_id"
        by_parent = defaultdict(list)
        rows = through.objects.filter(**{f"{source}__in": {row.id for row in history_rows}})
        for pk, source_id, target_id in rows.values_list("pk", source, target):
            by_parent[source_id].append((pk, target_id))
        m2m_history_model.objects.bulk_create(
            [
                m2m_history_model(history=row, id=pk, **{source: row.id, target: target_id})
                for row in history_rows
                for pk, target_id in by_parent[row.id]
            ],
            batch_size=BATCH_SIZE,
        )
