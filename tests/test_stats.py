"""The survey statistics against published worked examples.

Wilson intervals: Newcombe, "Two-sided confidence intervals for the single proportion:
comparison of seven methods", Statistics in Medicine 17 (1998), Table I, method 3 (score
interval without continuity correction), printed to four decimals.
"""

from decimal import Decimal

import pytest
from scipy.stats import binomtest, chi2_contingency

from adoption import stats


@pytest.mark.parametrize(
    ("count", "base", "low", "high"),
    [(81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718)],
)
def test_wilson_intervals_match_newcombes_table(count, base, low, high):
    got = stats.interval(count / base, base)
    assert (round(got[0], 4), round(got[1], 4)) == (low, high)


def test_the_interval_is_scipys_wilson_interval_at_another_level():
    # scipy's own documentation example for binomtest: 7 of 50; its Wilson interval at 90%.
    expected = binomtest(7, 50).proportion_ci(confidence_level=0.9, method="wilson")
    got = stats.interval(7 / 50, 50, Decimal("0.90"))
    assert got == pytest.approx((expected.low, expected.high), abs=1e-12)


def test_no_interval_without_a_base():
    assert stats.interval(0.0, 0) is None
    assert stats.margin_of_error(0) is None


def test_the_margin_of_error_at_a_base_of_1000_is_the_textbook_three_points():
    assert round(stats.margin_of_error(1000), 3) == 0.031


def test_the_two_proportion_test_is_the_chi_square_test_of_the_two_by_two_table():
    # Without continuity correction, z squared is Pearson's chi-square of the same table.
    result = stats.difference(56 / 70, 70, 48 / 80, 80)
    chi2, p_value, _, _ = chi2_contingency([[56, 14], [48, 32]], correction=False)
    assert result.z**2 == pytest.approx(chi2)
    assert result.p_value == pytest.approx(p_value)
    assert result.significant


def test_a_small_difference_is_not_significant_and_a_degenerate_one_has_no_test():
    assert not stats.difference(0.50, 100, 0.52, 100).significant
    assert stats.difference(0.0, 10, 0.0, 10) is None
    assert stats.difference(1.0, 10, 1.0, 12) is None
    assert stats.difference(0.5, 0, 0.5, 10) is None


def test_kish_effective_size_and_design_effect():
    assert stats.effective_size([1.0] * 10) == pytest.approx(10)
    # Two weights of 1 and two of 3: (8^2) / (1 + 1 + 9 + 9) = 3.2; deff = 4 / 3.2 = 1.25.
    assert stats.effective_size([1, 1, 3, 3]) == pytest.approx(3.2)
    assert stats.design_effect([1, 1, 3, 3]) == pytest.approx(1.25)
    assert stats.effective_size([]) == 0
