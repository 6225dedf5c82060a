"""Survey statistics, from statsmodels: intervals for shares, tests between two shares, and
the effective sample size of weighted responses.

Nothing here is computed by hand but Kish's effective sample size, which is one line:

- `interval()`: the Wilson score interval (statsmodels' `proportion_confint`, method
  "wilson"). Unlike the plain normal approximation it stays inside 0 and 1 and keeps its
  coverage near them (Newcombe 1998; Brown, Cai and DasGupta 2001).
- `difference()`: the two-sided two-proportion z-test with a pooled variance
  (statsmodels' `proportions_ztest`), named in every report that uses it by `TEST`.
- `effective_size()`: Kish's effective sample size of weights, (sum w)^2 / sum w^2, and so
  the design effect n / n_eff. A weighted share's interval and test use it as their n,
  with the weighted share: a weighted count of p x n_eff.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from statsmodels.stats.proportion import proportion_confint, proportions_ztest

DEFAULT_LEVEL = Decimal("0.95")
INTERVAL_METHOD = "Wilson score interval"
TEST = "two-proportion z-test, pooled variance, two-sided"
# The bases the methodology page gives margins of error at.
TYPICAL_BASES = (50, 100, 200, 500, 1000)


@dataclass(frozen=True)
class Difference:
    z: float
    p_value: float
    significant: bool


def interval(share: float, base: float, level: Decimal = DEFAULT_LEVEL) -> tuple[float, float] | None:
    """The Wilson interval of `share` out of a base of `base` (an effective size may be fractional)."""
    if base <= 0:
        return None
    low, high = proportion_confint(share * base, base, alpha=float(1 - level), method="wilson")
    return max(0.0, float(low)), min(1.0, float(high))


def margin_of_error(base: float, level: Decimal = DEFAULT_LEVEL, share: float = 0.5) -> float | None:
    """Half the width of the interval of `share` (0.5: the widest) at `base`."""
    bounds = interval(share, base, level)
    return None if bounds is None else (bounds[1] - bounds[0]) / 2


def difference(
    share_a: float, base_a: float, share_b: float, base_b: float, level: Decimal = DEFAULT_LEVEL
) -> Difference | None:
    """Whether two shares differ by more than chance at `level` (TEST); None where the test has nothing
    to go on: an empty base, or both shares 0 or both 1 (no variance)."""
    if base_a <= 0 or base_b <= 0:
        return None
    pooled = (share_a * base_a + share_b * base_b) / (base_a + base_b)
    if pooled <= 0 or pooled >= 1:
        return None
    z, p_value = proportions_ztest([share_a * base_a, share_b * base_b], [base_a, base_b], alternative="two-sided")
    if not math.isfinite(float(z)):
        return None
    return Difference(z=float(z), p_value=float(p_value), significant=float(p_value) < float(1 - level))


def effective_size(weights: Iterable[float]) -> float:
    """Kish's effective sample size: (sum of the weights)^2 / (sum of their squares)."""
    total = squares = 0.0
    for weight in weights:
        total += weight
        squares += weight * weight
    return total * total / squares if squares else 0.0


def design_effect(weights: list[float]) -> float:
    """Kish's design effect of weighting: n / n_eff, 1 for equal weights."""
    size = effective_size(weights)
    return len(weights) / size if size else 1.0
