"""Writing a record's nested rows (guests, citations, figures, aliases...) so that they keep their identity.

A list given for a parent (by the API, CSV import, the seed loader) replaces its stored
list, but row by row: each row given is matched to a stored row of the same parent by
its id when it has one, else by what identifies it within its parent (`Nested.identity`:
a citation by source and locator, a guest by operating system and version...). Then

- a matched row whose values are the stored ones is not written at all;
- a matched row that differs is updated in place: same id, one "changed" history row;
- a row that matches nothing is created, and a stored row that nothing matched is deleted.

`match_rows` works out what to do for one parent; `write_rows` does it for any number of
parents at once, in bulk, with the history rows (services.history). The API, the seed
loader and CSV import all go through these two; `sync_rows` is both for one parent.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from ..batches import chunked
from ..registry import Nested
from . import history, tallies
from .bulk_insert import create_records

BATCH_SIZE = 1000


@dataclass
class RowChanges:
    """What writing one parent's list does: rows created, changed (with their fields), deleted."""

    parent_pk: int | None = None
    unchanged: list[int] = field(default_factory=list)
    changed: list[tuple[models.Model, list[str]]] = field(default_factory=list)
    created: list[models.Model] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)

    def __bool__(self):
        return bool(self.changed or self.created or self.deleted)


def stored_rows(nested: Nested, parent_pks: Iterable[int]) -> dict[int, dict[int, tuple]]:
    """For each parent: its stored rows, {row id: values of `nested.fields`}, in the list's order."""
    stored: dict[int, dict[int, tuple]] = defaultdict(dict)
    parent = nested.fk_attname
    for chunk in chunked(list(parent_pks)):
        rows = nested.model.objects.filter(**{f"{parent}__in": chunk}).order_by(nested.order_by, "pk")
        for pk, parent_id, *values in rows.values_list("pk", parent, *nested.attnames):
            stored[parent_id][pk] = tuple(values)
    return stored


def match_rows(nested: Nested, stored: dict[int, tuple], given: Sequence[models.Model]) -> tuple[RowChanges, list[str]]:
    """Match the rows `given` (unsaved instances; `pk` set where the writer named a row) to `stored`.

    Returns the changes and the problems ("#2: id 17 is not one of this list's rows."),
    each naming the row by its place in the list. The instances given are made ready to
    write: a matched one takes its stored row's id.
    """
    if not stored and all(row.pk is None for row in given):
        # Nothing to match (a new parent's list): every row is created.
        return RowChanges(created=list(given)), []
    matched, problems = _match_by_id(nested, stored, given)
    for depth, key_fields in enumerate(nested.identity):
        _match_by_identity(nested, stored, given, matched, key_fields, loose=depth > 0)
    return _changes(nested, stored, given, matched), problems


def _match_by_id(
    nested: Nested, stored: dict[int, tuple], given: Sequence[models.Model]
) -> tuple[dict[int, int], list[str]]:
    """The rows given that name a stored row by id: {index in given: stored pk}, and the problems
    of those that name one that is not in the list, or one another row named already."""
    problems: list[str] = []
    matched: dict[int, int] = {}  # index in given -> stored pk
    claimed: set[int] = set()
    for index, row in enumerate(given):
        if row.pk is None:
            continue
        if row.pk not in stored:
            label = nested.model._meta.verbose_name
            parent = nested.model._meta.get_field(nested.parent_field).related_model._meta.verbose_name
            problems.append(f"#{index + 1}: there is no {label} with id {row.pk} in this {parent}'s list.")
        elif row.pk in claimed:
            problems.append(f"#{index + 1}: id {row.pk} is given twice.")
        else:
            matched[index] = row.pk
            claimed.add(row.pk)
    return matched, problems


def _match_by_identity(
    nested: Nested,
    stored: dict[int, tuple],
    given: Sequence[models.Model],
    matched: dict[int, int],
    key_fields: Sequence[str],
    *,
    loose: bool,
) -> None:
    """Add to `matched` the rows left unmatched on both sides that have the same `key_fields`.

    A `loose` key (any after the list's first identity) decides only where it is
    unambiguous: one row given and one stored with those values.
    """
    positions = [nested.fields.index(name) for name in key_fields]
    claimed = set(matched.values())
    free_stored: dict[tuple, list[int]] = defaultdict(list)
    for pk, values in stored.items():
        if pk not in claimed:
            free_stored[tuple(values[i] for i in positions)].append(pk)
    free_given: dict[tuple, list[int]] = defaultdict(list)
    for index, row in enumerate(given):
        if index not in matched:
            free_given[tuple(getattr(row, nested.attnames[i]) for i in positions)].append(index)
    for key, indexes in free_given.items():
        pks = free_stored.get(key, [])
        if loose and (len(indexes) != 1 or len(pks) != 1):
            continue
        matched.update(zip(indexes, pks, strict=False))


def _changes(
    nested: Nested, stored: dict[int, tuple], given: Sequence[models.Model], matched: dict[int, int]
) -> RowChanges:
    """What to write once rows are matched: each given row takes its stored row's id (or none,
    to be created) and is changed (with the fields that differ) or unchanged; the rest are deleted."""
    changes = RowChanges()
    for index, row in enumerate(given):
        pk = matched.get(index)
        if pk is None:
            row.pk = None
            changes.created.append(row)
            continue
        row.pk = pk
        row._state.adding = False
        values = tuple(getattr(row, attname) for attname in nested.attnames)
        fields = [attname for attname, new, old in zip(nested.attnames, values, stored[pk], strict=True) if new != old]
        if fields:
            changes.changed.append((row, fields))
        else:
            changes.unchanged.append(pk)
    claimed = set(matched.values())
    changes.deleted = [pk for pk in stored if pk not in claimed]
    return changes


def duplicates_within(nested: Nested, rows: Sequence[models.Model]) -> list[str]:
    """The rows a UniqueConstraint on (parent, ...) would refuse: the same values twice in one list."""
    problems = []
    for constraint in nested.model._meta.constraints:
        if not isinstance(constraint, models.UniqueConstraint) or nested.parent_field not in constraint.fields:
            continue
        attnames = [nested.model._meta.get_field(f).attname for f in constraint.fields if f != nested.parent_field]
        seen = set()
        for row in rows:
            value = tuple(getattr(row, attname) for attname in attnames)
            if value in seen:
                problems.append(str(constraint.violation_error_message))
                break
            seen.add(value)
    return problems


def pointing_at_parent(nested: Nested, parent: object, rows: Sequence[models.Model]) -> list[str]:
    """The rows that point at their own parent (an event's link to itself), which a check
    constraint would refuse without saying which row. `parent` is the parent's id, or for a
    record an import creates, its key (services.upsert.PendingKey)."""
    meta = nested.model._meta
    parent_model = meta.get_field(nested.parent_field).related_model
    own = [
        field
        for field in meta.concrete_fields
        if field.is_relation and field.related_model is parent_model and field.name != nested.parent_field
    ]
    return [
        f"#{number}: {field.name}: {_self_reference_message(nested)}"
        for number, row in enumerate(rows, start=1)
        for field in own
        if parent is not None and getattr(row, field.attname) == parent
    ]


def _self_reference_message(nested: Nested) -> str:
    """What the model's check constraint against pointing at the parent says, else a plain sentence."""
    for constraint in nested.model._meta.constraints:
        if isinstance(constraint, models.CheckConstraint) and nested.parent_field in str(constraint.condition):
            return str(constraint.violation_error_message)
    parent = nested.model._meta.get_field(nested.parent_field).related_model._meta.verbose_name
    return f"A {nested.item or nested.model._meta.verbose_name} cannot point at its own {parent}."


def write_rows(nested: Nested, all_changes: Sequence[RowChanges], *, user=None, reason: str = "") -> None:
    """Write the changes worked out by match_rows, with their history rows. Call inside a transaction.

    Deletions first, then updates, then creations, so a row given in place of a deleted
    one may take its values. Unchanged rows are not written at all.
    """
    parent = nested.fk_attname
    deleted = [pk for changes in all_changes for pk in changes.deleted]
    for chunk in chunked(deleted):
        history.record_history(nested.model, chunk, history.DELETED, user=user, reason=reason)
        old = nested.model.objects.filter(pk__in=chunk)
        # Without signals: the history rows above record the deletions in bulk.
        old._raw_delete(old.db)
    now = timezone.now()
    by_fields: dict[tuple[str, ...], list[models.Model]] = defaultdict(list)
    for changes in all_changes:
        for row, fields in changes.changed:
            row.updated = now
            setattr(row, parent, changes.parent_pk)
            by_fields[tuple(fields)].append(row)
    for fields, rows in by_fields.items():
        nested.model.objects.bulk_update(rows, [*fields, "updated"], batch_size=BATCH_SIZE)
    changed = [row.pk for rows in by_fields.values() for row in rows]
    history.record_history(nested.model, changed, history.CHANGED, user=user, reason=reason)
    created = []
    for changes in all_changes:
        for row in changes.created:
            setattr(row, parent, changes.parent_pk)
            row.created = row.updated = now
            created.append(row)
    create_records(nested.model, created)
    history.record_history(nested.model, [row.pk for row in created], history.CREATED, user=user, reason=reason)
    parent_model = nested.model._meta.get_field(nested.parent_field).related_model
    assert isinstance(parent_model, type)  # a foreign key's model, resolved
    tallies.touched(parent_model, [changes.parent_pk for changes in all_changes if changes.parent_pk is not None])


def sync_rows(parent: models.Model, nested: Nested, rows: Sequence[models.Model], *, reason: str = "") -> RowChanges:
    """Make `parent`'s list the `rows` given, keeping the identity of each row that stays.

    The rows must already be validated field by field (full_clean without the parent).
    Raises ValidationError (messages naming the rows) and writes nothing when a row
    names an id that is not the parent's, or two rows are the same. Call inside a transaction.
    """
    problems = duplicates_within(nested, rows) + pointing_at_parent(nested, parent.pk, rows)
    changes, mismatched = match_rows(nested, stored_rows(nested, [parent.pk]).get(parent.pk, {}), rows)
    problems += mismatched
    if problems:
        raise ValidationError(problems)
    changes.parent_pk = parent.pk
    write_rows(nested, [changes], reason=reason)
    return changes
