"""A record's history as people read it: changes, newest first, field by field.

One change is everything one request or command did to the record: the record's own
history row and those of its nested rows (guests, citations, figures, aliases), grouped
by the change id the audit context gave them. Each row says what happened to it
(created, changed, deleted, restored) and, field by field, the value before and after,
with relations shown by natural key (slug, reference) as the API writes them.

The admin's history page and the API's /history/ read the same timeline. It costs one
query per history table involved, and one per kind of related record named.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import models
from django_countries.fields import Country
from simple_history.models import HistoricalRecords

from ..confidential import hidden_fields
from ..models.base import history_of
from ..registry import Resource, natural_key_field

# Bookkeeping, not content: left out of what changed.
SKIPPED = {"id", "created", "updated"}
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
RESTORED = "restored"


@dataclass
class FieldChange:
    field: str
    old: object  # None: the row was created
    new: object

    @staticmethod
    def _text(value) -> str:
        return ", ".join(value) if isinstance(value, list) else str(value)

    @property
    def old_text(self) -> str:
        return self._text(self.old)

    @property
    def new_text(self) -> str:
        return self._text(self.new)


@dataclass
class RowChange:
    """What happened to one row: the record itself, or one of its nested rows."""

    record: str  # "deployment", "guest", ...
    id: int
    action: str  # created, changed, deleted or restored
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class Change:
    """One request's or command's doing: when, by whom, through what, and to which rows."""

    at: datetime.datetime
    by: str
    via: str
    reason: str
    record: str = ""  # the kind of record whose history this is
    rows: list[RowChange] = field(default_factory=list)

    @property
    def action(self) -> str:
        """What happened to the record itself, or "changed" when only its nested rows did."""
        return self.rows[0].action if self.rows and self.rows[0].record == self.record else "changed"


def timeline(resource: Resource, pk: int, *, user) -> list[Change]:
    """Every change to record `pk` of `resource` and its nested rows that `user` may see, newest first.

    Confidential fields `user` may not see are left out, and so is an entry that changed
    nothing else. [] when there is no such record and never was.
    """
    sources = [(resource.model, "id", history_of(resource.model).filter(id=pk))]
    for nested in resource.lists.values():
        parent = f"{nested.parent_field}_id"
        sources.append((nested.model, nested.parent_field, history_of(nested.model).filter(**{parent: pk})))
    entries: list[tuple[Any, type[models.Model], str]] = []  # (history row, model, parent field)
    for model, parent_field, history in sources:
        entries.extend((row, model, parent_field) for row in history.select_related("history_user"))
    if not entries:
        return []
    names = _Names(entries)
    hidden = {model: hidden_fields(user, model) for model, _, _ in sources}
    m2m = {model: _m2m_values(model, [row for row, m, _ in entries if m is model]) for model, _, _ in sources}

    rows_by_change: dict[object, Change] = {}
    previous: dict[tuple, object] = {}
    for row, model, parent_field in sorted(entries, key=lambda entry: (entry[0].history_date, entry[0].history_id)):
        kind = (model, row.id)
        row_change = RowChange(
            record=str(model._meta.verbose_name),
            id=row.id,
            action=_action(row),
            fields=[
                item
                for item in _diff(model, parent_field, previous.get(kind), row, names, m2m[model])
                if item.field not in hidden[model]
            ],
        )
        previous[kind] = row
        group = row.history_change or (model, row.history_id)
        change = rows_by_change.get(group)
        if change is None:
            change = rows_by_change[group] = Change(
                at=row.history_date,
                by=row.changed_by,
                via=row.history_entry_point,
                reason=row.history_change_reason or "",
                record=resource.label,
            )
        if row_change.action == "changed" and not row_change.fields:
            # Nothing the reader may see changed: showing the entry would tell them that
            # something hidden did (or, the same to them, that a save changed nothing).
            continue
        if model is resource.model:
            change.rows.insert(0, row_change)
        else:
            change.rows.append(row_change)
    changes = (change for change in rows_by_change.values() if change.rows)
    return sorted(changes, key=lambda change: change.at, reverse=True)


def _action(row) -> str:
    if row.history_type == "+" and (row.history_change_reason or "").lower().startswith(RESTORED):
        return RESTORED
    return ACTIONS[row.history_type]


def _fields(model: type[models.Model], parent_field: str) -> list:
    skipped = SKIPPED | {parent_field}
    return [f for f in history_of(model).model.tracked_fields if f.name not in skipped]


def _diff(model, parent_field, before, after, names: "_Names", m2m: dict) -> list[FieldChange]:
    changes: list[FieldChange] = []
    if after.history_type == "-":
        return changes
    for model_field in _fields(model, parent_field):
        new = names.show(model_field, getattr(after, model_field.attname))
        old = names.show(model_field, getattr(before, model_field.attname)) if before is not None else None
        if new != old and not (before is None and new in (None, "", [])):
            changes.append(FieldChange(model_field.name, old, new))
    for name, values in m2m.items():
        new = values.get(after.history_id, [])
        old = values.get(before.history_id, []) if before is not None else None
        if new != old and not (old is None and not new):
            changes.append(FieldChange(name, old, new))
    return changes


def _m2m_values(model: type[models.Model], history_rows: list) -> dict[str, dict[int, list[str]]]:
    """For each tracked many-to-many field: history row id -> the related records' keys, sorted."""
    result = {}
    for m2m_field in getattr(history_of(model).model, "_history_m2m_fields", ()):
        related = m2m_field.related_model
        key = natural_key_field(related)
        target = m2m_field.m2m_reverse_field_name()
        values = defaultdict(list)
        rows = HistoricalRecords.m2m_models[m2m_field].objects.filter(history__in=[r.history_id for r in history_rows])
        for history_id, name in rows.values_list("history_id", f"{target}__{key}"):
            values[history_id].append(name)
        result[m2m_field.name] = {history_id: sorted(filter(None, names)) for history_id, names in values.items()}
    return result


class _Names:
    """Natural keys of every related record the history rows point at, loaded once per model."""

    def __init__(self, entries):
        wanted = defaultdict(set)
        for row, model, parent_field in entries:
            for model_field in _fields(model, parent_field):
                if model_field.is_relation and getattr(row, model_field.attname) is not None:
                    wanted[model_field.related_model].add(getattr(row, model_field.attname))
        self.keys = {
            model: dict(model.objects.filter(pk__in=pks).values_list("pk", natural_key_field(model)))
            for model, pks in wanted.items()
        }

    def show(self, model_field, value):
        """A stored value as the API shows it: relations by key, dates in ISO, decimals as text."""
        if value is None:
            return None
        if model_field.is_relation:
            # A related record deleted since shows as its id.
            return self.keys.get(model_field.related_model, {}).get(value, value)
        if isinstance(value, datetime.date | Decimal):
            return str(value)
        if isinstance(value, Country):
            return value.code or ""
        return value
