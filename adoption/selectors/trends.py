"""Adoption over time: deployments at or past a stage, period by period, counted in the database.

A deployment is at or past a stage at the end of a period when its stage on that day (the
rule of `as_of`: its latest observation known to hold by then) is that stage or a later
one (retired is past production). The count of each period is exactly what `as_of=<the
period's last day>` would count, without asking once per period:

- each observation is the deployment's latest known one from the day it becomes known (its
  period's last day, models.base.PeriodEnd) until an observation ordered after it becomes
  known (never, if one does first: a year's overtaken by a day's within it); observations
  of the same deployment never overlap in that role;
- so an observation at or past the stage adds one from the period of its start and takes
  it away from the period of its end: two GROUP BY queries, summed period by period.

Deployments reported by then (for the shares of one dimension) are counted the same way,
from each deployment's first known observation.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models import Count, F, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import TruncMonth, TruncQuarter, TruncYear
from django.utils import timezone

from ..choices import Stage
from ..dates import format_precise_date, period_end, period_start
from ..models.base import PeriodEnd, known_by
from ..models.stages import STAGE_RANK, stage_rank

GRANULARITIES = {"month": TruncMonth, "quarter": TruncQuarter, "year": TruncYear}
DEFAULT_GRANULARITY = "quarter"
DEFAULT_STAGE = Stage.PRODUCTION


@dataclass(frozen=True)
class Trend:
    """What to count: deployments at or past `stage`, per period of `granularity`, up to `until` if given."""

    granularity: str = DEFAULT_GRANULARITY
    stage: str = DEFAULT_STAGE
    until: datetime.date | None = None  # the as_of date: nothing known after it counts


def _known(rows: QuerySet) -> QuerySet:
    return rows.annotate(rank=stage_rank(), known=PeriodEnd(F("held_from"), F("held_from_precision")))


def _with_ends(observations: QuerySet) -> QuerySet:
    """Each observation with `known` (from when it holds) and `ends` (when a later one becomes known)."""
    later = (
        Q(held_from__gt=OuterRef("held_from"))
        | Q(held_from=OuterRef("held_from"), rank__gt=OuterRef("rank"))
        | Q(held_from=OuterRef("held_from"), rank=OuterRef("rank"), id__gt=OuterRef("id"))
    )
    ends = (
        _known(observations.filter(deployment=OuterRef("deployment")))
        .filter(later)
        .order_by()
        .values("deployment")
        .annotate(first=Min("known"))
        .values("first")
    )
    return _known(observations).annotate(ends=Subquery(ends, output_field=models.DateField()))


def _first_known(deployments: QuerySet, observations: QuerySet) -> QuerySet:
    """The deployments first reported (by their earliest observation known), each with the day in `first`."""
    first = (
        observations.filter(deployment=OuterRef("id"))
        .order_by()
        .values("deployment")
        .annotate(first=Min(PeriodEnd(F("held_from"), F("held_from_precision"))))
        .values("first")
    )
    return deployments.annotate(first=Subquery(first, output_field=models.DateField())).filter(first__isnull=False)


def _bucket(trend: Trend, expression):
    return GRANULARITIES[trend.granularity](expression, output_field=models.DateField())


def _count(rows: QuerySet, bucket, key) -> dict[tuple, int]:
    grouped = rows.order_by().values(bucket=bucket, key=key).annotate(n=Count("id"))
    return {(_as_date(row["bucket"]), row["key"]): row["n"] for row in grouped}


def trend_counts(
    deployments: QuerySet, observations: QuerySet, trend: Trend, key=None
) -> tuple[list[datetime.date], dict[tuple, int], dict[datetime.date, int]]:
    """Per period (its first day) and key: the deployments at or past the stage at its end; and per
    period, the deployments reported by its end.

    `deployments` are the records counted (the table, or history rows as they stood), with `id`;
    `observations` their stage observations (likewise); `key` an expression on a deployment
    (None: one group). Returns the periods in order (every one from the first that counts to
    the last, or to `until`), the counts by (period, key), and the reported counts by period.
    """
    observations = observations.filter(deployment__in=Subquery(deployments.order_by().values("id")))
    if trend.until is not None:
        observations = observations.filter(known_by(trend.until, "held_from", "held_from_precision"))
    keyed = Subquery(deployments.filter(id=OuterRef("deployment")).values(key=key)[:1]) if key is not None else None
    # An observation that a later one overtakes before it is itself known (a year's, against a day's in
    # it) is never the latest known: it holds for no day, and counts nowhere.
    rows = (
        _with_ends(observations)
        .filter(rank__gte=STAGE_RANK[trend.stage])
        .filter(Q(ends__isnull=True) | Q(ends__gt=F("known")))
    )
    if keyed is not None:
        rows = rows.annotate(group=keyed)
    group = F("group") if keyed is not None else models.Value(None, output_field=models.CharField())
    started = _count(rows, _bucket(trend, F("known")), group)
    ended = _count(rows.filter(ends__isnull=False), _bucket(trend, F("ends")), group)
    first_known = (
        _first_known(deployments, observations)
        .order_by()
        .values(bucket=_bucket(trend, F("first")))
        .annotate(n=Count("id"))
    )
    reported_starts = {_as_date(row["bucket"]): row["n"] for row in first_known}
    return running_counts(trend, started, ended, reported_starts)


def running_counts(
    trend: Trend, started: dict[tuple, int], ended: dict[tuple, int], reported_starts: dict[datetime.date, int]
) -> tuple[list[datetime.date], dict[tuple, int], dict[datetime.date, int]]:
    """trend_counts' answer from what starts and ends in each period (by (period, key)) and the deployments first
    reported in each: every period in order, the deployments at or past the stage by (period, key) at its end,
    and the deployments reported by its end."""
    periods = _periods(trend, {bucket for bucket, _ in [*started, *ended]} | set(reported_starts))
    counts: dict[tuple, int] = {}
    keys = {key for _, key in started} | {key for _, key in ended}
    for group_key in keys:
        running = 0
        for period in periods:
            running += started.get((period, group_key), 0) - ended.get((period, group_key), 0)
            counts[(period, group_key)] = running
    reported, running = {}, 0
    for period in periods:
        running += reported_starts.get(period, 0)
        reported[period] = running
    return periods, counts, reported


def monthly_events(deployments: QuerySet, observations: QuerySet, key: str):
    """What every trend is summed from, counted by month in the database (selectors.stage_tallies keeps it):
    the observations that start being a deployment's latest known, by (month, rank, key); those that stop,
    likewise; and the deployments first reported, by (month, key). `key` is a deployment's field (hypervisor)."""
    observations = observations.filter(deployment__in=Subquery(deployments.order_by().values("id")))
    rows = _with_ends(observations).filter(Q(ends__isnull=True) | Q(ends__gt=F("known")))

    def by_month(rows: QuerySet, date: str) -> dict[tuple, int]:
        month = TruncMonth(date, output_field=models.DateField())
        grouped = rows.order_by().values(m=month, r=F("rank"), k=F(f"deployment__{key}")).annotate(n=Count("id"))
        return {(_as_date(row["m"]), row["r"], row["k"]): row["n"] for row in grouped}

    firsts = (
        _first_known(deployments, observations)
        .order_by()
        .values(m=TruncMonth("first", output_field=models.DateField()), k=F(key))
        .annotate(n=Count("id"))
    )
    reported = {(_as_date(row["m"]), row["k"]): row["n"] for row in firsts}
    return by_month(rows, "known"), by_month(rows.filter(ends__isnull=False), "ends"), reported


def _periods(trend: Trend, starts: set) -> list[datetime.date]:
    """Every period from the first of `starts` to the last (or to the one `until` falls in)."""
    dated = sorted(_as_date(start) for start in starts if start is not None)
    if not dated:
        return []
    # To the as_of date, but never past today: nothing later is known.
    until = min(trend.until, timezone.localdate()) if trend.until else None
    last = period_start(until, trend.granularity) if until else dated[-1]
    periods, period = [], dated[0]
    while period <= last:
        periods.append(period)
        period = period_end(period, trend.granularity) + datetime.timedelta(days=1)
    return periods


def _as_date(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def period_label(period: datetime.date, granularity: str) -> str:
    """2007-08, 2007-Q3 or 2007."""
    return format_precise_date(period, granularity)
