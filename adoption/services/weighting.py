"""Weighting a survey: rake its responses to its population margins, trim, and store the weights.

`weigh(survey)` reads each response's value of every dimension the survey has margins for
(one query), checks that the margins can be raked to, and then, in one transaction, writes
a WeightingRun and each response's weight (one UPDATE per profile and batch of responses:
100,000 responses take seconds).

Raking is ipfn's (iterative proportional fitting, its numpy mode), not a loop of our own.
ipfn is given the responses as a table of counts, an axis per dimension and a cell per
profile (a combination of values), not a row per response: every response of a profile gets
the same factor at every step, so the weights are the same, and the table's size depends on
the vocabularies, not on the number of responses. (ipfn's pandas mode fails under pandas 3
when a value has a single profile.)

Trimming: no weight may exceed the survey's cap times the mean weight. Weights above it are
cut to it, and the cut weights are raked again, for up to TRIM_ROUNDS rounds. When the cap
and the margins cannot both hold, the cap wins and the run says it did not converge, with
the gap left between the weighted shares and the margins.
"""

import contextlib
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from django.core.exceptions import ValidationError
from django.db import transaction
from django_countries import countries
from ipfn import ipfn

from .. import stats
from ..batches import chunked
from ..choices import SizeBand, Stage
from ..models import Industry, PopulationMargin, Survey, SurveyResponse, WeightingDimension, WeightingRun

METHOD = "raking (iterative proportional fitting, ipfn 1.4.4), trimmed at cap × mean weight"
# The response field each dimension reads (industry: its slug, as margins name it).
FIELDS: dict[str, str] = {
    WeightingDimension.SIZE_BAND: "size_band",
    WeightingDimension.INDUSTRY: "industry__slug",
    WeightingDimension.COUNTRY: "country",
    WeightingDimension.STAGE: "stage",
}
# A dimension's declared shares may be off 1 by this much (rounding); they are scaled to 1 exactly.
SUM_TOLERANCE = Decimal("0.001")
# Converged: every weighted share within this of its margin. Reports print shares to 4 decimals,
# so a converged run prints every margin exactly.
GAP_TOLERANCE = 0.00005
# ipfn stops when every weighted total is within this fraction of its target.
CONVERGENCE_RATE = 1e-6
MAX_ITERATIONS = 100
TRIM_ROUNDS = 10
# A weight this close below the cap is counted as trimmed (a re-raked weight sits just under it).
AT_CAP = 1e-3
BATCH = 5000


class WeightingError(ValidationError):
    """Nothing was written: the margins or the responses cannot be raked. Messages by dimension
    (or "margins", "responses"), read with `message_dict` or, as sentences, `messages`."""


def weigh(survey: Survey, *, user=None) -> WeightingRun:
    """Rake `survey`'s responses to its population margins, trim them to its cap, and store the
    weights (mean 1 over the responses weighted) with the run that made them; return the run.

    Responses without a value for a dimension weighted by are left out: weight empty.
    Raises WeightingError, writing nothing, when the margins or the responses do not allow it.
    """
    with transaction.atomic():
        # One run at a time per survey, and no response changing under it.
        survey = Survey.objects.select_for_update().get(pk=survey.pk)
        margins = margins_of(survey)
        rows = list(survey.responses.values_list("pk", *(FIELDS[dimension] for dimension in margins)))
        complete = [row for row in rows if all(row[1:])]
        check(margins, rows, complete)
        fit = rake(margins, complete, cap=float(survey.weight_cap))
        weights = fit.weights
        run = WeightingRun.objects.create(
            survey=survey,
            created_by=user,
            method=METHOD,
            margins={dimension: dict(values) for dimension, values in fit.margins.items()},
            cap=survey.weight_cap,
            converged=fit.converged,
            iterations=fit.iterations,
            max_gap=fit.max_gap,
            received=len(rows),
            weighted=len(complete),
            trimmed=fit.trimmed,
            design_effect=stats.design_effect(weights),
            effective_size=stats.effective_size(weights),
        )
        # Every response read is marked with the run; those left out keep no weight of an earlier one.
        # The responses of one profile share a weight, so one UPDATE per weight and batch of responses
        # writes each row once (bulk_update's CASE per row took minutes for 100,000 responses on SQLite).
        by_weight: dict[float | None, list[int]] = defaultdict(list)
        for row, weight in zip(complete, weights, strict=True):
            by_weight[weight].append(row[0])
        weighted = {row[0] for row in complete}
        by_weight[None] = [row[0] for row in rows if row[0] not in weighted]
        for value, pks in by_weight.items():
            for batch in chunked(pks, BATCH):
                SurveyResponse.objects.filter(pk__in=batch).update(weight=value, weighting_run=run)
    return run


def run_summary(run: WeightingRun) -> str:
    """A run's figures in a sentence, as the admin and the command print them."""
    outcome = (
        f"converged in {run.iterations} iteration(s)"
        if run.converged
        else f"did NOT converge in {run.iterations} iteration(s): a weighted share is still {run.max_gap:.4f} "
        "from its margin (the cap and the margins conflict, or the margins cannot be met together)"
    )
    return (
        f"weighted {run.weighted} of {run.received} responses ({run.received - run.weighted} left out for "
        f"lack of a value); {outcome}; {run.trimmed} weight(s) trimmed to {run.cap} × the mean; design "
        f"effect {run.design_effect:.2f}, effective sample size {run.effective_size:.1f}."
    )


def margins_of(survey: Survey) -> dict[str, dict[str, Decimal]]:
    """The survey's margins: {dimension: {value: share}}, dimensions in WeightingDimension's order."""
    declared: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for margin in PopulationMargin.objects.filter(survey=survey).order_by("dimension", "value"):
        declared[margin.dimension][margin.value] = margin.share
    return {dimension: declared[dimension] for dimension in FIELDS if dimension in declared}


def label(dimension: str) -> str:
    return str(WeightingDimension(dimension).label).lower()


def check(margins: dict[str, dict[str, Decimal]], rows: list[tuple], complete: list[tuple]) -> None:
    """Raise WeightingError naming every reason the responses cannot be raked to the margins."""
    problems: dict[str, list[str]] = defaultdict(list)
    if not margins:
        problems["margins"].append(
            "The survey has no population margins: declare the population's shares by size band, industry, "
            "country or stage first."
        )
    if not rows:
        problems["responses"].append("The survey has no responses to weight.")
    elif margins and not complete:
        names = ", ".join(label(dimension) for dimension in margins)
        problems["responses"].append(
            f"None of the {len(rows)} responses has a value for every dimension weighted by ({names}), "
            "so none can be weighted."
        )
    for position, (dimension, shares) in enumerate(margins.items(), start=1):
        held = Counter(row[position] for row in complete)
        found = dimension_problems(dimension, shares, held)
        if found:
            problems[dimension] = found
    if problems:
        raise WeightingError(dict(problems))


def dimension_problems(dimension: str, shares: dict[str, Decimal], held: Counter) -> list[str]:
    """What is wrong with one dimension's margins, given how many responses hold each value."""
    name = label(dimension)
    problems = []
    total = sum(shares.values(), Decimal(0))
    if abs(total - 1) > SUM_TOLERANCE:
        problems.append(f"The {name} shares add up to {total.normalize():f}, not 1.")
    problems += [f"The share of {name} {value!r} must be above 0." for value, share in shares.items() if share <= 0]
    unknown = set(shares) - valid_values(dimension, set(shares))
    problems += [f"{value!r} is not {what_values(dimension)}." for value in sorted(unknown)]
    problems += [
        f"{count} response(s) have {name} {value!r}, which no margin covers: give it a share (it may be small) "
        "so they can be weighted."
        for value, count in sorted(held.items())
        if value not in shares
    ]
    problems += [
        f"No response weighted has {name} {value!r}: raking cannot reach a share with no respondents. Merge "
        "it into a neighbouring value, or drop it and rescale the other shares."
        for value in shares
        if value not in held and value not in unknown
    ]
    return problems


def valid_values(dimension: str, values: set[str]) -> set[str]:
    """Those of `values` that responses can hold in `dimension`."""
    if dimension == WeightingDimension.SIZE_BAND:
        return values & set(SizeBand.values)
    if dimension == WeightingDimension.STAGE:
        return values & set(Stage.values)
    if dimension == WeightingDimension.COUNTRY:
        return {value for value in values if value in countries}
    return set(Industry.objects.filter(slug__in=values).values_list("slug", flat=True))


def what_values(dimension: str) -> str:
    if dimension == WeightingDimension.SIZE_BAND:
        return "a size band (" + ", ".join(SizeBand.values) + ")"
    if dimension == WeightingDimension.STAGE:
        return "a stage (" + ", ".join(Stage.values) + ")"
    if dimension == WeightingDimension.COUNTRY:
        return "a country code (ISO 3166-1 alpha-2, in capitals, as responses store it)"
    return "the slug of a known industry"


@dataclass(frozen=True)
class Fit:
    """What raking gave: each response's weight (mean 1), and how it went."""

    weights: list[float]
    margins: dict[str, dict[str, float]]  # the shares raked to: the declared ones, scaled to add up to 1
    converged: bool
    iterations: int
    max_gap: float
    trimmed: int


def rake(margins: dict[str, dict[str, Decimal]], rows: list[tuple], *, cap: float) -> Fit:
    """Weights for `rows` ((pk, value of each dimension in `margins`' order)) whose weighted shares
    match `margins`, none above `cap` x their mean."""
    dimensions = list(margins)
    total = len(rows)
    # Shares within SUM_TOLERANCE of 1 are scaled to 1: targets that disagree on the total cannot all be met.
    shares = {
        dimension: {value: float(share / sum(values.values(), Decimal(0))) for value, share in values.items()}
        for dimension, values in margins.items()
    }
    # The responses as a table of counts: an axis per dimension, a cell per profile (a combination of
    # values), zero where no response has it. `cells` maps each response to its cell.
    positions = [{value: index for index, value in enumerate(shares[dimension])} for dimension in dimensions]
    cells = tuple(np.array([position[row[1 + axis]] for row in rows]) for axis, position in enumerate(positions))
    counts = np.zeros(tuple(len(position) for position in positions))
    np.add.at(counts, cells, 1.0)
    targets = [np.array([share * total for share in shares[dimension].values()]) for dimension in dimensions]
    held = counts > 0
    table = counts.copy()
    iterations = 0
    trimmed_any = False
    converged = False
    for _round in range(TRIM_ROUNDS):
        fitted = ipfn.ipfn(
            table,
            [target.copy() for target in targets],
            [[axis] for axis in range(len(dimensions))],
            convergence_rate=CONVERGENCE_RATE,
            max_iteration=MAX_ITERATIONS,
            # 0: ipfn stops early only on reaching CONVERGENCE_RATE, so its flag means that.
            rate_tolerance=0,
            verbose=2,
        )
        with contextlib.redirect_stdout(io.StringIO()):  # ipfn prints its outcome
            table, flag, history = fitted.iteration()
        iterations += len(history)
        converged = bool(flag)
        per_response = table[held] / counts[held]
        level = cap_level(per_response, counts[held], cap)
        if level is None:
            break
        trimmed_any = True
        table[held] = np.minimum(per_response, level) * counts[held]
        if gap(table, shares) <= GAP_TOLERANCE:
            break
    max_gap = gap(table, shares)
    weights = np.zeros(counts.shape)
    weights[held] = table[held] / counts[held]
    weights /= np.sum(weights * counts) / total  # mean 1
    trimmed = 0
    if trimmed_any:
        at_cap = held & (weights >= cap * (1 - AT_CAP))
        trimmed = int(counts[at_cap].sum())
    return Fit(
        weights=[float(weight) for weight in weights[cells]],
        margins=shares,
        converged=converged and max_gap <= GAP_TOLERANCE,
        iterations=iterations,
        max_gap=max_gap,
        trimmed=trimmed,
    )


def gap(table: np.ndarray, shares: dict[str, dict[str, float]]) -> float:
    """The largest gap between a weighted share and its margin (`table`: weights summed per profile)."""
    total = table.sum()
    largest = 0.0
    for axis, values in enumerate(shares.values()):
        others = tuple(other for other in range(table.ndim) if other != axis)
        weighted = table.sum(axis=others) / total
        for index, share in enumerate(values.values()):
            largest = max(largest, abs(float(weighted[index]) - share))
    return largest


def cap_level(weights: np.ndarray, counts: np.ndarray, cap: float) -> float | None:
    """The weight to cut to so that no weight is above `cap` x the mean after the cut (weights[i] held
    by counts[i] responses), or None when none is above it already.

    Cutting the k largest weights to L gives a mean of (rest + K L) / n, K the responses they hold
    and rest the sum of the others; L = cap x that mean solves to L = cap rest / (n - cap K). The
    answer is the first k whose L is at least the next weight down.
    """
    n = counts.sum()
    if weights.max() <= cap * np.dot(weights, counts) / n * (1 + 1e-12):
        return None
    order = np.argsort(-weights, kind="stable")
    w, c = weights[order], counts[order]
    held = np.cumsum(c)  # K for k = 1..cells
    rest = np.dot(w, c) - np.cumsum(w * c)
    following = np.append(w[1:], 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        levels = np.where(n - cap * held > 0, cap * rest / (n - cap * held), np.inf)
    for k in range(len(w)):
        if following[k] <= levels[k] < np.inf:
            return float(levels[k])
    # Cap 1 (or all weights cut): every weight to the smallest.
    return float(w[-1])
