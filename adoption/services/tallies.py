"""Keeping the reports' running counts current (models.tallies, selectors.tallies).

`reconcile(kind, ids)` brings the counts in line with records `ids` as they now are: for
each, the values it was last counted with (its TallyEntry) come out of every cell and its
values now go in. It may be called any number of times, at any point after a write: a
record counted as it is changes nothing. Every write reaches it:

- a record, a row of its lists, or a many-to-many link saved or deleted one at a time
  (the admin, the API, the shell): the signals connected by `connect()`;
- a record whose values other records' counts read (an organization's industry or
  country, a hypervisor's vendor, an operating system's family, a survey's first day):
  the same signals, which recount the records that read it when one of those changed;
- the bulk writes, which send no signal (CSV import, nested rows, restore, demo data):
  `touched()`, called by each.

`rebuild()` counts everything from scratch; `manage.py check_tallies` compares.
"""

import contextvars
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain

from django.db import connection, transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from ..batches import chunked
from ..models import (
    Guest,
    Hypervisor,
    OperatingSystem,
    Organization,
    Purpose,
    ReportTally,
    ResponseGuestFamily,
    ResponseHypervisor,
    StageObservation,
    Survey,
    TallyEntry,
)
from ..selectors.stage_tallies import STAGES
from ..selectors.tallies import (
    COUNTED,
    KINDS,
    cells,
    difference,
    every_signature,
    kept_current,
    recount,
    signatures,
    stored_signatures,
)
from .bulk_insert import create_rows

# The records counted, by model: the kinds of count each is in.
RECORDS: dict[type[Model], tuple[str, ...]] = {}
for _kind, _model in KINDS.items():
    RECORDS[_model] = (*RECORDS.get(_model, ()), _kind)
# Rows of a record's lists: (kind, the field naming the record).
ROWS: dict[type[Model], tuple[str, str]] = {
    Guest: ("deployments", "deployment_id"),
    ResponseHypervisor: ("responses", "response_id"),
    ResponseGuestFamily: ("responses", "response_id"),
    StageObservation: (STAGES, "deployment_id"),
}
# Records other records' counts read: the fields read, and per kind the path from the counted record to them.
READ_BY_OTHERS: dict[type[Model], tuple[tuple[str, ...], dict[str, str]]] = {
    Organization: (("industry_id", "country"), {"deployments": "customer"}),
    Hypervisor: (("vendor_id",), {"deployments": "hypervisor", "responses": "hypervisors__hypervisor"}),
    OperatingSystem: (("family",), {"deployments": "guests__operating_system"}),
    Survey: (("fielded_from",), {"responses": "survey"}),
}
BATCH = 150  # cells per INSERT (six parameters each)
IN_PYTHON_UP_TO = 5000  # demo records counted from their entries in Python; more, by GROUP BY in SQL
# Inside paused(): writes keep no counts (a bulk load that rebuilds them after).
_paused: contextvars.ContextVar[bool] = contextvars.ContextVar("tallies_paused", default=False)


@contextmanager
def paused() -> Iterator[None]:
    """Keep no counts while loading (loaddata of a backup, whose every save would count); rebuild() after."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def reconcile(kind: str, ids: Iterable[int]) -> None:
    """Count records `ids` of `kind` as they are now (those deleted: not at all), inside the write's transaction."""
    ids = list(dict.fromkeys(ids))
    if not ids or _paused.get() or not kept_current():
        return
    with transaction.atomic():
        # Two writes to one record count it one after the other: each sees the entry the other left.
        model = KINDS[kind]
        for chunk in chunked(sorted(ids)):
            list(model._default_manager.select_for_update().filter(pk__in=chunk).order_by("pk").values_list("pk"))
        before = stored_signatures(kind, ids)
        after = signatures(kind, ids)
        changed = [pk for pk in ids if before.get(pk) != after.get(pk)]
        if not changed:
            return
        old, new = (before[pk] for pk in changed if pk in before), (after[pk] for pk in changed if pk in after)
        _add(kind, difference(kind, old, new))
        for chunk in chunked(changed):
            TallyEntry.objects.filter(kind=kind, record__in=chunk).delete()
        TallyEntry.objects.bulk_create(
            (TallyEntry(kind=kind, record=pk, values=after[pk]) for pk in changed if pk in after), batch_size=2000
        )


def _add(kind: str, change: Counter) -> None:
    """Add `change` ({(demo, grouping, key0, key1): n}) to the kept counts, a cell at a time if new."""
    table = connection.ops.quote_name(ReportTally._meta.db_table)
    items = list(change.items())
    with connection.cursor() as cursor:
        for start in range(0, len(items), BATCH):
            batch = items[start : start + BATCH]
            rows = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} (kind, demo, dimensions, key0, key1, n) VALUES {rows} "  # noqa: S608 (the model's own table)
                f"ON CONFLICT (kind, dimensions, demo, key0, key1) DO UPDATE SET n = {table}.n + excluded.n",
                [value for (demo, grouping, key0, key1), n in batch for value in (kind, demo, grouping, key0, key1, n)],
            )


def touched(model: type[Model], ids: Sequence[int], fields: Iterable[str] | None = None) -> None:
    """Records `ids` of `model` were written without signals (in bulk): recount what they change.

    `fields` are the fields written, when known: a record other records' counts read
    (READ_BY_OTHERS) changes them only through those."""
    if model in RECORDS:
        for kind in RECORDS[model]:
            reconcile(kind, ids)
    elif model in READ_BY_OTHERS:
        read, paths = READ_BY_OTHERS[model]
        if fields is not None and not {name.removesuffix("_id") for name in read} & {
            name.removesuffix("_id") for name in fields
        }:
            return
        for kind, path in paths.items():
            for chunk in chunked(ids):
                readers = COUNTED[kind].model._default_manager.filter(**{f"{path}__in": chunk})
                reconcile(kind, readers.values_list("pk", flat=True).distinct())


def recount_demo_data() -> None:
    """The demo data was replaced or removed, all of it, in bulk: count it from scratch (real records are as
    they were). Its entries go in by COPY on PostgreSQL (services.bulk_insert). See _in_python for how."""
    if not kept_current():
        return
    ReportTally.objects.filter(demo=True).delete()
    for kind, model in KINDS.items():
        records = model._default_manager
        TallyEntry.objects.filter(kind=kind).exclude(record__in=records.filter(synthetic=False).values("pk")).delete()
        _count_entries(kind, every_signature(kind, True), _in_python(kind, records.filter(synthetic=True)), demo=True)


def rebuild() -> None:
    """Count every record from scratch: the counts and every record's entry."""
    with transaction.atomic():
        ReportTally.objects.all().delete()
        TallyEntry.objects.all().delete()
        for kind, model in KINDS.items():
            in_python = _in_python(kind, model._default_manager.all())
            _count_entries(kind, chain(every_signature(kind, False), every_signature(kind, True)), in_python, demo=None)


def _in_python(kind: str, records) -> bool:
    """Whether to count `records` from their entries as they are written, in Python, rather than by GROUP BY in
    SQL after: a few thousand records, and always a trend's (whose SQL reads every history twice over)."""
    return kind == STAGES or records.count() <= IN_PYTHON_UP_TO


def _count_entries(kind: str, signed: Iterator[tuple[int, str]], in_python: bool, demo: bool | None) -> None:
    """Write the entries of `signed` ((id, values) of the records, demo data or not as `demo` says, or all) and
    add them to the counts."""
    change: Counter = Counter()
    for batch in _batches(signed):
        if in_python:
            for _, values in batch:
                change.update(cells(kind, values))
        _write_entries(kind, batch)
    _add(kind, change if in_python else recount(kind, demo=demo))


def _batches(signed: Iterator[tuple[int, str]]) -> Iterator[tuple[tuple[int, str], ...]]:
    """(id, values) read in batches: a COPY holds the connection, so the reading must pause while it writes."""
    return chunked(signed, 20000)


def _write_entries(kind: str, batch: Iterable[tuple[int, str]]) -> None:
    create_rows(TallyEntry, ["kind", "record", "values"], [(kind, pk, values) for pk, values in batch])


# -- the signals: one record at a time ------------------------------------------------------------


def _record_saved(sender, instance, **kwargs) -> None:
    for kind in RECORDS[sender]:
        reconcile(kind, [instance.pk])


def _row_moving(sender, instance, **kwargs) -> None:
    """A stored row may be moving to another record: remember the one it leaves."""
    _, field = ROWS[sender]
    if instance.pk is not None:
        instance._tally_left = sender._default_manager.filter(pk=instance.pk).values_list(field, flat=True).first()


def _row_written(sender, instance, **kwargs) -> None:
    kind, field = ROWS[sender]
    reconcile(kind, [getattr(instance, field), *[pk for pk in [getattr(instance, "_tally_left", None)] if pk]])


def _read_changing(sender, instance, **kwargs) -> None:
    """Whether a field other records' counts read is about to change (then they are recounted once it has)."""
    read, _ = READ_BY_OTHERS[sender]
    instance._tally_read_changed = False
    if instance.pk is not None and not kwargs.get("raw"):
        stored = sender._default_manager.filter(pk=instance.pk).values_list(*read).first()
        instance._tally_read_changed = stored is not None and stored != tuple(getattr(instance, name) for name in read)


def _read_saved(sender, instance, **kwargs) -> None:
    if getattr(instance, "_tally_read_changed", False):
        touched(sender, [instance.pk])


def _links_changing(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """A record's many-to-many links (purposes) changed: recount the records on the counted side."""
    kind = _kind_of_links(sender)
    if kind is None:
        return
    if not reverse:
        if action.startswith("post_"):
            reconcile(kind, [instance.pk])
        return
    # From the other side (a purpose's deployments): the records named, or for clear, those linked before.
    if action == "pre_clear":
        field = _links_field(sender)
        instance._tally_cleared = list(sender._default_manager.filter(**{field.m2m_reverse_field_name(): instance.pk})
                                       .values_list(field.m2m_field_name(), flat=True))  # fmt: skip
    elif action == "post_clear":
        reconcile(kind, getattr(instance, "_tally_cleared", []))
    elif action.startswith("post_"):
        reconcile(kind, pk_set or [])


def _purpose_leaving(sender, instance, **kwargs) -> None:
    """A purpose deleted takes its links with it, without a signal: remember the records that had it."""
    instance._tally_linked = {
        counted.name: list(counted.model._default_manager.filter(purposes=instance).values_list("pk", flat=True))
        for counted in COUNTED.values()
    }


def _purpose_gone(sender, instance, **kwargs) -> None:
    for kind, ids in getattr(instance, "_tally_linked", {}).items():
        reconcile(kind, ids)


def _links_field(through: type[Model]):
    return next(
        field for model in RECORDS for field in model._meta.many_to_many if field.remote_field.through is through
    )


def _kind_of_links(through: type[Model]) -> str | None:
    for kind, counted in COUNTED.items():
        if any(field.remote_field.through is through for field in counted.model._meta.many_to_many):
            return kind
    return None


def connect() -> None:
    """Connect the signals that keep the counts current through every one-record write."""
    for model in RECORDS:
        post_save.connect(_record_saved, sender=model, dispatch_uid=f"tallies.saved.{model.__name__}")
        post_delete.connect(_record_saved, sender=model, dispatch_uid=f"tallies.deleted.{model.__name__}")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                _links_changing,
                sender=field.remote_field.through,
                dispatch_uid=f"tallies.links.{model.__name__}.{field.name}",
            )
    for model in ROWS:
        pre_save.connect(_row_moving, sender=model, dispatch_uid=f"tallies.moving.{model.__name__}")
        post_save.connect(_row_written, sender=model, dispatch_uid=f"tallies.row-saved.{model.__name__}")
        post_delete.connect(_row_written, sender=model, dispatch_uid=f"tallies.row-deleted.{model.__name__}")
    pre_delete.connect(_purpose_leaving, sender=Purpose, dispatch_uid="tallies.purpose-leaving")
    post_delete.connect(_purpose_gone, sender=Purpose, dispatch_uid="tallies.purpose-gone")
    for model in READ_BY_OTHERS:
        pre_save.connect(_read_changing, sender=model, dispatch_uid=f"tallies.read-changing.{model.__name__}")
        post_save.connect(_read_saved, sender=model, dispatch_uid=f"tallies.read-saved.{model.__name__}")
