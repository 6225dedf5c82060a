"""The market around the hypervisors: IPOs, acquisitions and rumours, roadmaps, commentary."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from .. import currencies
from ..choices import EventKind, EventStatus, Metric
from ..dates import format_precise_date
from .base import (
    NaturalKeyManager,
    PermanentKeyMixin,
    PreciseDatesMixin,
    TimeStampedModel,
    precision_field,
    tracked_history,
)
from .catalog import Hypervisor, OperatingSystem
from .organizations import Organization


class MarketEvent(PermanentKeyMixin, PreciseDatesMixin, TimeStampedModel):
    """Something that happened, or was said to be happening, in the virtualization market."""

    precise_dates = (("date", "date_precision"),)
    permanent_key = "slug"

    slug = models.SlugField(
        max_length=200, unique=True, help_text="Permanent short name used in URLs and CSV, e.g. vmware-ipo-2007."
    )
    title = models.CharField(max_length=300, help_text="One line that says what happened.")
    kind = models.CharField(max_length=30, choices=EventKind.choices, db_index=True)
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        db_index=True,
        help_text="Rumoured, announced, completed, denied or cancelled, as of the latest source.",
    )
    date = models.DateField(
        db_index=True,
        help_text="When it happened or was reported; with a coarser precision, any day in the period "
        "(stored as its first day).",
    )
    date_precision = precision_field()
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name="subject",
        help_text="The organization the event is about (the company floating, buying, or announcing).",
    )
    counterparty = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="counterparty_events",
        help_text="The other side, if any: the target of an acquisition, a partner.",
    )
    hypervisors = models.ManyToManyField(
        Hypervisor, blank=True, related_name="events", help_text="Hypervisor products involved."
    )
    operating_systems = models.ManyToManyField(
        OperatingSystem, blank=True, related_name="events", help_text="Operating system products involved."
    )
    summary = models.TextField(max_length=5000, help_text="What happened, in our own words (never copied sentences).")

    objects = NaturalKeyManager()
    history = tracked_history(m2m_fields=[hypervisors, operating_systems])

    class Meta:
        ordering = ["-date", "slug"]
        verbose_name = "market event"
        constraints = [
            models.CheckConstraint(
                condition=~Q(counterparty=F("organization")),
                name="event_counterparty_differs",
                violation_error_message="The counterparty must be another organization than the subject.",
            ),
        ]

    def __str__(self):
        return f"{self.date_display}: {self.title}"

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        super().clean()
        # The constraint says it too, but without naming the field.
        if self.counterparty_id is not None and self.counterparty_id == self.organization_id:
            raise ValidationError({"counterparty": "The counterparty must be another organization than the subject."})

    @property
    def date_display(self) -> str:
        return format_precise_date(self.date, self.date_precision)


class EventFigure(TimeStampedModel):
    """A number an event carries: an offer price, a valuation, a deal value."""

    event = models.ForeignKey(MarketEvent, on_delete=models.CASCADE, related_name="figures")
    metric = models.CharField(max_length=30, choices=Metric.choices)
    amount = models.DecimalField(max_digits=20, decimal_places=4, help_text="In whole units: 959000000 for $959m.")
    currency = models.CharField(max_length=3, choices=currencies.CHOICES, help_text="ISO 4217 code, e.g. USD.")
    note = models.CharField(
        max_length=200, blank=True, help_text='What qualifies the figure: "top of the expected range".'
    )

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(currency__in=currencies.CODES),
                name="event_figure_currency_iso_4217",
                violation_error_message="The currency must be an ISO 4217 code such as USD or EUR.",
            ),
        ]

    def __str__(self):
        return f"{self.get_metric_display()}: {self.amount.normalize():,f} {self.currency}"
