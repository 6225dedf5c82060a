"""Ownership over time: who owned an organization, from when to when, on whose word."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from ..dates import format_precise_date, period_end
from .base import NaturalKeyManager, PreciseDatesMixin, TimeStampedModel, known_by, precision_field, tracked_history
from .organizations import Organization
from .synthetic import synthetic_field


class OwnershipQuerySet(models.QuerySet):
    def covering(self, day: datetime.date) -> "OwnershipQuerySet":
        """Periods known to hold on `day`: begun by then, not ended before it. A start given as a
        period (2007-Q3) counts from that period's end, an end from its start; a period whose
        start is not known is not known to hold on any date (`owned_by` alone still finds it)."""
        started = known_by(day, "started_on", "started_precision")
        not_ended = Q(ended_on__isnull=True) | Q(ended_on__gt=day)
        return self.filter(started & not_ended)


OwnershipManager = NaturalKeyManager.from_queryset(OwnershipQuerySet)


class Ownership(PreciseDatesMixin, TimeStampedModel):
    """A period in which one organization owned another (wholly or in control), with its dates and source."""

    precise_dates = (("started_on", "started_precision"), ("ended_on", "ended_precision"))
    # clean() reads the other periods: an import checks it again once all its rows are written.
    clean_reads_other_records = True

    reference = models.SlugField(
        max_length=200,
        unique=True,
        help_text="Short identifier used in URLs and CSV, e.g. xensource-owned-by-citrix.",
    )
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="ownerships")
    parent = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="owned",
        help_text="The owner in this period (Swisscom for Swisscom IT Services).",
    )
    started_on = models.DateField(null=True, blank=True, help_text="When it began; empty when not known.")
    started_precision = precision_field()
    ended_on = models.DateField(null=True, blank=True, help_text="When it ended; empty while it lasts.")
    ended_precision = precision_field()
    event = models.ForeignKey(
        "adoption.MarketEvent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ownerships",
        help_text="The completed acquisition that began it, if recorded.",
    )
    source = models.ForeignKey(
        "adoption.Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ownerships",
        help_text="The source that reports it. Periods carried over from the old parent field have none yet.",
    )
    locator = models.CharField(max_length=100, blank=True, help_text='Where in the source: "paragraph 10".')
    note = models.CharField(max_length=200, blank=True)
    synthetic = synthetic_field()

    objects = OwnershipManager("reference")
    history = tracked_history()

    class Meta:
        ordering = ["organization__name", "started_on", "reference"]
        verbose_name = "ownership period"
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("organization")),
                name="ownership_not_own_parent",
                violation_error_message="An organization cannot own itself.",
            ),
        ]

    def __str__(self):
        return f"{self.organization} owned by {self.parent} ({self.period_display})"

    def natural_key(self):
        return (self.reference,)

    @property
    def started_display(self) -> str:
        return format_precise_date(self.started_on, self.started_precision)

    @property
    def ended_display(self) -> str:
        return format_precise_date(self.ended_on, self.ended_precision)

    @property
    def period_display(self) -> str:
        start, end = self.started_display or "?", self.ended_display
        return f"{start} to {end}" if end else f"from {start}"

    def clean(self):
        super().clean()
        if self.organization_id is not None and self.organization_id == self.parent_id:
            raise ValidationError({"parent": "An organization cannot own itself."})
        # Each date at its precision: an end known only to 2007 may follow a start in November 2007.
        if self.started_on and self.ended_on and period_end(self.ended_on, self.ended_precision) < self.started_on:
            raise ValidationError({"ended_on": "An ownership period cannot end before it starts."})
        if self.organization_id is not None and self.parent_id is not None and self._would_loop():
            raise ValidationError({"parent": "This parent would make the organization its own ancestor."})

    def _would_loop(self) -> bool:
        """Whether the parent is, through other periods, owned by the organization."""
        others = Ownership.objects.exclude(pk=self.pk) if self.pk else Ownership.objects.all()
        seen, frontier = set(), {self.parent_id}
        while frontier:
            if self.organization_id in frontier:
                return True
            seen |= frontier
            frontier = set(others.filter(organization__in=frontier).values_list("parent_id", flat=True)) - seen
        return False
