"""Figures: the numbers events carry, each as one source states it, in a unit, with a qualifier.

Metrics (deal value, customers...) and units (money, percent, customers...) are
vocabulary an analyst extends in the admin. Sources disagree: every stated value is its
own row with the source that gives it, never overwritten by the next source; reports
pick one by a documented rule (selectors.figures).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from .. import currencies
from ..choices import Qualifier
from ..dates import format_precise_date
from .base import PreciseDatesMixin, TimeStampedModel, VocabularyModel, precision_field, tracked_history


class Unit(VocabularyModel):
    """What a figure counts or measures: money, a percentage, customers, employees, shares..."""

    currency = models.BooleanField(
        default=False, help_text="Amounts in this unit are money: each figure names its ISO 4217 currency."
    )

    history = tracked_history()


class Metric(VocabularyModel):
    """What a figure is of: an offer price, a deal value or a part of one, a count of customers..."""

    units = models.ManyToManyField(
        Unit, blank=True, related_name="metrics", help_text="The units its figures may be in; none means any unit."
    )

    history = tracked_history(m2m_fields=[units])


class EventFigure(PreciseDatesMixin, TimeStampedModel):
    """One value of one metric of an event, as one source states it: "about $500m", "more than 650 customers"."""

    precise_dates = (("as_of", "as_of_precision"),)

    event = models.ForeignKey("adoption.MarketEvent", on_delete=models.CASCADE, related_name="figures")
    metric = models.ForeignKey(Metric, on_delete=models.PROTECT, related_name="figures")
    qualifier = models.CharField(
        max_length=20,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
        help_text="Exact, approximately, at least, at most, or a range from amount to amount_to.",
    )
    amount = models.DecimalField(
        max_digits=20,
        decimal_places=4,
        help_text="In whole units: 959000000 for $959m, 12.5 for 12.5%; the low end of a range.",
    )
    amount_to = models.DecimalField(
        max_digits=20, decimal_places=4, null=True, blank=True, help_text="The high end of a range; empty otherwise."
    )
    unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        related_name="figures",
        help_text="What the amount counts. Left out, it is money when a currency is given, "
        "else the metric's only unit.",
    )
    currency = models.CharField(
        max_length=3,
        choices=currencies.CHOICES,
        blank=True,
        help_text="ISO 4217 code, e.g. USD: required for money, empty for any other unit.",
    )
    as_of = models.DateField(
        null=True, blank=True, help_text="When the value held (a price at the open, a count at year end), if stated."
    )
    as_of_precision = precision_field()
    stated_by = models.ForeignKey(
        "adoption.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="stated_figures",
        help_text="When the figure is a party's own claim (a vendor's customer count), who claims it.",
    )
    source = models.ForeignKey(
        "adoption.Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="figures",
        help_text="The source that gives this value. Two sources that disagree are two figures.",
    )
    part_of = models.ForeignKey(
        Metric,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parts",
        help_text="The metric of the same event this figure is a part of (stock options within the deal value), "
        "rather than on top of it.",
    )
    note = models.CharField(
        max_length=200, blank=True, help_text='Anything else that qualifies it: "top of the expected range".'
    )

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        verbose_name = "figure"
        constraints = [
            models.CheckConstraint(
                condition=Q(currency="") | Q(currency__in=currencies.CODES),
                name="event_figure_currency_iso_4217",
                violation_error_message="The currency must be an ISO 4217 code such as USD or EUR.",
            ),
            models.CheckConstraint(
                condition=Q(qualifier=Qualifier.RANGE, amount_to__gt=F("amount"))
                | (~Q(qualifier=Qualifier.RANGE) & Q(amount_to__isnull=True)),
                name="event_figure_range_has_both_ends",
                violation_error_message="A range needs a high end above its low end; other figures have none.",
            ),
            models.CheckConstraint(
                condition=~Q(part_of=F("metric")),
                name="event_figure_not_part_of_itself",
                violation_error_message="A figure cannot be a part of its own metric.",
            ),
        ]

    def __str__(self):
        return f"{self.metric}: {self.value_display}" if self.metric_id else self.value_display

    @property
    def value_display(self) -> str:
        """The value as a reader would say it: "about 500,000,000 USD", "between 400 and 500 customers"."""
        unit = self.currency or (str(self.unit) if self.unit_id else "")
        low = _number(self.amount)
        if self.qualifier == Qualifier.RANGE and self.amount_to is not None:
            text = f"between {low} and {_number(self.amount_to)}"
        elif self.qualifier == Qualifier.EXACT:
            text = low
        else:
            text = f"{Qualifier(self.qualifier).label.lower()} {low}"
        return f"{text} {unit}".strip()

    @property
    def as_of_display(self) -> str:
        return format_precise_date(self.as_of, self.as_of_precision)

    def clean_fields(self, exclude=None):
        # A client that sends only a currency (as before units existed) means money; a metric
        # with one unit implies it. Otherwise the unit must be given, and the error says why.
        exclude = set(exclude or ())
        unknown_unit = False
        unit: int | None = self.unit_id  # None until given: the column is required, not the argument
        if unit is None and "unit" not in exclude:
            unit = default_unit(self.metric_id, self.currency)
            unknown_unit = unit is None
            if unit is not None:
                self.unit_id = unit
        errors: dict[str, list[str]] = {}
        try:
            super().clean_fields(exclude | {"unit"} if unknown_unit else exclude)
        except ValidationError as exc:
            errors = exc.message_dict
        if unknown_unit:
            errors["unit"] = ["Give the unit: this metric is stated in more than one (money, percent...)."]
        if errors:
            raise ValidationError(errors)

    def clean(self):
        super().clean()
        errors = {**self._range_errors(), **self._unit_errors()}
        if self.part_of_id is not None and self.part_of_id == self.metric_id:
            errors["part_of"] = "A figure cannot be a part of its own metric."
        if errors:
            raise ValidationError(errors)

    def _range_errors(self) -> dict[str, str]:
        if self.qualifier != Qualifier.RANGE:
            if self.amount_to is not None:
                return {"amount_to": "Only a range has a high end: choose the range qualifier or leave it empty."}
            return {}
        if self.amount_to is None:
            return {"amount_to": "A range needs its high end."}
        if self.amount is not None and self.amount_to <= self.amount:
            return {"amount_to": "The high end of a range must be above its low end."}
        return {}

    def _unit_errors(self) -> dict[str, str]:
        """The currency goes with money only, and the unit must be one its metric accepts."""
        unit = Unit.objects.filter(pk=self.unit_id).values_list("currency", "slug").first() if self.unit_id else None
        if unit is None:
            return {}
        money, slug = unit
        if money and not self.currency:
            return {"currency": f"A figure in {slug} needs its currency, e.g. USD."}
        if not money and self.currency:
            return {"currency": f"Only money has a currency; a figure in {slug} has none."}
        allowed = list(Unit.objects.filter(metrics=self.metric_id).values_list("slug", flat=True))
        if self.metric_id is not None and allowed and slug not in allowed:
            return {"unit": f"This metric is stated in {', '.join(sorted(allowed))}, not in {slug}."}
        return {}


def default_unit(metric_id: int | None, currency: str) -> int | None:
    """The unit a figure given without one is in: money with a currency, else its metric's only unit."""
    if currency:
        return Unit.objects.filter(currency=True).order_by("pk").values_list("pk", flat=True).first()
    if metric_id is None:
        return None
    units = list(Unit.objects.filter(metrics=metric_id).values_list("pk", flat=True)[:2])
    return units[0] if len(units) == 1 else None


def _number(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():,f}"
