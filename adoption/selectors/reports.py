"""Adoption reports: case studies and survey responses counted by one or two dimensions.

`adoption_report()` is the one implementation behind `/api/reports/adoption/`, its CSV
and the dashboard. Everything is counted in the database: per kind of record, one
GROUP BY query for the cells and one for the totals the shares are taken of; Python
only merges and orders those few aggregated rows.

Market events are counted too, on their own (selectors.event_reports): when the request
says `records=events`, or, with no `records`, names a dimension or a filter that only
events have (`group_by=kind`, `party=...`). A request that names none counts case studies
and survey responses exactly as before events could be counted, so no answer changed:
`group_by=year` still counts deployments and responses, never events.

- A record counts once in each cell it falls in. A deployment with a Linux and a
  Windows guest counts under both families, so shares over a many-valued dimension
  (guest OS family, purpose, a response's hypervisors) can add up to more than 100%.
- `share` is `n / of`. With one dimension, `of` is every record counted; with two, it
  is the records in the cell's first-dimension group, so `group_by=hypervisor,stage`
  gives each hypervisor's stage mix.
- A record with no value for a dimension (a bare-metal deployment's host OS) falls in
  a cell whose value is null.
- Filters are the list endpoints' own (filters.filterset_for),
  applied to whole records: `guest_os_family=windows` keeps deployments with a Windows
  guest and then counts all of their guests' families.
- Survey responses: `year` is the year the survey was fielded; `stage` is the
  response's overall stage, or, grouped with `hypervisor` or `hypervisor_vendor`, the
  stage of that hypervisor.
- Demo data (records flagged `synthetic`, written by generate_demo_data) is left out
  unless asked for: `synthetic=false` (the default) counts real records only,
  `synthetic=true` demo data only, `synthetic=include` real and demo data together. The
  report says which in its `synthetic` key ("excluded", "only" or "included").
- Disclosure control: for users who may not see respondents, a response count from 1
  to `ADOPTION_REPORT_MIN_COUNT - 1` is withheld (with `n`, `of` and `share` that would
  give it away), and the cell is marked suppressed; then any cell or total that would
  give a withheld one back by subtraction is withheld too (selectors.disclosure). Case
  studies are public and never withheld.
- A report that counts survey responses alone gives intervals, weighted shares and tests
  (selectors.survey_stats).
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, F, QuerySet
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django_countries import countries

from .. import confidential
from ..choices import OSFamily, SizeBand, Stage
from ..dates import out_of_range
from ..models import Deployment, StageObservation, Survey, SurveyResponse
from ..models.base import restated
from ..models.surveys import RESPONDENT_PERMISSION
from . import stage_tallies, tallies
from .disclosure import withhold_complements
from .event_reports import EVENT_DIMENSIONS, EVENTS, event_report

# What the API, the dashboard and the docs' tests have always imported from here, still here.
from .reporting import DEMO_DATA as DEMO_DATA
from .reporting import DEMO_DATA_HELP as DEMO_DATA_HELP
from .reporting import MAX_DIMENSIONS as MAX_DIMENSIONS
from .reporting import REPORT_PARAMETERS as REPORT_PARAMETERS
from .reporting import Kind as Kind
from .reporting import Report as Report
from .reporting import ReportError as ReportError
from .reporting import cell_key, demo_data, filtered, names
from .stages import deployments_known_on, history_misfits, observations_known_on
from .survey_stats import Weights, annotate, reweigh, survey_statistics, weight_sums, weighted_only
from .trends import DEFAULT_GRANULARITY, DEFAULT_STAGE, GRANULARITIES, Trend, period_label, trend_counts

# The kinds counted side by side; market events (EVENTS) are counted on their own (event_reports).
RECORDS = {
    "deployments": Kind("deployments", "case studies (deployments)", Deployment),
    "responses": Kind("responses", "survey responses", SurveyResponse),
}
KINDS = {**RECORDS, EVENTS.name: EVENTS}


@dataclass(frozen=True)
class Dimension:
    """Something to group by: per kind, the ORM path of its key and of its label."""

    name: str
    keys: dict  # kind name -> path or expression of the key
    labels: dict = field(default_factory=dict)  # kind name -> path of a related record's name
    choices: tuple = ()  # (value, label) in their natural order, for a choice field
    numeric: bool = False
    many: tuple = ()  # the kinds for which the key's path crosses a one-to-many relation

    def per_hypervisor(self, kind: str, group_by: tuple[str, ...]) -> bool:
        return (
            self.name == "stage" and kind == "responses" and bool({"hypervisor", "hypervisor_vendor"} & set(group_by))
        )

    def key(self, kind: str, group_by: tuple[str, ...]):
        if self.per_hypervisor(kind, group_by):
            return F("hypervisors__stage")
        key = self.keys[kind]
        return F(key) if isinstance(key, str) else key

    def is_many(self, kind: str, group_by: tuple[str, ...]) -> bool:
        """Whether a record can have several values: then it must be counted once per cell, not per row."""
        return kind in self.many or self.per_hypervisor(kind, group_by)

    def paths(self, kind: str) -> list[str]:
        """The field paths this dimension walks for `kind`, for the confidentiality gate."""
        found = [self.labels[kind]] if kind in self.labels else []
        # Every key the dimension can group `kind` by, the per-hypervisor stage included.
        pending = [self.keys[kind], self.key(kind, ("hypervisor",))]
        while pending:
            item = pending.pop()
            if isinstance(item, str | F):
                # django-stubs does not declare F.name, the field path it holds.
                found.append(item if isinstance(item, str) else item.name)  # type: ignore[attr-defined]
            else:
                pending.extend(item.get_source_expressions())
        return found

    def label(self, key, row_label) -> str:
        if key is None:
            return "(none)"
        if self.choices:
            return dict(self.choices).get(key, str(key))
        if self.name == "country":
            return countries.name(key) or key
        return str(row_label if row_label is not None else key)

    def sort_key(self, key, label: str):
        if key is None:
            return (1, 0, "")
        if self.choices:
            return (0, [value for value, _ in self.choices].index(key), "")
        if self.numeric:
            return (0, key, "")
        return (0, 0, label.casefold())


DIMENSIONS = {
    dimension.name: dimension
    for dimension in (
        Dimension(
            "hypervisor",
            {"deployments": "hypervisor__slug", "responses": "hypervisors__hypervisor__slug"},
            {"deployments": "hypervisor__name", "responses": "hypervisors__hypervisor__name"},
            many=("responses",),
        ),
        Dimension(
            "hypervisor_vendor",
            {"deployments": "hypervisor__vendor__slug", "responses": "hypervisors__hypervisor__vendor__slug"},
            {"deployments": "hypervisor__vendor__name", "responses": "hypervisors__hypervisor__vendor__name"},
            many=("responses",),
        ),
        Dimension("host_os", {"deployments": "host_os__slug"}, {"deployments": "host_os__name"}),
        Dimension(
            "guest_os_family",
            {"deployments": "guests__operating_system__family", "responses": "guest_families__family"},
            choices=tuple(OSFamily.choices),
            many=("deployments", "responses"),
        ),
        Dimension("stage", {"deployments": "stage", "responses": "stage"}, choices=tuple(Stage.choices)),
        Dimension(
            "purpose",
            {"deployments": "purposes__slug", "responses": "purposes__slug"},
            {"deployments": "purposes__name", "responses": "purposes__name"},
            many=("deployments", "responses"),
        ),
        Dimension(
            "industry",
            {"deployments": "customer__industry__slug", "responses": "industry__slug"},
            {"deployments": "customer__industry__name", "responses": "industry__name"},
        ),
        Dimension("country", {"deployments": "customer__country", "responses": "country"}),
        Dimension(
            "year",
            {"deployments": ExtractYear("reported_on"), "responses": ExtractYear("survey__fielded_from")},
            numeric=True,
        ),
        Dimension("linux_years", {"responses": "linux_years"}, numeric=True),
        Dimension("size_band", {"responses": "size_band"}, choices=tuple(SizeBand.choices)),
        # Trends (selectors.trends): deployments at or past a stage at the end of each period.
        Dimension("period", {"deployments": "reported_on"}),
        # Survey waves: each survey a wave, in the order fielded; compare those of one series (series=...).
        Dimension("wave", {"responses": "survey__slug"}, {"responses": "survey__title"}),
    )
}


def _parse(params) -> tuple[tuple[str, ...], tuple[str, ...], bool, set[str]]:
    errors: dict[str, list[str]] = {}
    group_by = names(params, "group_by")
    every = {**DIMENSIONS, **EVENT_DIMENSIONS}
    known = ", ".join(every)
    if not group_by:
        errors["group_by"] = [f"Name one or two dimensions to group by: {known}."]
    elif len(group_by) > MAX_DIMENSIONS:
        errors["group_by"] = [f"Group by at most {MAX_DIMENSIONS} dimensions; {len(group_by)} were given."]
    elif unknown := [name for name in group_by if name not in every]:
        errors["group_by"] = [f"Unknown dimension {', '.join(unknown)}; use {known}."]
    records = names(params, "records")
    if unknown := [name for name in records if name not in KINDS]:
        errors["records"] = [f"Unknown records {', '.join(unknown)}; use {', '.join(KINDS)}."]
    filters = {name for name in params if name not in REPORT_PARAMETERS}
    for name in sorted(filters):
        if not any(name in kind.filterset.base_filters for kind in KINDS.values()):
            errors[name] = [
                "Unknown filter: reports take the filters of /api/deployments/, /api/survey-responses/ "
                "and /api/events/."
            ]
    if params.getlist("layout") not in ([], ["long"], ["wide"]):
        errors["layout"] = ["long (a row per cell, the default) or wide (CSV: a column per second dimension's value)."]
    if errors:
        raise ReportError(errors)
    return tuple(group_by), tuple(records), bool(records), filters


def _counts_events(group_by, records, filters) -> bool:
    """Whether the request is for market events: asked for by name, or by a dimension or filter only they have.

    Any other request counts what it counted before events could be counted: case studies
    and survey responses, by the rule of `_kinds`.
    """
    if records:
        return EVENTS.name in records
    only_events = [name for name in group_by if name not in DIMENSIONS] + [
        name for name in filters if not any(name in kind.filterset.base_filters for kind in RECORDS.values())
    ]
    return bool(only_events)


def _kinds(group_by, records, chosen: bool, filters) -> tuple[str, ...]:
    """The kinds to count: those asked for, or by default each kind the grouping and filters apply to."""

    def misfits(kind: Kind) -> list[str]:
        return [name for name in group_by if kind.name not in DIMENSIONS[name].keys] + sorted(
            name for name in filters if name not in kind.filterset.base_filters
        )

    if chosen:
        errors: dict[str, list[str]] = {}
        for name in records:
            for misfit in misfits(KINDS[name]):
                errors.setdefault("group_by" if misfit in group_by else misfit, []).append(
                    f"{misfit} does not apply to {KINDS[name].title}."
                )
        if errors:
            raise ReportError(errors)
        return records
    fitting = tuple(name for name, kind in RECORDS.items() if not misfits(kind))
    if not fitting:
        raise ReportError({"group_by": ["No kind of record has all of these dimensions and filters together."]})
    return fitting


def _refuse_values(params) -> None:
    """`value` adds up figures, which only market events have."""
    errors = {
        name: [f"{name} adds up figures of market events: ask for records=events."]
        for name in ("value", "value_currency")
        if name in params
    }
    if errors:
        raise ReportError(errors)


def _refuse_confidential(user, kinds, dimensions) -> None:
    """The one gate (adoption.confidential): no grouping walks through a field `user` may not see."""
    errors: dict[str, list[str]] = {}
    for name in kinds:
        for dimension in dimensions:
            for path in dimension.paths(name):
                if message := confidential.refusal(user, KINDS[name].model, path):
                    errors.setdefault("group_by", []).append(f"{dimension.name}: {message}")
    if errors:
        raise ReportError(errors)


def _counts(queryset: QuerySet, keys: dict, distinct: bool) -> list[dict]:
    # COUNT(DISTINCT) sorts every row; a plain COUNT(*) hashes, several times faster, and is
    # exact when no key crosses a one-to-many relation (filters are a subquery: no joins).
    return list(queryset.order_by().values(**keys).annotate(n=Count("pk", distinct=distinct)))


KNOWN_ON_COUNTS = "known_on counts case studies (deployments) from their history; leave it out for other records."


def _moment(params) -> tuple[datetime.datetime | None, datetime.date | None]:
    """`known_on` (a date-time; a date alone means the end of that day) and `as_of`, parsed."""
    errors: dict[str, list[str]] = {}
    moment = day = None
    if "known_on" in params:
        moment = known_on_moment(params.getlist("known_on"), errors)
    if "as_of" in params:
        day = _parsed(params, "as_of", forms.DateField(), errors)
        if day is not None and (problem := out_of_range(day)):
            errors["as_of"] = [problem]
    if errors:
        raise ReportError(errors)
    return moment, day


def known_on_moment(values: list[str], errors: dict) -> datetime.datetime | None:
    """A `known_on` value as a moment: a date and time (in the server's time zone unless it says), or a
    date alone, which means the end of that day. Problems go to `errors`."""
    if len(values) != 1:
        errors["known_on"] = ["Give known_on once."]
        return None
    text = values[0].strip()
    try:
        moment = datetime.datetime.combine(forms.DateField().clean(text), datetime.time.max)
    except ValidationError:
        try:
            moment = forms.DateTimeField().clean(text)
        except ValidationError:
            errors["known_on"] = ["Enter a date or a date and time: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]."]
            return None
    if ":" not in text:  # a date written some other way than YYYY-MM-DD: still the end of that day
        moment = datetime.datetime.combine(moment.date(), datetime.time.max, tzinfo=moment.tzinfo)
    if problem := out_of_range(moment.date()):
        errors["known_on"] = [problem]
        return None
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _parsed(params, name: str, field: forms.Field, errors: dict):
    values = params.getlist(name)
    if len(values) != 1:
        errors[name] = [f"Give {name} once."]
        return None
    try:
        return field.clean(values[0].strip())
    except ValidationError as exc:
        errors[name] = [
            f"{message} (YYYY-MM-DD{'' if name == 'as_of' else ' or YYYY-MM-DDTHH:MM:SS'})" for message in exc.messages
        ]
        return None


def _as_recorded(kinds, chosen: bool, dimensions, filters) -> tuple[str, ...]:
    """With known_on: the deployments only, by what their history rows hold."""
    filterset = KINDS["deployments"].filterset
    misfits = [f"group_by={d.name}" for d in dimensions if "deployments" not in d.keys]
    misfits += sorted(name for name in filters if name not in filterset.base_filters)
    if (chosen and set(kinds) - {"deployments"}) or misfits:
        raise ReportError({"known_on": [KNOWN_ON_COUNTS + (f" Not: {', '.join(misfits)}." if misfits else "")]})
    paths = {f"group_by={d.name}": path for d in dimensions for path in d.paths("deployments")}
    paths.update({name: filterset.base_filters[name].field_name for name in filters})
    refused = history_misfits(Deployment, paths)
    if refused:
        raise ReportError({name.split("=")[0]: [message] for name, message in refused.items()})
    if "deployments" not in kinds:
        raise ReportError({"known_on": [KNOWN_ON_COUNTS]})
    return ("deployments",)


def _restated(key, queryset: QuerySet):
    """A field the filters restate on this queryset (a stage as of a date) is read as restated."""
    # django-stubs does not declare F.name, the field path it holds.
    name = str(getattr(key, "name", ""))
    if isinstance(key, F) and restated(name) in queryset.query.annotations:
        return F(restated(name))
    return key


def adoption_report(params, user, request=None) -> Report:
    """The report `params` (a QueryDict of the API's parameters) asks for, as `user` may see it.

    Raises ReportError for parameters that make no report.
    """
    group_by, records, chosen, filters = _parse(params)
    demo = demo_data(params)
    moment, day = _moment(params)
    if _counts_events(group_by, records, filters):
        if moment is not None:
            raise ReportError({"known_on": [KNOWN_ON_COUNTS]})
        return event_report(group_by, records, filters, params, user, request, demo)
    _refuse_values(params)
    kinds = _kinds(group_by, records, chosen, filters)
    dimensions = [DIMENSIONS[name] for name in group_by]
    _refuse_confidential(user, kinds, dimensions)
    history = None
    if moment is not None:
        kinds = _as_recorded(kinds, chosen, dimensions, filters)
        history = deployments_known_on(moment, day)
    stated = _stated(params, moment, day)
    trend = _trend(params, group_by, filters, day)
    if trend is not None:
        queryset = filtered(KINDS["deployments"], params, filters, request, demo, history)
        observations = StageObservation.objects.all() if moment is None else observations_known_on(moment)
        from_counts = history is None and not filters and tallies.kept_current()
        cells, total = _trend_cells(queryset, observations, trend, dimensions, group_by, demo if from_counts else None)
        stated.update(period=trend.granularity, reached=trend.stage)
        return Report(
            group_by=group_by,
            records=("deployments",),
            min_count=settings.ADOPTION_REPORT_MIN_COUNT,
            total={"deployments": total, "n": total},
            cells=cells,
            synthetic=demo,
            stated=stated,
            trend=True,
        )
    return _report(group_by, kinds, dimensions, filters, params, user, request, demo, history, stated)


def _report(group_by, kinds, dimensions, filters, params, user, request, demo, history, stated) -> Report:
    """Case studies and survey responses counted by one or two dimensions."""
    survey = survey_statistics(params, kinds, group_by, dimensions)
    counted = _count(group_by, kinds, dimensions, filters, params, request, demo, history, survey, stated)
    sees_all = user.has_perm(RESPONDENT_PERMISSION)
    min_count = settings.ADOPTION_REPORT_MIN_COUNT

    def withheld(counts: dict) -> bool:
        return not sees_all and 0 < counts.get("responses", 0) < min_count

    if "left_out" in stated and withheld({"responses": stated["left_out"]}):
        # A count of responses like a cell's: the filters and a weighting dimension left unanswered define it.
        stated["left_out"] = None
    rows = _rows(counted, dimensions, kinds, withheld)
    total_given_away = withhold_complements(rows, dimensions)
    if counted.weights is not None:
        reweigh(rows, dimensions, counted.weights)
    waves = group_by[0] == "wave"
    if waves:
        rows = _between_waves(rows, dimensions, kinds)
    if survey is not None:
        survey = survey.of_one_series(rows)
        annotate(rows, dimensions, survey)
        stated.update(survey.stated())
    for row in rows:
        row["share"] = None if row["share"] is None else round(row["share"], 4)
    total = counted.total
    total_withheld = withheld(total) or total_given_away
    shown_total = {name: (None if name == "responses" and total_withheld else count) for name, count in total.items()}
    shown_total["n"] = None if total_withheld else sum(total.values())
    return Report(
        group_by=group_by,
        records=kinds,
        min_count=min_count,
        total=shown_total,
        cells=rows,
        synthetic=demo,
        stated=stated,
        trend=waves,
        statistics=tuple(survey.columns) if survey is not None else (),
    )


@dataclass
class Counted:
    """A report's counts, per kind of record: per cell, per first-dimension group (two dimensions) and in all."""

    cells: dict[tuple, dict]
    groups: dict[str, dict]
    total: dict[str, int]
    weights: Weights | None = None  # weighted survey reports: the sums of the weights


def _count(group_by, kinds, dimensions, filters, params, request, demo, history, survey, stated) -> Counted:
    counted = Counted(cells={}, groups={kind: {} for kind in kinds}, total=dict.fromkeys(kinds, 0))
    weighted = survey is not None and survey.weighted
    kept = history is None and not weighted and tallies.kept_current()
    for name in kinds:
        where = _one_value_filter(name, group_by, filters, params, request, demo)
        if kept and (where or not filters) and tallies.serves(name, group_by):
            # The running counts have every cell (selectors.tallies), whatever the table's size.
            read = tallies.counts(name, group_by, demo, where=where)
            cells, total, groups = read.cells, read.total, read.groups
        else:
            cells, total, groups = _count_records(name, group_by, dimensions, filters, params, request, demo, history,
                                                  weighted, counted, stated)  # fmt: skip
        for row in cells:
            key = tuple(cell_key(row[f"key{i}"]) for i in range(len(dimensions)))
            cell = counted.cells.setdefault(key, {"labels": {}, "counts": dict.fromkeys(kinds, 0)})
            cell["counts"][name] += row["n"]
            for i in range(len(dimensions)):
                cell["labels"].setdefault(i, row.get(f"label{i}"))
        counted.total[name] = total
        if len(dimensions) > 1:
            counted.groups[name] = {cell_key(row["key0"]): row["n"] for row in groups}
    return counted


def _one_value_filter(name, group_by, filters, params, request, demo) -> tuple[str, str] | None:
    """(dimension, slug) when the report's one filter keeps the records with one value of a dimension (one
    hypervisor, vendor, host OS, purpose or industry) and its one dimension can be read beside it."""
    if len(filters) != 1 or len(group_by) != 1:
        return None
    (dimension,) = filters
    values = params.getlist(dimension)
    known = KINDS[name].filterset.base_filters.get(dimension)
    if (
        len(values) != 1
        or "," in values[0]
        or values[0] != values[0].strip()
        or dimension not in DIMENSIONS
        or known is None
        or known.field_name != DIMENSIONS[dimension].keys.get(name)
        or not tallies.fits_filter(name, group_by[0], dimension)
    ):
        return None
    filtered(KINDS[name], params, filters, request, demo)  # a value the filter refuses is a 400, as before
    return dimension, values[0]


def _count_records(name, group_by, dimensions, filters, params, request, demo, history, weighted, counted, stated):
    """One kind's cells, total and first-dimension groups, counted from its records."""
    queryset = filtered(KINDS[name], params, filters, request, demo, history if name == "deployments" else None)
    if weighted:
        queryset, stated["left_out"] = weighted_only(queryset)
    keys = {f"key{i}": _restated(dimension.key(name, group_by), queryset) for i, dimension in enumerate(dimensions)}
    if weighted:
        counted.weights = weight_sums(queryset, keys, len(dimensions) > 1)
    labels = {
        f"label{i}": F(dimension.labels[name]) for i, dimension in enumerate(dimensions) if name in dimension.labels
    }
    many = [dimension.is_many(name, group_by) for dimension in dimensions]
    cells = _counts(queryset, {**keys, **labels}, distinct=any(many))
    groups = _counts(queryset, {"key0": keys["key0"]}, many[0]) if len(dimensions) > 1 else []
    return cells, queryset.count(), groups


def _rows(counted: Counted, dimensions, kinds, withheld) -> list[dict]:
    """A row per cell, each with its share of its base (unrounded), and what is withheld of it."""
    rows = []
    for key, cell in counted.cells.items():
        row = {}
        for i, dimension in enumerate(dimensions):
            row[dimension.name] = key[i]
            row[f"{dimension.name}_label"] = dimension.label(key[i], cell["labels"].get(i))
        counts = cell["counts"]
        if len(dimensions) > 1:
            base = {name: counted.groups[name].get(key[0], 0) for name in kinds}
        else:
            base = counted.total
        suppressed, base_withheld = withheld(counts), withheld(base)
        n, of = sum(counts.values()), sum(base.values())
        row.update(counts)
        if suppressed:
            row["responses"] = None
        row["n"] = None if suppressed else n
        row["of"] = None if base_withheld else of
        row["share"] = None if suppressed or base_withheld or not of else n / of
        row["suppressed"] = suppressed
        rows.append(row)
    rows.sort(key=lambda row: [d.sort_key(row[d.name], row[f"{d.name}_label"]) for d in dimensions])
    return rows


def _between_waves(rows: list[dict], dimensions, kinds) -> list[dict]:
    """Waves in the order they were fielded, every wave with every value of the second dimension (a zero
    where none answered so), and each cell's `change`: its share minus the previous wave's, when both are
    shown (a withheld cell has none, and gives none to the next wave)."""
    fielded = dict(Survey.objects.filter(slug__in={row["wave"] for row in rows}).values_list("slug", "fielded_from"))
    if len(dimensions) > 1:
        second = dimensions[1].name
        values = {row[second]: row[f"{second}_label"] for row in rows}
        present = {(row["wave"], row[second]) for row in rows}
        for wave in {row["wave"]: row for row in rows}.values():
            base = wave["of"]
            for value, label in values.items():
                if (wave["wave"], value) not in present:
                    zero = dict.fromkeys(kinds, 0)
                    rows.append(
                        {
                            "wave": wave["wave"],
                            "wave_label": wave["wave_label"],
                            second: value,
                            f"{second}_label": label,
                            **zero,
                            "n": 0,
                            "of": base,
                            "share": 0.0 if base else None,
                            "suppressed": False,
                            # A weighted report's effective base is the wave's, as its other cells'.
                            **({"effective_of": wave["effective_of"]} if "effective_of" in wave else {}),
                        }
                    )
    rows.sort(
        key=lambda row: [
            fielded.get(row["wave"]) or datetime.date.max,
            *(d.sort_key(row[d.name], row[f"{d.name}_label"]) for d in dimensions[1:]),
        ]
    )
    previous: dict = {}
    for row in rows:
        key = row[dimensions[1].name] if len(dimensions) > 1 else None
        before = previous.get(key)
        row["change"] = round(row["share"] - before, 4) if row["share"] is not None and before is not None else None
        previous[key] = row["share"]
    return rows


def _stated(params, moment, day) -> dict:
    stated = {}
    if day is not None:
        stated["as_of"] = day.isoformat()
    if moment is not None:
        stated["known_on"] = moment.isoformat()
    return stated


TREND_ONLY = ("period", "reached")


def _trend(params, group_by, filters, day) -> Trend | None:
    """What a trend (group_by=period) counts, or None for any other report; ReportError for what makes none."""
    if "period" not in group_by:
        if given := [name for name in TREND_ONLY if name in params]:
            raise ReportError({name: ["Only a trend takes this: group_by=period."] for name in given})
        return None
    errors: dict[str, list[str]] = {}
    if group_by[0] != "period":
        errors["group_by"] = ["period comes first: group_by=period or group_by=period,<dimension>."]
    elif len(group_by) > 1 and (group_by[1] == "stage" or DIMENSIONS[group_by[1]].is_many("deployments", group_by)):
        errors["group_by"] = [
            f"A trend counts deployments at or past one stage (reached=...), each once per period: "
            f"group it by a dimension each deployment has one value of, not {group_by[1]}."
        ]
    if refused := sorted(name for name in filters if name in ("stage", "stage__n")):
        errors.update({name: ["A trend counts deployments at or past the stage named by reached."] for name in refused})
    granularity = _one_of(params, "period", tuple(GRANULARITIES), DEFAULT_GRANULARITY, errors)
    stage = _one_of(params, "reached", tuple(Stage.values), DEFAULT_STAGE, errors)
    if errors:
        raise ReportError(errors)
    return Trend(granularity=granularity, stage=stage, until=day)


def _one_of(params, name: str, allowed: tuple[str, ...], default: str, errors: dict) -> str:
    values = params.getlist(name)
    if not values:
        return default
    if len(values) > 1 or values[0] not in allowed:
        errors[name] = [f"One of {', '.join(allowed)}."]
    return values[0]


def _trend_from_counts(trend: Trend, demo: str, second: str | None):
    """trend_counts and the second dimension's labels, read from the running counts (selectors.stage_tallies)."""
    periods, by_id, reported = stage_tallies.trend_counts(trend, demo, second)
    if second is None:
        return periods, by_id, reported, {None: None}
    every = tallies.counts("deployments", [second], demo).cells  # every value the deployments have
    named = tallies.keys_of(second, {key for _, key in by_id})
    counts = {(period, named[key][0] if key in named else None): n for (period, key), n in by_id.items()}
    return periods, counts, reported, {cell["key0"]: cell["label0"] for cell in every}


def _trend_cells(deployments: QuerySet, observations: QuerySet, trend: Trend, dimensions, group_by, demo):
    """One cell per period and value of the second dimension (every value the deployments counted have),
    zeros included, with the change from the period before. `demo`: the report's, when every deployment of
    it is counted as it is now (then a trend by period, or by period and hypervisor, reads the counts)."""
    second = dimensions[1] if len(dimensions) > 1 else None
    key = second.key("deployments", group_by) if second else None
    if demo is not None and trend.until is None and (second is None or second.name in stage_tallies.KEYS):
        periods, counts, reported, labels = _trend_from_counts(trend, demo, second.name if second else None)
    else:
        periods, counts, reported = trend_counts(deployments, observations, trend, key)
        labels = {None: None}
        if second is not None:
            label = F(second.labels["deployments"]) if "deployments" in second.labels else key
            labels = dict(deployments.order_by().annotate(k=key, l=label).values_list("k", "l").distinct())
    keys = sorted(
        labels,
        key=lambda value: second.sort_key(value, second.label(value, labels.get(value))) if second else 0,
    )
    cells: list[dict] = []
    previous: dict = {}
    for period in periods:
        of = sum(counts.get((period, key), 0) for key in keys) if second else reported[period]
        for value in keys:
            n = counts.get((period, value), 0)
            cell: dict[str, Any] = {
                "period": period.isoformat(),
                "period_label": period_label(period, trend.granularity),
            }
            if second is not None:
                cell.update({second.name: value, f"{second.name}_label": second.label(value, labels.get(value))})
            cell.update(
                deployments=n,
                n=n,
                of=of,
                share=round(n / of, 4) if of else None,
                change=n - previous[value] if value in previous else None,
                suppressed=False,
            )
            previous[value] = n
            cells.append(cell)
    last = periods[-1] if periods else None
    return cells, sum(counts.get((last, key), 0) for key in keys)
