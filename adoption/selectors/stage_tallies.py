"""The running counts of the trends (selectors.trends): what each deployment's stage history adds, by month.

A trend (`group_by=period`, the dashboard's adoption curve) counts, at the end of each
period, the deployments whose latest known observation is at or past a stage. It is a
running sum of what starts and stops in each period (selectors.trends), and those are
sums over deployments, so they can be kept like the reports' counts (selectors.tallies),
as the kind STAGES in ReportTally:

- `started` and `ended`: the observations that become a deployment's latest known, and
  those that stop being it, by month and stage rank (key0, JSON `["2007-07-01", 3]`),
  in all and by the deployment's hypervisor (key1, its id);
- `reported`: the deployments first reported, by month (key0, JSON `["2007-07-01", null]`).

A month is the finest period a trend asks for: quarters and years are sums of months. A
trend with no filter, no `as_of` and no `known_on`, by period alone or by period and
hypervisor, reads these (a few hundred cells) instead of every deployment's history.
"""

import datetime
import json
from collections import Counter
from collections.abc import Iterable, Iterator

from django.db.models import Sum

from ..batches import chunked
from ..dates import period_end, period_start
from ..models import Deployment, ReportTally, StageObservation
from ..models.stages import STAGE_RANK
from .trends import Trend, monthly_events, running_counts

STAGES = "stages"  # the kind of these counts in ReportTally and TallyEntry
KEYS = ("hypervisor",)  # what a trend read from the counts may be grouped by, beside the period
NULL = "null"


def _month(day: datetime.date) -> str:
    return day.replace(day=1).isoformat()


def _cell(month: str, rank: int | None) -> str:
    return json.dumps([month, rank])


def signature(demo: bool, hypervisor: int | None, observations: Iterable[tuple]) -> str:
    """What one deployment adds, as JSON, from its observations (held_from, precision, stage, id): the rule of
    selectors.trends in Python. An observation holds from its period's last day until one ordered after it (by
    date, stage rank, id) becomes known; one overtaken before it is known holds for no day and counts nowhere."""
    rows = sorted(
        (held_from, STAGE_RANK.get(stage, -1), pk, period_end(held_from, precision))
        for held_from, precision, stage, pk in observations
    )
    started, ended = [], []
    for i, (_, rank, _, known) in enumerate(rows):
        ends = min((later[3] for later in rows[i + 1 :]), default=None)
        if ends is not None and ends <= known:
            continue
        started.append([_month(known), rank])
        if ends is not None:
            ended.append([_month(ends), rank])
    first = _month(min(row[3] for row in rows)) if rows else None
    values = {"demo": demo, "hypervisor": hypervisor, "started": sorted(started), "ended": sorted(ended)}
    return json.dumps({**values, "first": first}, sort_keys=True, separators=(",", ":"))


def signatures(ids: Iterable[int]) -> dict[int, str]:
    """The values each deployment of `ids` that exists is counted with now."""
    found: dict[int, str] = {}
    for chunk in chunked(ids):
        observed: dict[int, list] = {}
        rows = StageObservation.objects.filter(deployment__in=chunk).order_by()
        for deployment, *row in rows.values_list("deployment", "held_from", "held_from_precision", "stage", "pk"):
            observed.setdefault(deployment, []).append(row)
        records = Deployment.objects.filter(pk__in=chunk).values_list("pk", "synthetic", "hypervisor")
        for pk, demo, hypervisor in records:
            found[pk] = signature(demo, hypervisor, observed.get(pk, []))
    return found


def every_signature(demo: bool) -> Iterator[tuple[int, str]]:
    """(id, values) of every deployment that is demo data (or not), in id order: two ordered passes, merged."""
    observations = (
        StageObservation.objects.filter(deployment__synthetic=demo)
        .order_by("deployment")
        .values_list("deployment", "held_from", "held_from_precision", "stage", "pk")
        .iterator(chunk_size=10000)
    )
    pending = next(observations, None)
    records = Deployment.objects.filter(synthetic=demo).order_by("pk").values_list("pk", "hypervisor")
    for pk, hypervisor in records.iterator(chunk_size=10000):
        rows = []
        while pending is not None and pending[0] <= pk:
            if pending[0] == pk:
                rows.append(pending[1:])
            pending = next(observations, None)
        yield pk, signature(demo, hypervisor, rows)


def cells(values: str) -> Iterator[tuple[bool, str, str, str]]:
    """(demo, grouping, key0, key1) of every cell a deployment counted with `values` adds one to."""
    found = json.loads(values)
    demo, hypervisor = found["demo"], json.dumps(found["hypervisor"])
    for event in ("started", "ended"):
        for month, rank in found[event]:
            yield demo, event, _cell(month, rank), NULL
            yield demo, f"{event},hypervisor", _cell(month, rank), hypervisor
    if found["first"] is not None:
        yield demo, "reported", _cell(found["first"], None), NULL


def recount(demo: bool | None = None) -> Counter:
    """Every cell counted again from the deployments and their observations, in SQL (selectors.trends)."""
    found: Counter = Counter()
    for synthetic in (False, True) if demo is None else (demo,):
        deployments = Deployment.objects.filter(synthetic=synthetic)
        started, ended, reported = monthly_events(deployments, StageObservation.objects.all(), "hypervisor")
        for event, counted in (("started", started), ("ended", ended)):
            for (month, rank, hypervisor), n in counted.items():
                found[(synthetic, event, _cell(month.isoformat(), rank), NULL)] += n
                found[(synthetic, f"{event},hypervisor", _cell(month.isoformat(), rank), json.dumps(hypervisor))] += n
        for (month, _), n in reported.items():
            found[(synthetic, "reported", _cell(month.isoformat(), None), NULL)] += n
    return found


def trend_counts(trend: Trend, demo: str, key: str | None):
    """selectors.trends.trend_counts of every deployment (those of demo data as `demo` says), from the counts;
    keyed by the hypervisor's id when `key` is "hypervisor". Only for a trend with no `until`."""
    grouping = f",{key}" if key else ""
    groupings = [f"started{grouping}", f"ended{grouping}", "reported"]
    rows = ReportTally.objects.filter(kind=STAGES, dimensions__in=groupings)
    if demo != "included":
        rows = rows.filter(demo=demo == "only")
    summed = rows.values("dimensions", "key0", "key1").annotate(total=Sum("n")).filter(total__gt=0).order_by()
    reached = STAGE_RANK[trend.stage]
    events: dict[str, Counter] = {"started": Counter(), "ended": Counter(), "reported": Counter()}
    for row in summed:
        month, rank = json.loads(row["key0"])
        period = period_start(datetime.date.fromisoformat(month), trend.granularity)
        event = row["dimensions"].split(",")[0]
        if event == "reported":
            events[event][period] += row["total"]
        elif rank >= reached:
            events[event][(period, json.loads(row["key1"]))] += row["total"]
    return running_counts(trend, events["started"], events["ended"], events["reported"])
