"""The reports' running counts (models.tallies): what each record adds to them, and reading them back.

A report with no filter but `synthetic` counts, per cell, the records with those values,
each once. That count is a sum over records, so it can be kept: every record adds one to
each cell of every grouping it falls in, and a change to a record takes its old cells
out and puts its new ones in (services.tallies). A report read from the counts costs the
same at a thousand records or a million.

**What a record adds.** Its values are read as the report reads them: the record's own
columns (one value each), and for each to-many relation the distinct rows of that
relation, all of whose dimensions go together (a survey response's hypervisor, its
vendor and its stage in it are one row; its guest families and its purposes are apart).
A relation with no rows is one row of nulls, as the report's outer join has it. In a
grouping of two dimensions, a record falls in each distinct pair: the pairs of one row
when both come from one relation, every combination when they come from two. The stage
of a response grouped with its hypervisors is the stage of each hypervisor.

`recount()` counts every grouping again from the records, in SQL, independently of the
kept counts: `manage.py check_tallies` compares the two.
"""

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, product

from django.db import models
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import ExtractYear

from ..batches import chunked
from ..models import (
    Deployment,
    Hypervisor,
    Industry,
    OperatingSystem,
    Organization,
    Purpose,
    ReportTally,
    Survey,
    SurveyResponse,
    TallyEntry,
)
from . import stage_tallies

NULL = "null"
# The row that says the counts are not kept yet (migration 0020 on a database with records): until
# `manage.py check_tallies --rebuild` counts them, reports count the records and writes keep nothing.
STALE = {"kind": "", "demo": False, "dimensions": "stale", "key0": NULL, "key1": NULL}
CHUNK = 2000
HYPERVISOR_DIMENSIONS = ("hypervisor", "hypervisor_vendor")
PER_HYPERVISOR_STAGE = "stage@hypervisor"  # a response's stage in each of its hypervisors


@dataclass(frozen=True)
class Counted:
    """A kind of record the counts are kept for: its model, the path of each dimension, and which go together."""

    name: str
    model: type[models.Model]
    paths: dict  # dimension -> ORM path (or expression) of its key, a related record by id
    groups: dict  # to-many relation -> the dimensions it holds; the rest are the record's own

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The dimensions counted, in the order groupings name them (PER_HYPERVISOR_STAGE aside)."""
        return tuple(name for name in self.paths if name != PER_HYPERVISOR_STAGE)

    def group_of(self, dimension: str) -> str:
        return next((group for group, names in self.groups.items() if dimension in names), "")

    def placed(self, dimension: str, other: str | None) -> str:
        """The dimension as counted beside `other`: a response's stage beside its hypervisors is theirs."""
        if self.name == "responses" and dimension == "stage" and other in HYPERVISOR_DIMENSIONS:
            return PER_HYPERVISOR_STAGE
        return dimension

    def groupings(self) -> Iterator[tuple[str, ...]]:
        """Every grouping kept: the total (no dimension), each dimension, each pair in order."""
        yield ()
        yield from ((name,) for name in self.paths)  # PER_HYPERVISOR_STAGE too: the groups of (stage, hypervisor)
        yield from combinations(self.dimensions, 2)


COUNTED = {
    counted.name: counted
    for counted in (
        Counted(
            "deployments",
            Deployment,
            {
                "hypervisor": "hypervisor",
                "hypervisor_vendor": "hypervisor__vendor",
                "host_os": "host_os",
                "guest_os_family": "guests__operating_system__family",
                "stage": "stage",
                "purpose": "purposes",
                "industry": "customer__industry",
                "country": "customer__country",
                "year": ExtractYear("reported_on"),
            },
            {"guests": ("guest_os_family",), "purposes": ("purpose",)},
        ),
        Counted(
            "responses",
            SurveyResponse,
            {
                "hypervisor": "hypervisors__hypervisor",
                "hypervisor_vendor": "hypervisors__hypervisor__vendor",
                PER_HYPERVISOR_STAGE: "hypervisors__stage",
                "guest_os_family": "guest_families__family",
                "stage": "stage",
                "purpose": "purposes",
                "industry": "industry",
                "country": "country",
                "year": ExtractYear("survey__fielded_from"),
                "linux_years": "linux_years",
                "size_band": "size_band",
                "wave": "survey",
            },
            {
                "hypervisors": ("hypervisor", "hypervisor_vendor", PER_HYPERVISOR_STAGE),
                "guest_families": ("guest_os_family",),
                "purposes": ("purpose",),
            },
        ),
    )
}
# Every kind of count kept: the reports' (COUNTED) and the trends' (selectors.stage_tallies), with the model counted.
KINDS: dict[str, type[models.Model]] = {
    **{counted.name: counted.model for counted in COUNTED.values()},
    stage_tallies.STAGES: Deployment,
}
# A dimension keyed by a related record's id: the record, its key as the report shows it, and its label.
LOOKUPS: dict[str, tuple[type[models.Model], str, str]] = {
    "hypervisor": (Hypervisor, "slug", "name"),
    "hypervisor_vendor": (Organization, "slug", "name"),
    "host_os": (OperatingSystem, "slug", "name"),
    "purpose": (Purpose, "slug", "name"),
    "industry": (Industry, "slug", "name"),
    "wave": (Survey, "slug", "title"),
}


def _key(value) -> str:
    """A value as kept: JSON, a blank text (a response with no size band) as null, as the report has it."""
    return json.dumps(None if value == "" else value)


# -- what each record adds -----------------------------------------------------------


def signatures(kind: str, ids: Iterable[int]) -> dict[int, str]:
    """The values each record of `ids` that exists is counted with now, as JSON: {"demo": bool, group: rows}."""
    if kind == stage_tallies.STAGES:
        return stage_tallies.signatures(ids)
    manager = COUNTED[kind].model._default_manager
    found: dict[int, str] = {}
    for chunk in chunked(ids, CHUNK):
        found.update(_signed(kind, manager.filter(pk__in=chunk), ordered=False))
    return found


def every_signature(kind: str, demo: bool) -> Iterator[tuple[int, str]]:
    """(id, values) of every record of `kind` that is demo data (or not), in id order: one pass over each table
    the values come from, merged as they stream (a million records in seconds, where id lists take minutes)."""
    if kind == stage_tallies.STAGES:
        return stage_tallies.every_signature(demo)
    return _signed(kind, COUNTED[kind].model._default_manager.filter(synthetic=demo), ordered=True)


def _signed(kind: str, records: models.QuerySet, *, ordered: bool) -> Iterator[tuple[int, str]]:
    """(id, values) of each of `records`: their own values, then each to-many relation's distinct rows (a LEFT
    JOIN: a record with none has one row of nulls, as a report's join has it). `ordered`: stream in id order."""
    counted = COUNTED[kind]
    own = [_path(counted, name) for name in counted.dimensions if not counted.group_of(name)]
    order = ["pk"] if ordered else []
    base = records.values_list("pk", "synthetic", *own).order_by(*order)
    groups = {
        group: records.values_list("pk", *(_path(counted, name) for name in names)).order_by(*order).distinct()
        for group, names in counted.groups.items()
    }
    if ordered:
        streams = {group: _by_record(rows.iterator(chunk_size=10000)) for group, rows in groups.items()}
        for pk, demo, *values in base.iterator(chunk_size=10000):
            rows: dict[str, list] = {}
            for group, stream in streams.items():
                record, rows[group] = next(stream)
                if record != pk:  # a record written or deleted between the queries
                    raise RuntimeError(f"The {kind} changed while they were counted; count them again.")
            yield pk, _signature(counted, demo, values, rows)
        return
    by_record: dict[str, dict[int, list]] = {group: {} for group in groups}
    for group, found in groups.items():
        for pk, *values in found:
            by_record[group].setdefault(pk, []).append(values)
    for pk, demo, *values in base:
        yield pk, _signature(counted, demo, values, {group: by_record[group].get(pk, []) for group in groups})


def _by_record(rows: Iterator[tuple]) -> Iterator[tuple[int, list]]:
    """Rows (record id, values...) in id order, a record's together: (id, [values, ...])."""
    pending: tuple[int, list] | None = None
    for pk, *values in rows:
        if pending is not None and pending[0] != pk:
            yield pending
            pending = None
        if pending is None:
            pending = (pk, [])
        pending[1].append(values)
    if pending is not None:
        yield pending


def _signature(counted: Counted, demo: bool, own: list, related: dict[str, list]) -> str:
    values: dict = {"demo": demo, "": [[_key(value) for value in own]]}
    for group in counted.groups:
        values[group] = sorted([_key(value) for value in row] for row in related[group])
    return json.dumps(values, sort_keys=True, separators=(",", ":"))


def _path(counted: Counted, name: str):
    path = counted.paths[name]
    return F(path) if isinstance(path, str) else path


def cells(kind: str, signature: str) -> Iterator[tuple[bool, str, str, str]]:
    """(demo, grouping, key0, key1) of every cell the record with `signature` falls in, each once."""
    if kind == stage_tallies.STAGES:
        yield from stage_tallies.cells(signature)
        return
    counted = COUNTED[kind]
    values = json.loads(signature)
    demo = values["demo"]
    own = [name for name in counted.dimensions if not counted.group_of(name)]

    def column(name: str) -> list[tuple]:
        """The rows `name` is read from, and where in them."""
        group = counted.group_of(name)
        names = counted.groups[group] if group else own
        rows = values[group] or [[NULL] * len(names)]
        return [(row, names.index(name)) for row in rows]

    yield demo, "", NULL, NULL
    for name in counted.paths:
        for key in {row[i] for row, i in column(name)}:
            yield demo, name, key, NULL
    for first, second in combinations(counted.dimensions, 2):
        a, b = counted.placed(first, second), counted.placed(second, first)
        grouping = f"{first},{second}"
        if counted.group_of(a) == counted.group_of(b):
            j = column(b)[0][1]
            pairs = {(row[i], row[j]) for row, i in column(a)}
        else:
            pairs = set(product({row[i] for row, i in column(a)}, {row[i] for row, i in column(b)}))
        for key0, key1 in pairs:
            yield demo, grouping, key0, key1


def difference(kind: str, before: Iterable[str], after: Iterable[str]) -> Counter:
    """What going from the records counted as `before` to them as `after` changes in each cell."""
    change: Counter = Counter()
    for signature in after:
        change.update(cells(kind, signature))
    for signature in before:
        change.subtract(cells(kind, signature))
    return Counter({cell: n for cell, n in change.items() if n})


def stored_signatures(kind: str, ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunked(ids, CHUNK):
        found.update(TallyEntry.objects.filter(kind=kind, record__in=chunk).values_list("record", "values"))
    return found


# -- reading the counts back ------------------------------------------------------------


def totals() -> dict[tuple[str, bool], int]:
    """How many records of each kind there are, demo data and real apart: {(kind, demo): n}."""
    rows = ReportTally.objects.filter(dimensions="", kind__in=COUNTED).values_list("kind", "demo", "n")
    return {(kind, demo): n for kind, demo, n in rows}


def kept_current() -> bool:
    """Whether the counts are kept (not left stale by an upgrade, waiting for a rebuild)."""
    return not ReportTally.objects.filter(**STALE).exists()


def serves(kind: str, group_by: Sequence[str]) -> bool:
    """Whether the counts are kept for `kind` grouped by `group_by` (and kept_current())."""
    counted = COUNTED.get(kind)
    return counted is not None and all(name in counted.dimensions for name in group_by)


def fits_filter(kind: str, dimension: str, filtered_by: str) -> bool:
    """Whether a report of `kind` by `dimension`, of the records with one value of `filtered_by` (a
    dimension too), can be read from the pairs of the two: the filter keeps a record that has the value
    in any row, which the pair counts only when the two are not columns of one to-many relation."""
    counted = COUNTED[kind]
    if dimension == filtered_by or filtered_by not in LOOKUPS:
        return False
    # A response's stage, filtered by its hypervisors, is its own: the pair would hold each hypervisor's.
    first, second = counted.placed(dimension, filtered_by), counted.placed(filtered_by, dimension)
    if first != dimension:
        return False
    group = counted.group_of(second)
    return not group or group != counted.group_of(first)


def counts(kind: str, group_by: Sequence[str], demo: str, where: tuple[str, str] | None = None) -> "Report":
    """The report's counts for `kind` by `group_by`, as counting the records gives, in one query.

    `demo` is the report's: "excluded", "only" or "included". `where`: one dimension's value
    (a slug) the records counted have (see fits_filter), for a single dimension."""
    counted = COUNTED[kind]
    named = [*group_by, *([where[0]] if where else [])]
    cells = _grouping(counted, named)
    total = _grouping(counted, [where[0]]) if where else ""
    groups = _grouping(counted, group_by[:1], beside=group_by[-1]) if len(group_by) == 2 else None
    wanted = Q(dimensions__in=[cells, total] + ([groups] if groups is not None else []))
    if where is not None:
        fixed = _id_of(*where)
        if fixed is None:
            return Report([], 0, [])
        key = json.dumps(fixed)
        wanted = Q(dimensions=cells, **{f"key{cells.split(',').index(where[0])}": key}) | Q(dimensions=total, key0=key)
    rows = ReportTally.objects.filter(wanted, kind=kind)
    if demo != "included":
        rows = rows.filter(demo=demo == "only")
    found = rows.values("dimensions", "key0", "key1").annotate(total=Sum("n")).filter(total__gt=0).order_by()
    answer = Report([], 0, [])
    for row in found:
        keys = [json.loads(row["key0"]), json.loads(row["key1"])]
        if row["dimensions"] == cells:
            by_name = dict(zip(_names(cells), keys, strict=False))
            answer.cells.append({**{f"key{i}": by_name[name] for i, name in enumerate(group_by)}, "n": row["total"]})
        if row["dimensions"] == total:
            answer.total += row["total"]
        if row["dimensions"] == groups:
            answer.groups.append({"key0": keys[0], "n": row["total"]})
    _name([*answer.cells, *answer.groups], group_by)
    return answer


@dataclass
class Report:
    """What a report reads of one kind: its cells, its total, and with two dimensions the first one's groups."""

    cells: list[dict]
    total: int
    groups: list[dict]


def _grouping(counted: Counted, names: Sequence[str], beside: str | None = None) -> str:
    """The kept grouping of `names`: in the counted order, a single one as counted beside `beside`."""
    if len(names) == 1:
        return counted.placed(names[0], beside)
    return ",".join(sorted(names, key=counted.dimensions.index))


def _names(grouping: str) -> list[str]:
    """The dimensions of a grouping, a response's stage beside its hypervisors by its own name."""
    return ["stage" if name == PER_HYPERVISOR_STAGE else name for name in grouping.split(",")]


def _id_of(dimension: str, slug: str) -> int | None:
    model, key, _ = LOOKUPS[dimension]
    return model._default_manager.filter(**{key: slug}).values_list("pk", flat=True).first()


def _name(rows: list[dict], group_by: Sequence[str]) -> None:
    """Related records' ids to their keys and labels, as the report shows them."""
    for i, dimension in enumerate(group_by):
        if dimension not in LOOKUPS:
            continue
        named = keys_of(dimension, {row[f"key{i}"] for row in rows if f"key{i}" in row} - {None})
        for row in rows:
            if f"key{i}" in row:
                row[f"key{i}"], row[f"label{i}"] = named.get(row[f"key{i}"], (None, None))


def keys_of(dimension: str, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """The related records of `dimension` with `ids`: each one's key, as the report shows it, and label."""
    model, key, label = LOOKUPS[dimension]
    rows = model._default_manager.filter(pk__in=ids).values_list("pk", key, label)
    return {pk: (slug, name) for pk, slug, name in rows}


# -- counting again from the records ----------------------------------------------------------


def recount(kind: str, demo: bool | None = None) -> Counter:
    """Every kept cell counted again from the records (those of demo data or not, when `demo` says), one GROUP BY
    per grouping: {(demo, grouping, key0, key1): n}."""
    if kind == stage_tallies.STAGES:
        return stage_tallies.recount(demo)
    counted = COUNTED[kind]
    records = counted.model._default_manager.all()
    if demo is not None:
        records = records.filter(synthetic=demo)
    found: Counter = Counter()
    for grouping in counted.groupings():
        placed = [counted.placed(name, next((o for o in grouping if o != name), None)) for name in grouping]
        keys = {f"k{i}": _path(counted, name) for i, name in enumerate(placed)}
        # COUNT(DISTINCT) sorts every row: only where a to-many relation can repeat a record.
        many = any(counted.group_of(name) for name in placed)
        rows = records.order_by().values("synthetic", **keys).annotate(n=Count("pk", distinct=many))
        for row in rows:
            keys_of = [_key(row[f"k{i}"]) for i in range(len(grouping))] + [NULL] * (2 - len(grouping))
            found[(row["synthetic"], ",".join(grouping), *keys_of)] += row["n"]
    return found


def kept(kind: str) -> Counter:
    """The counts as kept, zeros left out."""
    rows = ReportTally.objects.filter(kind=kind).exclude(n=0)  # the STALE row is of no kind
    return Counter({(demo, grouping, k0, k1): n for demo, grouping, k0, k1, n in
                    rows.values_list("demo", "dimensions", "key0", "key1", "n")})  # fmt: skip


def entry_misfits(kind: str) -> tuple[int, int]:
    """(records whose kept values are not their values now, entries of records that are gone)."""
    stored = dict(TallyEntry.objects.filter(kind=kind).values_list("record", "values"))
    wrong = 0
    for demo in (False, True):
        for pk, values in every_signature(kind, demo):
            wrong += stored.pop(pk, None) != values
    return wrong, len(stored)


def differences(limit: int = 20) -> list[str]:
    """Every way the kept counts differ from the records, in sentences (at most `limit` cells named per kind)."""
    if not kept_current():
        return ["The counts are not kept yet (the database had records when they were added): rebuild them."]
    found = []
    for kind in KINDS:
        should, has = recount(kind), kept(kind)
        wrong = sorted((cell for cell in should.keys() | has.keys() if should[cell] != has[cell]), key=str)
        for demo, grouping, key0, key1 in wrong[:limit]:
            cell = (demo, grouping, key0, key1)
            found.append(
                f"{kind} by {grouping or 'nothing (the total)'} at ({key0}, {key1}){' in demo data' if demo else ''}: "
                f"{has[cell]} kept, {should[cell]} counted."
            )
        if len(wrong) > limit:
            found.append(f"{kind}: {len(wrong) - limit} more cells differ.")
        stale, gone = entry_misfits(kind)
        if stale:
            found.append(f"{kind}: {stale} records are kept with values they no longer have.")
        if gone:
            found.append(f"{kind}: {gone} records deleted are still kept.")
    return found
