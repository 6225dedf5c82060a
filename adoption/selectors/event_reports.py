"""Market events counted by one or two dimensions: the events side of the adoption report.

`event_report()` answers `/api/reports/adoption/?records=events&group_by=...` and its
CSV; selectors.reports decides when a request counts events (records=events, or a
dimension or filter only events have) and hands it here. The answer has the shape of
the adoption report's (reporting.Report): cells with each dimension's key and label,
`events` (the count), `n`, `of`, `share`; events are public, so nothing is withheld.

Dimensions: `kind`, `status`, `year`, `quarter` ("2007-Q3"; an event dated only to its
year has none), `hypervisor` (the event's hypervisors), `party` (every organization
with a part in the event: its subject, its counterparty and each of its parties) and
`role` ("subject" for the event's organization, "counterparty" for its counterparty,
each party row's role). Grouped together, `party` and `role` give (organization, role)
pairs.

How it is counted, in the database:

- `ev` is the events counted (demo data as `synthetic` says, then the filters of
  /api/events/, applied to whole events) as a subquery that also selects each event's
  own keys: kind, status, year, quarter.
- A dimension with several values per event is a subquery of (event, key, label) rows,
  LEFT JOINed to `ev` (an event with none falls in the null cell): `hv` the event's
  hypervisors; `pt` the UNION ALL of three sources of (event, organization, role) rows:
  the event's organization as "subject", its counterparty as "counterparty", each of its
  party rows in that row's role. `party` and `role` both read `pt`, through one join,
  so grouped together they come from the same row.
- `SELECT DISTINCT` over (cell keys, event) leaves each event once in each cell it falls
  in: an organization that is both the subject and an acquirer is one event in its
  `party` cell, two roles in the `role` cells. An outer GROUP BY counts those rows.
- With `value=<metric>`, `val` joins each event's figure chosen by selectors.figures
  (one per event, by a window function), and the cell adds up its events' values once
  each (SUM over the same distinct rows). The answer lists the figure used per event.

Queries: the filters' own look-ups, the cells, the first-dimension groups (with two
dimensions), the total, and with `value` the figures used; none per event.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import connections
from django.db.models import Case, CharField, F, QuerySet, Subquery, Value, When
from django.db.models.functions import Cast, Concat, ExtractQuarter, ExtractYear

from .. import confidential, currencies
from ..choices import DatePrecision, EventKind, EventStatus
from ..models import PRINCIPAL_ROLES, EventParty, MarketEvent, Metric, PartyRole
from . import figures
from .reporting import MAX_DIMENSIONS, Kind, Report, ReportError, Values, amount_text, filtered

EVENTS = Kind("events", "market events", MarketEvent)

# The subqueries a dimension's key can come from (see the module's docstring).
OWN, HYPERVISORS, PARTIES = "ev", "hv", "pt"


@dataclass(frozen=True)
class EventDimension:
    """Something to group events by: the subquery its key (`rep_<name>`) is a column of, how it reads and sorts."""

    name: str
    source: str
    paths: tuple[str, ...]  # the field paths from MarketEvent it walks, for the confidentiality gate
    choices: tuple = ()  # (value, label) in their natural order, for a choice field
    by_key: bool = False  # sorted by its key (a year, a quarter) rather than by its label
    labelled: bool = False  # its source has a `rep_<name>_label` column (a related record's name)
    first: tuple = ()  # keys sorted before every other, in this order

    @property
    def column(self) -> str:
        return f"{self.source}.rep_{self.name}"

    def label(self, key, row_label) -> str:
        if key is None:
            return "(none)"
        if self.choices:
            return dict(self.choices).get(key, str(key))
        return str(row_label if row_label is not None else key)

    def sort_key(self, key, label: str):
        if key is None:
            return (1, 0, "")
        if self.choices:
            return (0, [value for value, _ in self.choices].index(key), "")
        if key in self.first:
            return (0, self.first.index(key) - len(self.first), "")
        if self.by_key:
            return (0, key, "")
        return (0, 0, label.casefold())


EVENT_DIMENSIONS = {
    dimension.name: dimension
    for dimension in (
        EventDimension("kind", OWN, ("kind",), choices=tuple(EventKind.choices)),
        EventDimension("status", OWN, ("status",), choices=tuple(EventStatus.choices)),
        EventDimension("year", OWN, ("date",), by_key=True),
        EventDimension("quarter", OWN, ("date", "date_precision"), by_key=True),
        EventDimension("party", PARTIES, ("organization", "counterparty", "parties__organization"), labelled=True),
        EventDimension("role", PARTIES, ("parties__role",), labelled=True, first=PRINCIPAL_ROLES),
        EventDimension("hypervisor", HYPERVISORS, ("hypervisors",), labelled=True),
    )
}

# The keys `ev` selects from the event's own row. An event dated only to its year has no quarter.
OWN_KEYS = {
    "kind": F("kind"),
    "status": F("status"),
    "year": ExtractYear("date"),
    "quarter": Case(
        When(date_precision=DatePrecision.YEAR, then=Value(None, output_field=CharField())),
        default=Concat(Cast(ExtractYear("date"), CharField()), Value("-Q"), Cast(ExtractQuarter("date"), CharField())),
        output_field=CharField(),
    ),
}


def _hypervisors() -> QuerySet:
    """`hv`: (event, hypervisor, its name) rows."""
    through = MarketEvent.hypervisors.through
    return through.objects.order_by().values(
        rep_event=F("marketevent_id"), rep_hypervisor=F("hypervisor__slug"), rep_hypervisor_label=F("hypervisor__name")
    )


def _in_role(events: QuerySet, field: str, role: str) -> QuerySet:
    """(event, organization, role) rows for the organizations in one of an event's own fields."""
    name = PartyRole.objects.filter(slug=role).values("name")[:1]
    return events.order_by().values(
        rep_event=F("pk"),
        rep_party=F(f"{field}__slug"),
        rep_party_label=F(f"{field}__name"),
        rep_role=Value(role, output_field=CharField()),
        rep_role_label=Subquery(name, output_field=CharField()),
    )


def _parties() -> QuerySet:
    """`pt`: every organization with a part in an event, in its role, from the three places parts are kept."""
    subjects = _in_role(MarketEvent.objects.all(), "organization", "subject")
    counterparties = _in_role(MarketEvent.objects.filter(counterparty__isnull=False), "counterparty", "counterparty")
    others = EventParty.objects.order_by().values(
        rep_event=F("event_id"),
        rep_party=F("organization__slug"),
        rep_party_label=F("organization__name"),
        rep_role=F("role__slug"),
        rep_role_label=F("role__name"),
    )
    return subjects.union(counterparties, others, all=True)


SOURCES = {HYPERVISORS: _hypervisors, PARTIES: _parties}


@dataclass(frozen=True)
class ValueRequest:
    """`value=<metric>` and `value_currency=<code>`: what to add up."""

    metric: Metric
    currency: str


def _value_request(params) -> ValueRequest | None:
    metrics, wanted = params.getlist("value"), params.getlist("value_currency")
    errors: dict[str, list[str]] = {}
    metric = None
    if len(metrics) > 1:
        errors["value"] = ["Name one metric to add up."]
    elif metrics:
        metric = Metric.objects.filter(slug=metrics[0]).first()
        if metric is None:
            known = ", ".join(Metric.objects.order_by("slug").values_list("slug", flat=True))
            errors["value"] = [f"Unknown metric {metrics[0]}; use one of {known}."]
    if wanted and not metrics:
        errors["value_currency"] = ["value_currency picks the currency of value: name the metric with value."]
    elif len(wanted) > 1 or (wanted and wanted[0].upper() not in currencies.CODES):
        errors["value_currency"] = ["Name one ISO 4217 currency code, e.g. USD."]
    if errors:
        raise ReportError(errors)
    return ValueRequest(metric, wanted[0].upper() if wanted else "") if metric else None


def _misfits(group_by, records, filters) -> dict[str, list[str]]:
    """What the request names that market events cannot be counted with, by parameter."""
    errors: dict[str, list[str]] = {}
    if set(records) - {EVENTS.name}:
        errors["records"] = ["Market events are counted on their own: ask for records=events alone."]
    for name in group_by:
        if name not in EVENT_DIMENSIONS:
            errors.setdefault("group_by", []).append(f"{name} does not apply to {EVENTS.title}.")
    for name in sorted(filters):
        if name not in EVENTS.filterset.base_filters:
            errors[name] = [f"{name} does not apply to {EVENTS.title}."]
    return errors


def _refuse_confidential(user, dimensions) -> None:
    """The one gate (adoption.confidential): no grouping walks through a field `user` may not see."""
    errors = [
        f"{dimension.name}: {message}"
        for dimension in dimensions
        for path in dimension.paths
        if (message := confidential.refusal(user, MarketEvent, path))
    ]
    if errors:
        raise ReportError({"group_by": errors})


def _used(events: QuerySet, asked: ValueRequest) -> tuple[QuerySet, Values]:
    """The figure used per event (selectors.figures), as a subquery, as the answer lists them, and summed."""
    chosen = figures.used_figures(events, asked.metric, asked.currency)
    rows = list(chosen.select_related("event", "unit", "source").order_by("event__slug"))
    kinds = {(figure.unit.slug, figure.currency) for figure in rows}
    if len(kinds) > 1:
        found = ", ".join(sorted(currency or unit for unit, currency in kinds))
        raise ReportError(
            {
                "value": [
                    f"The {asked.metric.slug} figures used are in more than one unit or currency ({found}), which are "
                    "never added together: pick a currency with value_currency."
                ]
            }
        )
    unit, currency = next(iter(kinds)) if kinds else (None, asked.currency)
    values = Values(
        metric=asked.metric.slug,
        rule=figures.RULE,
        unit=unit,
        currency=currency,
        total=sum((figures.counted_amount(figure) for figure in rows), Decimal(0)),
        events=len(rows),
        used=[_used_row(figure) for figure in rows],
    )
    return chosen.order_by().values(rep_event=F("event_id"), rep_value=figures.COUNTED_AMOUNT), values


def _used_row(figure) -> dict:
    return {
        "event": figure.event.slug,
        "figure": figure.pk,
        "amount": amount_text(figure.amount),
        "amount_to": None if figure.amount_to is None else amount_text(figure.amount_to),
        "qualifier": figure.qualifier,
        "unit": figure.unit.slug,
        "currency": figure.currency,
        "source": figure.source.slug if figure.source_id else None,
        "counted": amount_text(figures.counted_amount(figure)),
    }


def _sql(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.query.sql_with_params()
    return sql, list(params)


def _membership(events: QuerySet, dimensions, value_rows: QuerySet | None) -> tuple[str, list, list[str]]:
    """SQL of the distinct (cell, event) rows, its parameters, and the columns that name a cell."""
    own = {f"rep_{d.name}": OWN_KEYS[d.name] for d in dimensions if d.source == OWN}
    sql, params = _sql(events.order_by().values(rep_event=F("pk"), **own))
    joins = [f"({sql}) {OWN}"]
    for source in dict.fromkeys(d.source for d in dimensions if d.source != OWN):
        source_sql, source_params = _sql(SOURCES[source]())
        joins.append(f"LEFT JOIN ({source_sql}) {source} ON {source}.rep_event = {OWN}.rep_event")
        params += source_params
    cell: list[str] = []
    columns: list[str] = []
    for i, dimension in enumerate(dimensions):
        cell.append(f"k{i}")
        columns.append(f"{dimension.column} AS k{i}")
        if dimension.labelled:
            cell.append(f"l{i}")
            columns.append(f"{dimension.column}_label AS l{i}")
    columns.append(f"{OWN}.rep_event AS event")
    if value_rows is not None:
        value_sql, value_params = _sql(value_rows)
        joins.append(f"LEFT JOIN ({value_sql}) val ON val.rep_event = {OWN}.rep_event")
        params += value_params
        columns.append("val.rep_value AS value")
    # Fixed fragments and Django-compiled subqueries only: every value the user gave is in `params`.
    return f"SELECT DISTINCT {', '.join(columns)} FROM {' '.join(joins)}", params, cell  # noqa: S608


def _fetch(database: str, sql: str, params: list) -> list[dict]:
    with connections[database].cursor() as cursor:
        cursor.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _decimal(value) -> Decimal | None:
    """A sum as the database returns it (SQLite: a float) as a Decimal to four places."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.0001"))


def _count(events: QuerySet, dimensions, value_rows) -> tuple[list[dict], dict]:
    """The cells' rows (keys, labels, n, and the values) and, with two dimensions, each first-dimension group's n."""
    membership, params, cell = _membership(events, dimensions, value_rows)
    sums = ", COUNT(value) AS value_events, SUM(value) AS value_total" if value_rows is not None else ""
    group = ", ".join(cell)
    cells = f"SELECT {group}, COUNT(*) AS n{sums} FROM ({membership}) m GROUP BY {group}"  # noqa: S608 (as above)
    rows = _fetch(events.db, cells, params)
    groups: dict = {}
    if len(dimensions) > 1:
        totals = f"SELECT k0, COUNT(DISTINCT event) AS n FROM ({membership}) m GROUP BY k0"  # noqa: S608 (as above)
        groups = {_key(dimensions[0], row["k0"]): row["n"] for row in _fetch(events.db, totals, params)}
    return rows, groups


def _key(dimension: EventDimension, value):
    """A key as the report gives it: a year as a number whatever type the database returns."""
    return int(value) if dimension.name == "year" and value is not None else value


def _cell(dimensions, row: dict, groups: dict, total: int, values: Values | None) -> dict:
    cell: dict = {}
    for i, dimension in enumerate(dimensions):
        key = _key(dimension, row[f"k{i}"])
        cell[dimension.name] = key
        cell[f"{dimension.name}_label"] = dimension.label(key, row.get(f"l{i}"))
    n = row["n"]
    of = groups.get(cell[dimensions[0].name], 0) if len(dimensions) > 1 else total
    cell.update({EVENTS.name: n, "n": n, "of": of, "share": round(n / of, 4) if of else None, "suppressed": False})
    if values is not None:
        summed = _decimal(row["value_total"]) if row["value_events"] else None
        cell["value_total"] = None if summed is None else amount_text(summed)
        cell["value_events"] = row["value_events"]
    return cell


def event_report(group_by: tuple[str, ...], records: tuple[str, ...], filters, params, user, request, demo: str):
    """The events report `params` asks for (already parsed by selectors.reports), as `user` may see it.

    Raises ReportError for parameters that make no events report.
    """
    errors = _misfits(group_by, records, filters)
    if errors:
        raise ReportError(errors)
    asked = _value_request(params)
    dimensions = [EVENT_DIMENSIONS[name] for name in group_by[:MAX_DIMENSIONS]]
    _refuse_confidential(user, dimensions)
    events = filtered(EVENTS, params, filters, request, demo)
    value_rows, values = None, None
    if asked is not None:
        value_rows, values = _used(events, asked)
    rows, groups = _count(events, dimensions, value_rows)
    total = events.count()
    cells = [_cell(dimensions, row, groups, total, values) for row in rows]
    cells.sort(key=lambda cell: [d.sort_key(cell[d.name], cell[f"{d.name}_label"]) for d in dimensions])
    return Report(
        group_by=group_by,
        records=(EVENTS.name,),
        min_count=settings.ADOPTION_REPORT_MIN_COUNT,
        total={EVENTS.name: total, "n": total},
        cells=cells,
        synthetic=demo,
        values=values,
    )
