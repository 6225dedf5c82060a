"""Which of an event's figures a report uses when sources state several, and how it counts.

Every stated value is kept with its citation (models.figures): one event can have a
news article's "about 1.2bn" and a press release's "1.25bn" for one metric. A report
that adds values up needs exactly one per event, chosen the same way every time and
named in its answer. The rule, for one event and one metric (and, when a report asks
for one, one currency), takes the first figure in this order:

1. a figure with a source before one without: an unsourced figure cannot be checked;
2. from a press release (`SourceKind.PRESS_RELEASE`) before any other kind of source:
   the parties' own statement is the primary source of a deal's terms;
3. the latest `as_of`, figures without one last: a value that held later replaces an
   earlier one (dates compare as stored, a coarser period by its first day);
4. the most recently published source, unknown dates last: a later source had the
   earlier ones to go on;
5. exact before qualified (approximately, at least, at most, a range);
6. the lowest id, the figure entered first: only so that a tie never depends on the
   database's order.

The chosen figure counts as its amount; a range as its midpoint (halfway between
`amount` and `amount_to`). "About", "at least" and "at most" count as the amount they
state: the report lists each figure used with its qualifier, so a reader sees which
values were bounds. Figures are never converted between units or currencies.

`used_figure()` applies the rule to one event in Python terms; `used_figures()` to many
in one query (a window function ranks each event's figures by the rule and keeps the
first), so a report costs the same whatever the number of events.
"""

from decimal import Decimal

from django.db.models import Case, DecimalField, ExpressionWrapper, F, IntegerField, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber

from ..choices import Qualifier, SourceKind
from ..models import EventFigure, MarketEvent, Metric

RULE = (
    "Per event, the figure used is the first of: sourced before unsourced, press releases before other sources, "
    "the latest as-of date, the most recently published source, exact before qualified, the lowest id; "
    "a range counts as its midpoint."
)


def _first_if(condition: dict) -> Case:
    """0 for figures that meet `condition`, 1 for the others: ascending, they come first."""
    return Case(When(then=Value(0), **condition), default=Value(1), output_field=IntegerField())


# The rule as an ordering: the figure that sorts first is the one used.
PREFERENCE = (
    _first_if({"source__isnull": False}).asc(),
    _first_if({"source__kind": SourceKind.PRESS_RELEASE}).asc(),
    F("as_of").desc(nulls_last=True),
    F("source__published_on").desc(nulls_last=True),
    _first_if({"qualifier": Qualifier.EXACT}).asc(),
    F("pk").asc(),
)

# What a figure counts as in a sum: its amount, a range's midpoint.
COUNTED_AMOUNT = Case(
    When(
        qualifier=Qualifier.RANGE,
        amount_to__isnull=False,
        then=ExpressionWrapper((F("amount") + F("amount_to")) / Value(Decimal(2)), output_field=DecimalField()),
    ),
    default=F("amount"),
    output_field=DecimalField(),
)


def counted_amount(figure: EventFigure) -> Decimal:
    """What `figure` counts as in a sum (COUNTED_AMOUNT, in Python)."""
    if figure.qualifier == Qualifier.RANGE and figure.amount_to is not None:
        return (figure.amount + figure.amount_to) / 2
    return figure.amount


def candidates(metric: Metric, currency: str = "") -> QuerySet[EventFigure]:
    """The figures the rule chooses among: those of `metric`, in `currency` when one is given."""
    figures = EventFigure.objects.filter(metric=metric)
    return figures.filter(currency=currency) if currency else figures


def used_figure(event: MarketEvent, metric: Metric, currency: str = "") -> EventFigure | None:
    """The figure of `metric` a report uses for `event`, or None when it has none."""
    return candidates(metric, currency).filter(event=event).order_by(*PREFERENCE).first()


def used_figures(events: QuerySet[MarketEvent], metric: Metric, currency: str = "") -> QuerySet[EventFigure]:
    """For each of `events` with a figure of `metric`, the one a report uses: one query, one row per event."""
    ranked = (
        candidates(metric, currency)
        .filter(event__in=events.values("pk"))
        .annotate(preference=Window(RowNumber(), partition_by=[F("event_id")], order_by=list(PREFERENCE)))
    )
    return ranked.filter(preference=1)
