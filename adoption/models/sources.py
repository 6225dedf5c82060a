"""Sources (what we know things from) and citations (which source supports which record)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from ..choices import SourceKind
from ..dates import format_precise_date
from .base import NaturalKeyManager, PreciseDatesMixin, TimeStampedModel, precision_field, tracked_history
from .synthetic import synthetic_field


class Source(PreciseDatesMixin, TimeStampedModel):
    """A document facts are taken from: an article, a press release, an analyst note..."""

    precise_dates = (("published_on", "published_precision"),)

    slug = models.SlugField(max_length=200, unique=True, help_text="Short name used in URLs, filters and CSV.")
    kind = models.CharField(max_length=30, choices=SourceKind.choices, db_index=True)
    title = models.CharField(max_length=300, help_text="Headline or title, as published.")
    publisher = models.ForeignKey(
        "adoption.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="published_sources",
        help_text="Who published it (a newspaper, a bank's research desk, a vendor).",
    )
    authors = models.CharField(max_length=500, blank=True, help_text="Authors' names, separated by semicolons.")
    url = models.URLField(max_length=500, blank=True, help_text="Where it can be read, if anywhere.")
    published_on = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Publication date; with a coarser precision, any day in the period (stored as its first day).",
    )
    published_precision = precision_field()
    notes = models.TextField(
        blank=True, max_length=5000, help_text="What it is and how it was found, in our own words."
    )
    synthetic = synthetic_field()

    objects = NaturalKeyManager()
    history = tracked_history()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="source_url_unique",
                violation_error_message="Another source already has this URL.",
            ),
        ]

    def __str__(self):
        published = self.published_display
        return f"{self.title} ({published})" if published else self.title

    def natural_key(self):
        return (self.slug,)

    def validate_unique(self, exclude=None):
        # The conditional unique constraint would report this without a field; say which.
        # (A check against other rows, so it sits with Django's uniqueness checks.)
        super().validate_unique(exclude)
        if (not exclude or "url" not in exclude) and self.url:
            if Source.objects.filter(url=self.url).exclude(pk=self.pk).exists():
                raise ValidationError({"url": "Another source already has this URL."})

    @property
    def published_display(self) -> str:
        return format_precise_date(self.published_on, self.published_precision)


class Citation(TimeStampedModel):
    """A link from a deployment or a market event to a source that supports it."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    deployment = models.ForeignKey(
        "adoption.Deployment", on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    event = models.ForeignKey(
        "adoption.MarketEvent", on_delete=models.CASCADE, null=True, blank=True, related_name="citations"
    )
    locator = models.CharField(
        max_length=100, blank=True, help_text='Where in the source: "p. 3", "paragraph 12", "slide 7".'
    )
    note = models.TextField(blank=True, max_length=2000, help_text="What the source supports, in our own words.")

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(deployment__isnull=False, event__isnull=True)
                | Q(deployment__isnull=True, event__isnull=False),
                name="citation_cites_one_record",
                violation_error_message="A citation belongs to exactly one deployment or one event.",
            ),
            models.UniqueConstraint(
                fields=["deployment", "source", "locator"],
                condition=Q(deployment__isnull=False),
                name="citation_unique_per_deployment",
                violation_error_message="This deployment already cites that source at that locator.",
            ),
            models.UniqueConstraint(
                fields=["event", "source", "locator"],
                condition=Q(event__isnull=False),
                name="citation_unique_per_event",
                violation_error_message="This event already cites that source at that locator.",
            ),
        ]

    def __str__(self):
        return f"{self.source.title}, {self.locator}" if self.locator else self.source.title


def require_citations(record_label: str, citation_count: int) -> None:
    """Raise a ValidationError on `citations` unless the record cites at least one source.

    A constraint cannot say this (the citations are saved after their record), so every
    entry point (admin, API, CSV import, seeds) calls this before it commits.
    """
    if citation_count < 1:
        raise ValidationError(
            {"citations": f"A {record_label} needs at least one citation: add the source it comes from."}
        )
