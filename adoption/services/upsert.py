"""Creating and updating many records at once, by natural key, all or nothing.

`upsert(resource, entries)` is the engine behind CSV import. Each entry is one record's
values by field name: plain values, relations by natural key (slug or reference), lists
of keys for many-to-many fields, and lists of rows (guests, citations, figures) or of
names (aliases) that replace the stored ones, row by row: a row that matches a stored
one by what identifies it keeps its id and is written only if it changed
(services.nested). A field an entry leaves out keeps its stored value.

Validation is the one the admin and the API run: each model's full_clean() (fields and
clean()), the same uniqueness and constraint rules, and require_citations(). Only the
checks that need other rows are done once for all entries instead of once per entry
(uniqueness, retired references, parent cycles), so that 100,000 rows validate in
seconds. Then everything is written in bulk, with its history, in one transaction. If
anything is wrong, nothing is written and UpsertError lists every problem.

A record is matched by its `id` when the entry has one that exists in this database,
else by its natural key; an entry that matches nothing creates a record.

What the engine reads of the stored records is in services.upsert_stored; here, a
_Plan works out and checks every row (one entry's record: _RowBuilder), then a _Writer
writes them. For a resource whose checks never read what other rows write (streams():
deployments), the entries are planned and written a chunk at a time, in the one
transaction, so memory holds one chunk whatever the number of entries.
"""

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models.base import ModelState
from django.utils import timezone

from .. import audit
from ..batches import chunked
from ..choices import parse_boolean
from ..models import require_citations
from ..registry import Nested, Resource, natural_key_field
from . import history, tallies
from .bulk_insert import create_records, create_rows
from .nested import RowChanges, duplicates_within, match_rows, pointing_at_parent, stored_rows, write_rows
from .upsert_stored import KeyMaps, m2m_table, records_named, related_keys, stored_links

BATCH_SIZE = 1000


@dataclass(frozen=True)
class Entry:
    """One record's values, and where they came from ("line 7") for the problems."""

    where: str
    values: dict[str, Any]


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where, which column ("" for the whole entry), and why, in a sentence."""

    where: str
    column: str
    message: str

    def __str__(self):
        where = f"{self.where}, {self.column}" if self.column else self.where
        return f"{where}: {self.message}" if where else self.message


class UpsertError(Exception):
    """Nothing was written; `problems` says why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass(frozen=True)
class Outcome:
    where: str
    key: str
    action: str  # "created", "updated" or "unchanged"


@dataclass
class UpsertResult:
    resource: Resource
    outcomes: list[Outcome] = field(default_factory=list)
    dry_run: bool = False

    @property
    def counts(self) -> Counter:
        return Counter(outcome.action for outcome in self.outcomes)

    def summary(self) -> str:
        counts = self.counts
        verb = "would be" if self.dry_run else "were"
        return (
            f"{len(self.outcomes)} {self.resource.plural_label} read: {counts['created']} {verb} created, "
            f"{counts['updated']} {verb} updated, {counts['unchanged']} unchanged."
        )


def plain_value(model_field, value):
    """`value` (from a CSV cell or a seed file) as `model_field` stores it; ValueError says why not."""
    if isinstance(value, datetime.datetime | datetime.time):
        raise ValueError(f"must be a date like 2007-08-14, not {value!r}.")
    if isinstance(value, dict | list):
        raise ValueError(f"must be a single value, not a {type(value).__name__}.")
    if isinstance(model_field, models.BooleanField) and isinstance(value, str):
        answer = parse_boolean(value)  # export writes true and false
        if answer is None:
            raise ValueError(f"must be true or false, not {value!r}.")
        return answer
    try:
        return model_field.to_python(value)
    except ValidationError as exc:
        raise ValueError("; ".join(exc.messages)) from exc


class _Invalid(Exception):
    """A value that cannot be assigned; the message is the reason."""


@dataclass
class _Row:
    entry: Entry
    instance: models.Model
    created: bool
    errors: dict[str, list[str]] = field(default_factory=dict)
    changed_fields: set[str] = field(default_factory=set)
    m2m: dict[str, list[int]] = field(default_factory=dict)
    lists: dict[str, list[models.Model]] = field(default_factory=dict)
    # What writing each list does to the stored rows (services.nested).
    list_changes: dict[str, RowChanges] = field(default_factory=dict)
    changed_lists: set[str] = field(default_factory=set)
    m2m_changed: bool = False
    # A relation to a record of the same kind that this import creates: field -> key.
    pending: dict[str, str] = field(default_factory=dict)

    @property
    def action(self) -> str:
        if self.created:
            return "created"
        return "updated" if self.changed_fields or self.changed_lists or self.m2m_changed else "unchanged"


def upsert(
    resource: Resource,
    entries: Iterable[Entry],
    *,
    user=None,
    reason: str = "",
    dry_run: bool = False,
    problems: list[Problem] | None = None,
) -> UpsertResult:
    """Validate every entry, then write them all (or, with `dry_run`, write and roll back).

    `problems` found before (by the caller's parsing) are reported with the engine's own;
    when `entries` is a generator, the caller may add to them while it runs.
    Raises UpsertError when there is any problem; nothing is written then.
    """
    if streams(resource):
        return _upsert_in_chunks(resource, entries, user=user, reason=reason, dry_run=dry_run, problems=problems)
    plan = _Plan(resource, list(entries))
    found = [*(problems or []), *plan.problems]
    if found:
        raise UpsertError(sorted(found, key=_problem_order))
    result = UpsertResult(resource, [Outcome(r.entry.where, _key(resource, r), r.action) for r in plan.rows], dry_run)
    try:
        with audit.ensure("import"), transaction.atomic():
            plan.write(user=user, reason=reason)
            after = plan.check_after_write()
            if after or dry_run:
                transaction.set_rollback(True)
    except IntegrityError as exc:
        raise _refused(exc) from exc
    if after:
        raise UpsertError(after)
    return result


# Entries planned and written at a time by an upsert in chunks.
CHUNK_SIZE = 2000


def streams(resource: Resource) -> bool:
    """Whether an upsert of `resource` can plan and write its entries a chunk at a time, in one
    transaction, and find the same problems as when it plans them all before writing any.

    So it can when no check of a row reads what the rows before it write: its key is
    permanent (a row never takes a key another row frees, and `_Plan._match` remembers the
    keys of every chunk), the key is its only unique field, and no record or list row points
    at a record of its kind (no pending relation, no chain to check after writing).
    """
    model = resource.model
    if getattr(model, "permanent_key", "") != resource.key or getattr(model, "clean_reads_other_records", False):
        return False
    if getattr(model, "FOLDED_UNIQUE", {}) or {f.name for f in _unique_fields(model)} - {resource.key}:
        return False
    if any(f.is_relation and f.related_model is model for f in model._meta.concrete_fields):
        return False
    return not any(
        f.is_relation and f.related_model is model and f.name != nested.parent_field
        for nested in resource.lists.values()
        for f in nested.model._meta.concrete_fields
    )


def _upsert_in_chunks(
    resource: Resource,
    entries: Iterable[Entry],
    *,
    user,
    reason: str,
    dry_run: bool,
    problems: list[Problem] | None,
) -> UpsertResult:
    """upsert() a chunk of entries at a time (see streams()): each is planned, then written
    while no problem has been found; once one has, the rest are only planned, so that every
    problem is reported, and everything written is rolled back. Memory holds one chunk."""
    problems = problems if problems is not None else []
    found: list[Problem] = []
    keys: dict[str, str] = {}  # every key given so far, and where
    result = UpsertResult(resource, [], dry_run)
    try:
        with audit.ensure("import"), transaction.atomic():
            for chunk in chunked(entries, CHUNK_SIZE):
                plan = _Plan(resource, list(chunk), keys)
                found.extend(plan.problems)
                if problems or found:
                    continue
                result.outcomes.extend(Outcome(r.entry.where, _key(resource, r), r.action) for r in plan.rows)
                plan.write(user=user, reason=reason)
            if problems or found or dry_run:
                transaction.set_rollback(True)
    except IntegrityError as exc:
        raise _refused(exc) from exc
    if problems or found:
        raise UpsertError(sorted([*problems, *found], key=_problem_order))
    return result


def _refused(exc: IntegrityError) -> UpsertError:
    return UpsertError([Problem("", "", f"The database refused the changes, so nothing was written ({exc}).".strip())])


def _problem_order(problem: Problem):
    number = "".join(char for char in problem.where if "0" <= char <= "9")
    return (int(number) if number else 0, problem.where)


def _key(resource: Resource, row: _Row) -> str:
    return str(getattr(row.instance, resource.key))


class _Plan:
    """Everything an upsert will do, worked out and validated before anything is written.

    In three steps: what is stored is read (services.upsert_stored: the records the
    entries match, the keys their relations use), each entry's record is worked out
    (_RowBuilder), and the checks that need other rows are run once for all rows.
    `write` then hands the rows to a _Writer.
    """

    def __init__(self, resource: Resource, entries: list[Entry], keys: dict[str, str] | None = None):
        self.resource = resource
        # The keys given so far, and where: by this plan's entries, and by earlier chunks' (upsert in chunks).
        self.seen = {} if keys is None else keys
        self.model = resource.model
        self.problems: list[Problem] = []
        self.keys = KeyMaps()
        self.rows: list[_Row] = self._match(entries)
        for model, keys in related_keys(resource, (entry.values for entry in entries)).items():
            self.keys.load(model, keys)
        builder = _RowBuilder(resource, self.keys, self.rows)
        for row in self.rows:
            builder.build(row)
        _check_unique(resource, self.rows)
        _check_model_rules(resource, self.rows)
        for row in self.rows:
            for name, messages in row.errors.items():
                column = self.resource.column_name(name) if name != "__all__" else ""
                self.problems.extend(Problem(row.entry.where, column, message) for message in messages)

    def _match(self, entries: list[Entry]) -> list[_Row]:
        """A row for each entry, on the stored record it names (by id, else by key) or a new one.

        An entry without a key, with a key given before or with an id and a key that name
        two records has no row: a problem says why.
        """
        key = self.resource.key
        by_id, by_key = records_named(self.model, key, (entry.values for entry in entries))
        rows = []
        seen = self.seen
        for entry in entries:
            value = entry.values.get(key)
            if not isinstance(value, str) or not value:
                self.problems.append(Problem(entry.where, self.resource.column_name(key), "This field is required."))
                continue
            if value in seen:
                self.problems.append(
                    Problem(entry.where, key, f"{value} is already in this file ({seen[value]}); give each once.")
                )
                continue
            seen[value] = entry.where
            other = by_key.get(value)
            instance = by_id.get(entry.values.get("id")) or other
            if other is not None and instance.pk != other.pk:
                self.problems.append(
                    Problem(
                        entry.where,
                        "id",
                        f"id {instance.pk} is {getattr(instance, key)}, but {value} is another "
                        f"{self.resource.label} (id {other.pk}); a row must name one record.",
                    )
                )
                continue
            row = _Row(entry, instance or self.model(**{key: value}), created=instance is None)
            if instance is not None and getattr(instance, key) != value:
                # Matched by id under another key: a rename (which the model may refuse).
                setattr(instance, key, value)
                row.changed_fields.add(key)
            rows.append(row)
        return rows

    def write(self, *, user, reason: str) -> None:
        _Writer(self.resource, self.keys, user=user, reason=reason).write(self.rows)

    def check_after_write(self) -> list[Problem]:
        """Rules that need the rows written: a chain of owners must not loop (Ownership.clean)."""
        problems = []
        self_relations = [f.name for f in self.model._meta.fields if f.is_relation and f.related_model is self.model]
        # A model whose rules read other records of its kind (an ownership period, the chain of
        # owners) is checked again once all rows are written.
        reads_others = getattr(self.model, "clean_reads_other_records", False)
        for row in self.rows:
            if row.action == "unchanged":
                continue
            if not reads_others and not any(getattr(row.instance, name + "_id") for name in self_relations):
                continue
            try:
                row.instance.clean()
            except ValidationError as exc:
                for name, messages in exc.message_dict.items():
                    problems.extend(
                        Problem(row.entry.where, self.resource.column_name(name), message) for message in messages
                    )
        return problems


class _RowBuilder:
    """Works out each entry's record: its values assigned and validated as full_clean() does,
    and what changes against what is stored (fields, many-to-many links, nested rows).

    Problems go to the row's `errors`, by field.
    """

    def __init__(self, resource: Resource, keys: KeyMaps, rows: list[_Row]):
        self.resource = resource
        self.model = resource.model
        self.keys = keys
        # Records this import creates can be referred to by records of the same kind.
        self.new_keys = {getattr(row.instance, resource.key) for row in rows if row.created}
        # The stored many-to-many keys and child rows of matched records, to tell what changes.
        pks = [row.instance.pk for row in rows if not row.created]
        present = {name for row in rows for name in row.entry.values}
        self.stored_m2m: dict[str, dict[int, set[int]]] = {
            name: stored_links(self.model, name, pks) for name in resource.m2m if name in present
        }
        self.stored_lists: dict[str, dict[int, dict[int, tuple]]] = {
            name: stored_rows(nested, pks) for name, nested in resource.lists.items() if name in present
        }
        # Each distinct list row validated so far, and what validating it gave (_validated_child).
        self.children: dict[tuple, tuple[models.Model, dict[str, list[str]]]] = {}

    def build(self, row: _Row) -> None:
        """One entry's record: fields, then validation, then many-to-many fields and lists, then
        the fields that follow a list (Resource.follows)."""
        instance, values = row.instance, row.entry.values
        meta = self.model._meta
        # Every stored column, not only the resource's: validation may derive one (an
        # organization's name_key) that must be written with the field it follows.
        stored = [f.attname for f in meta.concrete_fields if not f.primary_key]
        before = {attname: getattr(instance, attname) for attname in stored}
        self._assign_fields(row)
        self._clean(row)
        if not row.created:
            row.changed_fields |= {attname for attname in stored if getattr(instance, attname) != before[attname]}
            row.changed_fields |= {meta.get_field(name).attname for name in row.pending}
        for name in self.resource.m2m:
            if name in values:
                self._build_m2m(row, name, values[name])
        for name, nested in self.resource.lists.items():
            if name in values:
                self._build_list(row, name, nested, values[name])
        self._check_citations(row)
        self._settle(row, before)

    def _settle(self, row: _Row, before: dict) -> None:
        """Each field that follows a list takes the value its rows give it (or is checked against them)."""
        for follow in self.resource.follows:
            attname = self.model._meta.get_field(follow.field).attname
            if follow.field in row.errors or follow.nested in row.errors:
                continue
            given = row.entry.values.get(follow.field) or None
            rows = row.lists.get(follow.nested) if follow.nested in row.entry.values else None
            try:
                value, written = follow.settle(
                    row.instance, given, rows, row.lists, None if row.created else before[attname]
                )
            except ValidationError as exc:
                for name, messages in exc.message_dict.items():
                    row.errors.setdefault(name, []).extend(messages)
                continue
            if written is not None:  # only for a new record: nothing stored to match
                row.lists[follow.nested] = list(written)
                row.list_changes[follow.nested] = match_rows(self.resource.lists[follow.nested], {}, written)[0]
            setattr(row.instance, attname, value)
            if not row.created and value != before[attname]:
                row.changed_fields.add(attname)

    def _assign_fields(self, row: _Row) -> None:
        """Set the fields the entry gives; a relation to a record this import creates waits in `pending`."""
        instance, values = row.instance, row.entry.values
        for name in self.resource.fields:
            if name not in values:
                continue
            model_field = self.model._meta.get_field(name)
            value = values[name]
            if model_field.is_relation and model_field.related_model is self.model and value in self.new_keys:
                row.pending[name] = value
                setattr(instance, model_field.attname, None)
                continue
            try:
                self._assign(instance, model_field, value)
            except _Invalid as exc:
                row.errors.setdefault(name, []).append(str(exc))

    def _clean(self, row: _Row) -> None:
        """full_clean() the record, but for what is checked elsewhere: the fields already in error or
        pending, lists, uniqueness and constraints (across rows), and relations already resolved."""
        instance = row.instance
        deferred = [*row.errors, *row.pending, *self.resource.m2m, *self.resource.lists, *_resolved(instance)]
        try:
            instance.full_clean(exclude=deferred, validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                row.errors.setdefault(name, []).extend(messages)

    def _check_citations(self, row: _Row) -> None:
        """A new record, or one whose citations the entry gives, must have as many as require_citations() says."""
        if self.resource.cited_as and (row.created or "citations" in row.entry.values):
            try:
                require_citations(self.resource.cited_as, len(row.lists.get("citations", [])))
            except ValidationError as exc:
                if "citations" not in row.errors:
                    row.errors["citations"] = exc.message_dict["citations"]

    def _assign(self, instance: models.Model, model_field, value) -> None:
        """Set one field from an entry value: a natural key for a relation, else a plain value."""
        if model_field.is_relation:
            setattr(instance, model_field.attname, self._related_pk(model_field.related_model, value))
            return
        try:
            setattr(instance, model_field.attname, plain_value(model_field, value))
        except ValueError as exc:
            raise _Invalid(str(exc)) from exc

    def _related_pk(self, model: type[models.Model], key) -> int | None:
        if key in (None, ""):
            return None
        label = model._meta.verbose_name
        if not isinstance(key, str):
            raise _Invalid(f"must be the {natural_key_field(model)} of a {label}, not {key!r}.")
        pk = self.keys.get(model, key)
        if pk is None:
            raise _Invalid(f"there is no {label} {key!r}.")
        return pk

    def _build_m2m(self, row: _Row, name: str, keys) -> None:
        related = self.model._meta.get_field(name).related_model
        if not isinstance(keys, list):
            row.errors.setdefault(name, []).append(f"must be a list of {related._meta.verbose_name} slugs.")
            return
        pks, errors = [], []
        for key in keys:
            try:
                pks.append(self._related_pk(related, key))
            except _Invalid as exc:
                errors.append(str(exc))
        if len(set(pks)) != len(pks):
            errors.append(f"lists the same {related._meta.verbose_name} twice.")
        if errors:
            row.errors.setdefault(name, []).extend(errors)
            return
        row.m2m[name] = pks
        if not row.created and set(pks) != self.stored_m2m[name].get(row.instance.pk, set()):
            row.m2m_changed = True

    def _build_list(self, row: _Row, name: str, nested: Nested, items) -> None:
        """The list's rows, validated and matched to the stored ones (services.nested)."""
        if not isinstance(items, list):
            row.errors.setdefault(name, []).append("must be a list.")
            return
        children, errors = [], []
        for number, item in enumerate(items, start=1):
            child, child_errors = self._build_child(nested, number, item)
            errors.extend(child_errors)
            if child is not None:
                children.append(child)
        errors.extend(duplicates_within(nested, children))
        own = PendingKey(getattr(row.instance, self.resource.key)) if row.created else row.instance.pk
        errors.extend(pointing_at_parent(nested, own, children))
        stored = {} if row.created else self.stored_lists[name].get(row.instance.pk, {})
        changes, mismatched = match_rows(nested, stored, children)
        errors.extend(mismatched)
        if errors:
            row.errors.setdefault(name, []).extend(errors)
            return
        row.lists[name] = children
        row.list_changes[name] = changes
        if not row.created and changes:
            row.changed_lists.add(name)

    def _build_child(self, nested: Nested, number: int, item) -> tuple[models.Model | None, list[str]]:
        """One row of a list (a table of its fields, or a bare value for a one-field list) and its problems,
        each naming the row by `number`; no row when the item is not a table of the list's fields."""
        single = len(nested.fields) == 1
        prefix = "" if single else f"#{number}: "
        values = {nested.fields[0]: item} if single else item
        if not isinstance(values, dict):
            return None, [f"{prefix}must be a table of {', '.join(nested.fields)}."]
        unknown = sorted(set(values) - set(nested.fields))
        if unknown:
            return None, [f"{prefix}unknown field(s) {', '.join(unknown)}; expected {', '.join(nested.fields)}."]
        child, child_errors = self._validated_child(nested, values)
        errors = []
        for child_field, messages in child_errors.items():
            label = "" if single or child_field == "__all__" else f"{child_field}: "
            errors.extend(f"{prefix}{label}{message}" for message in messages)
        return child, errors

    def _validated_child(self, nested: Nested, values: dict) -> tuple[models.Model, dict[str, list[str]]]:
        """A list row's instance with `values` assigned and validated, and its errors by field.

        A row is validated without its parent, and nothing is written while a plan is
        worked out, so rows with the same values come out the same: each distinct row is
        validated once per plan, and its repeats are copies of the instance that gives (a
        citation of the same source in every record of a file).
        """
        try:
            key = (id(nested), tuple(values.items()))  # by list: two lists may hold rows of one model
            known = self.children.get(key)
        except TypeError:  # a value that cannot be a key (a list where a key is expected)
            key, known = None, None
        if known is None:
            template = nested.model()
            errors = self._fill_child(template, nested, values)
            if key is None:
                return template, errors
            self.children[key] = known = (template, errors)
        # A copy: the row is matched and written on its own (its id, its parent).
        template, errors = known
        child = nested.model.__new__(nested.model)
        child.__dict__.update(template.__dict__)
        child._state = ModelState()
        return child, {name: list(messages) for name, messages in errors.items()}

    def _fill_child(self, child: models.Model, nested: Nested, values: dict) -> dict[str, list[str]]:
        """Assign a list row's values and validate it (without its parent, not yet known): its errors by field."""
        errors = {}
        for child_field in nested.fields:
            if child_field in values:
                model_field = nested.model._meta.get_field(child_field)
                if model_field.related_model is self.model and values[child_field] in self.new_keys:
                    # A row pointing at a record this import creates (an event's link to
                    # another new event): the key stands in for its id until it is created.
                    setattr(child, model_field.attname, PendingKey(values[child_field]))
                    continue
                try:
                    self._assign(child, model_field, values[child_field])
                except _Invalid as exc:
                    errors[child_field] = [str(exc)]
        try:
            child.full_clean(
                exclude=[nested.parent_field, *errors, *_resolved(child)],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as exc:
            errors.update(exc.message_dict)
        return errors


# Checks across rows -----------------------------------------------------------------


def _check_unique(resource: Resource, rows: list[_Row]) -> None:
    """Unique fields (name, slug, URL...) against the file and the database.

    A field in the model's FOLDED_UNIQUE is compared on the column that holds its
    folded form (an organization's name on name_key: ignoring case and spacing), and
    the model words the problem, naming the record that has the value already.
    """
    model = resource.model
    folded = getattr(model, "FOLDED_UNIQUE", {})
    for model_field in _unique_fields(model):
        name = model_field.name
        if name in folded.values():
            continue  # checked with the field it is the folded form of
        compared = model._meta.get_field(folded[name]).attname if name in folded else model_field.attname
        candidates = [
            row
            for row in rows
            if name not in row.errors
            and getattr(row.instance, compared) not in ("", None)
            and (row.created or model_field.attname in row.changed_fields)
        ]
        first: dict[Any, _Row] = {}
        for row in candidates:
            value = getattr(row.instance, compared)
            if value not in first:
                first[value] = row
            elif name in folded:
                row.errors.setdefault(name, []).append(
                    first[value].instance.duplicate_message(name, where=first[value].entry.where)
                )
            else:
                row.errors.setdefault(name, []).append(
                    f"{first[value].entry.where} already has this {model_field.verbose_name}."
                )
        taken = {}
        for chunk in chunked(first):
            taken.update(model.objects.filter(**{f"{compared}__in": chunk}).values_list(compared, "pk"))
        clashes = [
            (row, taken[value]) for value, row in first.items() if taken.get(value, row.instance.pk) != row.instance.pk
        ]
        others = model.objects.in_bulk([pk for _, pk in clashes]) if name in folded else {}
        for row, pk in clashes:
            if name in folded:
                message = others[pk].duplicate_message(name)
            else:
                message = f"Another {resource.label} already has this {model_field.verbose_name}."
            row.errors.setdefault(name, []).append(message)


def _check_model_rules(resource: Resource, rows: list[_Row]) -> None:
    """The model's own checks against other rows, once for all rows (PermanentKeyMixin.key_problems)."""
    check = getattr(resource.model, "key_problems", None)
    if check is None:
        return
    rows = [row for row in rows if resource.key not in row.errors]
    for row, problem in zip(rows, check([row.instance for row in rows]), strict=True):
        if problem:
            row.errors.setdefault(resource.key, []).append(problem)


# Writing ------------------------------------------------------------------------------------


class _Writer:
    """Writes a plan's rows in bulk, with their history: new records, changed ones, then their
    many-to-many links and lists. Call inside a transaction."""

    def __init__(self, resource: Resource, keys: KeyMaps, *, user, reason: str):
        self.resource = resource
        self.model = resource.model
        self.keys = keys
        self.user = user
        self.reason = reason

    def write(self, rows: list[_Row]) -> None:
        created = [row for row in rows if row.created]
        updated = [row for row in rows if row.action == "updated"]
        self._create(created)
        now = timezone.now()
        fields = {"updated"}
        for row in updated:
            row.instance.updated = now
            self._set_pending(row)
            fields |= row.changed_fields
        self.model.objects.bulk_update([row.instance for row in updated], sorted(fields), batch_size=BATCH_SIZE)
        changed = created + updated
        for name in self.resource.m2m:
            self._write_m2m(name, [row for row in changed if name in row.m2m])
        for name, nested in self.resource.lists.items():
            self._write_list(name, nested, [row for row in changed if name in row.lists])
        user, reason = self.user, self.reason
        history.record_history(
            self.model, [row.instance.pk for row in created], history.CREATED, user=user, reason=reason
        )
        history.record_history(
            self.model, [row.instance.pk for row in updated], history.CHANGED, user=user, reason=reason
        )
        tallies.touched(self.model, [row.instance.pk for row in created])
        tallies.touched(self.model, [row.instance.pk for row in updated], fields=fields)

    def _set_pending(self, row: _Row) -> None:
        """Point the row's pending relations at the records this import has created by now."""
        for name, key in row.pending.items():
            setattr(row.instance, self.model._meta.get_field(name).attname, self.keys.get(self.model, key))

    def _create(self, rows: list[_Row]) -> None:
        """Create new records, those a pending relation points at before those that point at them."""
        while rows:
            ready = [row for row in rows if all(self.keys.get(self.model, key) for key in row.pending.values())]
            if not ready:
                # Only a cycle among the new records can leave none ready.
                raise UpsertError(
                    [
                        Problem(row.entry.where, field_name, "This would make a cycle.")
                        for row in rows
                        for field_name in row.pending
                    ]  # fmt: skip
                )
            for row in ready:
                self._set_pending(row)
            create_records(self.model, [row.instance for row in ready])
            self.keys.add(self.model, {getattr(row.instance, self.resource.key): row.instance.pk for row in ready})
            done = {id(row) for row in ready}
            rows = [row for row in rows if id(row) not in done]

    def _write_m2m(self, name: str, rows: list[_Row]) -> None:
        through, source, target = m2m_table(self.model, name)
        for chunk in chunked([row.instance.pk for row in rows if not row.created]):
            through.objects.filter(**{f"{source}__in": chunk}).delete()
        create_rows(through, [source, target], ((row.instance.pk, pk) for row in rows for pk in row.m2m[name]))

    def _write_list(self, name: str, nested: Nested, rows: list[_Row]) -> None:
        """Only the rows that changed, each keeping its id (services.nested)."""
        all_changes = []
        for row in rows:
            if row.created or name in row.changed_lists:
                changes = row.list_changes[name]
                changes.parent_pk = row.instance.pk
                for child in [*changes.created, *(child for child, _ in changes.changed)]:
                    self._set_pending_keys(child, nested)
                all_changes.append(changes)
        write_rows(nested, all_changes, user=self.user, reason=self.reason)

    def _set_pending_keys(self, child: models.Model, nested: Nested) -> None:
        """Point a row's relations that wait for records of this import at them, created by now."""
        for attname in nested.attnames:
            key = getattr(child, attname)
            if isinstance(key, PendingKey):
                setattr(child, attname, self.keys.get(self.model, key))


class PendingKey(str):
    """The natural key of a record the same import creates, held where its id will go."""


def _resolved(instance: models.Model) -> list[str]:
    """Relations already set to a row that exists (found by key, or stored): ForeignKey's
    own validation would look each one up again, one query per field per row."""
    return [f.name for f in instance._meta.fields if f.is_relation and getattr(instance, f.attname) is not None]


def _unique_fields(model: type[models.Model]) -> list:
    """Fields whose values must be unique: unique=True, or alone in a UniqueConstraint."""
    fields = [f for f in model._meta.fields if f.unique and not f.primary_key]
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and len(constraint.fields) == 1:
            fields.append(model._meta.get_field(constraint.fields[0]))
    return fields
