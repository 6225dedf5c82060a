"""What a survey report adds to its counts: intervals, weights and tests (adoption.stats does the statistics).

A report that counts survey responses alone (records=responses, or dimensions only
responses have) gives each cell, besides `n`, `of` and `share`:

- `ci_low` and `ci_high`: the Wilson interval of the share at `confidence` (default 0.95).
- With `weighted=true`: `share` is the weighted share (the sum of the weights of the
  cell's responses over the sum of its base's), `n` and `of` stay the unweighted counts,
  and `effective_of` is the base's effective size (Kish), which the interval and the tests
  take as their n. Only weighted responses count: a survey with no weighting run is refused
  (its responses would count at no weight), and the responses a run left out (no value for
  a weighting dimension) are counted in the report's `left_out`.
- Across waves (group_by=wave,dimension): `p_value` and `significant` for each cell's
  `change` from the previous wave (waves alone have no test: each wave's share is of all
  of them).
- With `versus=<value>` and two dimensions: each cell's `difference` from the cell of the
  group named, with the same value of the second dimension, and its `p_value` and
  `significant`: `group_by=size_band,hypervisor&versus=1-99` compares each size band's
  share of each hypervisor with the smallest firms'.

The tests are `stats.TEST`; a cell withheld to protect respondents has no interval, no
difference and no test, and gives none to the cells compared with it.
"""

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from django.db import connections
from django.db.models import F, FloatField, QuerySet, Sum
from django.db.models.functions import Cast

from .. import stats
from ..choices import parse_boolean
from ..models import Survey
from .reporting import ReportError, cell_key

LEVELS = (Decimal("0.5"), Decimal("0.999"))
SURVEY_ONLY = "Intervals, weights and tests are for survey responses counted alone: ask for records=responses."


@dataclass(frozen=True)
class SurveyStatistics:
    level: Decimal
    weighted: bool
    versus: str | None  # a value of the first dimension, as the query string gives it
    waves: bool  # group_by=wave,<dimension>: each cell tested against the previous wave
    untested: str = ""  # why waves asked to be tested are not (they are not of one series)

    @property
    def columns(self) -> list[str]:
        columns = ["ci_low", "ci_high"] + (["effective_of"] if self.weighted else [])
        if self.versus is not None:
            columns.append("difference")
        if self.versus is not None or self.waves:
            columns += ["p_value", "significant"]
        return columns

    def stated(self) -> dict:
        stated: dict = {"confidence": str(self.level), "interval": stats.INTERVAL_METHOD, "weighted": self.weighted}
        if self.versus is not None or self.waves:
            stated["test"] = stats.TEST
        if self.versus is not None:
            stated["versus"] = self.versus
        if self.untested:
            stated["test"] = self.untested
        return stated

    def of_one_series(self, rows: list[dict]) -> "SurveyStatistics":
        """Waves are tested against each other only when they are waves of one series: surveys of different
        populations, or surveys that name no series, differ for reasons no test of chance measures."""
        if not self.waves:
            return self
        series = set(Survey.objects.filter(slug__in={row["wave"] for row in rows}).values_list("series", flat=True))
        if len(series) == 1 and "" not in series:
            return self
        named = ", ".join(sorted(name for name in series if name)) or "none"
        return replace(
            self,
            waves=False,
            untested=f"none: the surveys counted are not waves of one series (series: {named}); add series=<slug>.",
        )


def survey_statistics(params, kinds: tuple[str, ...], group_by: tuple[str, ...], dimensions) -> SurveyStatistics | None:
    """What the request asks of a survey report; None for a report that counts other records too."""
    asked = [name for name in ("confidence", "weighted", "versus") if name in params]
    if kinds != ("responses",):
        if asked:
            raise ReportError({name: [SURVEY_ONLY] for name in asked})
        return None
    errors: dict[str, list[str]] = {}
    level = _level(params.getlist("confidence"), errors)
    weighted = False
    if "weighted" in params:
        values = params.getlist("weighted")
        flag = parse_boolean(values[0]) if len(values) == 1 else None
        if flag is None:
            errors["weighted"] = ["true or false, once."]
        weighted = bool(flag)
    versus = None
    if "versus" in params:
        values = params.getlist("versus")
        if len(values) != 1:
            errors["versus"] = ["Give versus once: a value of the first dimension to compare each group with."]
        elif len(dimensions) != 2 or group_by[0] == "wave":
            errors["versus"] = [
                "versus compares groups of the first dimension, value by value of the second: group by two "
                "dimensions, e.g. group_by=size_band,hypervisor&versus=1-99 (waves are compared with the one before)."
            ]
        elif dimensions[0].is_many("responses", group_by):
            errors["versus"] = [
                f"A response can be in several {group_by[0]} groups, so they are not independent samples and the "
                "test does not apply: compare groups of a dimension each response has one value of."
            ]
        versus = values[0]
    if errors:
        raise ReportError(errors)
    # Waves alone, a wave's share is of all the waves' responses: the shares come from one base and add up to
    # one, no independent samples, so a test of their change would print a p-value that means nothing.
    waves = group_by[0] == "wave" and len(group_by) > 1
    return SurveyStatistics(level=level, weighted=weighted, versus=versus, waves=waves)


def _level(values: list[str], errors: dict) -> Decimal:
    if not values:
        return stats.DEFAULT_LEVEL
    try:
        level = Decimal(values[0]) if len(values) == 1 else None
    except InvalidOperation:
        level = None
    if level is None or not level.is_finite() or not LEVELS[0] <= level <= LEVELS[1]:
        errors["confidence"] = [f"A confidence level from {LEVELS[0]} to {LEVELS[1]}, once (e.g. 0.95)."]
        return stats.DEFAULT_LEVEL
    return level


def weighted_only(queryset: QuerySet) -> tuple[QuerySet, int]:
    """The weighted responses of `queryset`, and how many the weighting left out; ReportError when a survey
    among them was never weighted."""
    unweighted = sorted(
        set(queryset.filter(survey__weighting_runs__isnull=True).values_list("survey__slug", flat=True))
    )
    if unweighted:
        raise ReportError(
            {
                "weighted": [
                    f"Not weighted: {', '.join(unweighted)}. Weigh these surveys first (their population margins, "
                    "then weigh_survey or the admin's action), or filter them out (survey=..., series=...)."
                ]
            }
        )
    left_out = queryset.filter(weight__isnull=True).count()
    return queryset.filter(weight__isnull=False), left_out


@dataclass
class Weights:
    """Sums of the weights of distinct responses: per cell, per first-dimension group, and over all."""

    cells: dict
    groups: dict
    total: tuple[float, float]


def weight_sums(queryset: QuerySet, keys: dict, two: bool) -> Weights:
    """Each response's weight once per cell (and per group) it falls in, however many rows join it there."""
    weight = Cast(F("weight"), FloatField())
    cells = _summed(queryset, keys, weight)
    groups = _summed(queryset, {"key0": keys["key0"]}, weight) if two else {}
    total = queryset.aggregate(w=Sum(weight), w2=Sum(weight * weight))
    return Weights(cells, {key[0]: sums for key, sums in groups.items()}, (total["w"] or 0.0, total["w2"] or 0.0))


def _summed(queryset: QuerySet, keys: dict, weight) -> dict[tuple, tuple[float, float]]:
    """{cell: (sum of weights, sum of squared weights)} of the distinct responses in each cell of `keys`, summed in
    the database: the distinct (cell, response, weight) rows, grouped by cell."""
    distinct = queryset.order_by().values(**keys, rid=F("pk"), w=weight).distinct()
    sql, params = distinct.query.sql_with_params()
    quote = connections[queryset.db].ops.quote_name
    names = ", ".join(quote(name) for name in keys)
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(
            f"SELECT {names}, SUM(w), SUM(w * w) FROM ({sql}) distinct_rows GROUP BY {names}",  # noqa: S608 (Django's own SQL)
            params,
        )
        rows = cursor.fetchall()
    return {tuple(cell_key(value) for value in row[: len(keys)]): (row[-2], row[-1]) for row in rows}


def reweigh(rows: list[dict], dimensions, weights: Weights) -> None:
    """Each shown share becomes the weighted share; each shown base gains its effective size."""
    for row in rows:
        base = _base(row, dimensions, weights)
        key = tuple(row[d.name] for d in dimensions)
        row["effective_of"] = None if row["of"] is None else _rounded(_effective(base), 2)
        if row["share"] is not None:
            share = weights.cells.get(key, (0.0, 0.0))[0] / base[0] if base[0] else None
            row["share"] = share


def _base(row: dict, dimensions, weights: Weights) -> tuple[float, float]:
    if len(dimensions) > 1:
        return tuple(weights.groups.get(row[dimensions[0].name], (0.0, 0.0)))
    return weights.total


def _effective(sums) -> float:
    return sums[0] ** 2 / sums[1] if sums[1] else 0.0


def _rounded(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(value, places)


def annotate(rows: list[dict], dimensions, options: SurveyStatistics) -> None:
    """Intervals for every shown share, then the tests asked for (waves, versus)."""
    for row in rows:
        base = row.get("effective_of") if options.weighted else row["of"]
        bounds = None if row["share"] is None or not base else stats.interval(row["share"], base, options.level)
        row["ci_low"], row["ci_high"] = (_rounded(bounds[0]), _rounded(bounds[1])) if bounds else (None, None)
    if options.waves:
        previous: dict = {}
        for row in rows:
            key = row[dimensions[1].name] if len(dimensions) > 1 else None
            _test(row, previous.get(key), options)
            previous[key] = row
    if options.versus is not None:
        first, second = dimensions[0].name, dimensions[1].name
        if not any(_as_named(row[first]) == options.versus for row in rows):
            values = ", ".join(sorted({_as_named(row[first]) for row in rows}))
            raise ReportError(
                {"versus": [f"No {first} {options.versus} among the groups counted: {values or 'none'}."]}
            )
        reference = {row[second]: row for row in rows if _as_named(row[first]) == options.versus}
        for row in rows:
            other = reference.get(row[second])
            _test(row, other, options)
            row["difference"] = None
            if other is not None and row["share"] is not None and other["share"] is not None:
                row["difference"] = round(row["share"] - other["share"], 4)


def _as_named(value) -> str:
    """A group's value as `versus` names it: `null` for the responses with no value, as the JSON shows them."""
    return "null" if value is None else str(value)


def _test(row: dict, other: dict | None, options: SurveyStatistics) -> None:
    """`p_value` and `significant` of `row`'s share against `other`'s: none where either is withheld."""
    row["p_value"] = row["significant"] = None
    if other is None or other is row or row["share"] is None or other["share"] is None:
        return
    base = "effective_of" if options.weighted else "of"
    if not row[base] or not other[base]:
        return
    result = stats.difference(row["share"], row[base], other["share"], other[base], options.level)
    if result is not None:
        row["p_value"], row["significant"] = round(result.p_value, 4), result.significant
