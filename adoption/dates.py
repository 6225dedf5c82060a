"""Dates with a precision: a real date (so they sort and filter) plus how much of it is known.

The stored date is the first day of the period it stands for: the Monday of a week,
the 1st of a month, the first day of a quarter, 1 January of a year.
"""

import datetime

from .choices import DatePrecision

# The dates a query may name (as_of, known_on): wide enough for any question, narrow enough that
# the arithmetic on periods around them stays within the calendar.
FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2999, 12, 31)
# A stage observation's date: virtualization began in the 1960s, and an observation is not a forecast.
FIRST_OBSERVED = datetime.date(1960, 1, 1)


def out_of_range(day: datetime.date) -> str:
    """Why `day` cannot be asked about, or "" when it can."""
    if FIRST_DAY <= day <= LAST_DAY:
        return ""
    return f"Give a date from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}."


def period_start(value: datetime.date, precision: str) -> datetime.date:
    """Return the first day of the period of `precision` that contains `value`."""
    if precision == DatePrecision.WEEK:
        return value - datetime.timedelta(days=value.weekday())
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    if precision == DatePrecision.QUARTER:
        return value.replace(month=3 * ((value.month - 1) // 3) + 1, day=1)
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    return value


def format_precise_date(value: datetime.date | None, precision: str) -> str:
    """'2007-08-14', 'week of 2007-08-06', '2007-08', '2007-Q3' or '2007'; '' for no date."""
    if value is None:
        return ""
    if precision == DatePrecision.WEEK:
        return f"week of {period_start(value, precision).isoformat()}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    if precision == DatePrecision.QUARTER:
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    return value.isoformat()


def previous_period_start(value: datetime.date, precision: str) -> datetime.date:
    """The first day of the period of `precision` before the one that contains `value`."""
    start = period_start(value, precision)
    if precision == DatePrecision.DAY:
        return start - datetime.timedelta(days=1)
    return period_start(start - datetime.timedelta(days=1), precision)


def latest_start_over_by(day: datetime.date, precision: str) -> datetime.date:
    """The latest stored date, at `precision`, whose whole period is over by the end of `day`.

    A date stored as 2007-07-01 with month precision stands for some day in July 2007, so it
    has certainly passed only on 2007-07-31 or later: on `day`, the dates that have
    certainly passed are those up to the value returned.
    """
    if precision == DatePrecision.DAY:
        return day
    return previous_period_start(day + datetime.timedelta(days=1), precision)


def period_end(value: datetime.date, precision: str) -> datetime.date:
    """The last day of the period of `precision` that contains `value`."""
    start = period_start(value, precision)
    if precision == DatePrecision.WEEK:
        return start + datetime.timedelta(days=6)
    months = {str(DatePrecision.MONTH): 1, str(DatePrecision.QUARTER): 3, str(DatePrecision.YEAR): 12}.get(precision)
    if months is None:
        return value
    month = start.month - 1 + months
    return start.replace(year=start.year + month // 12, month=month % 12 + 1) - datetime.timedelta(days=1)
