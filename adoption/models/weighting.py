"""The population a survey stands for, and the weighting runs that rake its responses to it.

A survey declares known population margins: for one or more response dimensions (size
band, industry, country, overall stage), the share of the population in each value. A
weighting run (services.weighting) rakes the responses' weights until the weighted
shares match every margin, trims them to the survey's cap, and writes each response's
weight with the run that made it. The run keeps what a methodology section reports:
whether it converged, in how many iterations, how many weights were trimmed, the design
effect and the effective sample size.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from ..choices import COUNTRY_CHOICES, SizeBand, Stage
from .base import TimeStampedModel, tracked_history
from .organizations import Industry
from .surveys import Survey


class WeightingDimension(models.TextChoices):
    """The response fields a survey can be weighted by: each response has one value of each."""

    SIZE_BAND = "size_band", "Size band"
    INDUSTRY = "industry", "Industry"
    COUNTRY = "country", "Country"
    STAGE = "stage", "Virtualization stage"


class PopulationMargin(TimeStampedModel):
    """The share of a survey's population with one value of one dimension (e.g. 40% have 1-99 employees)."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="margins")
    dimension = models.CharField(max_length=20, choices=WeightingDimension.choices)
    value = models.CharField(
        max_length=100,
        help_text="A size band, a stage, a country code or an industry's slug, as responses store it.",
    )
    share = models.DecimalField(
        max_digits=7,
        decimal_places=6,
        validators=[MinValueValidator(Decimal("0.000001")), MaxValueValidator(Decimal("1"))],
        help_text="The population's share with this value, from 0 to 1; a dimension's shares add up to 1.",
    )

    history = tracked_history()

    class Meta:
        ordering = ["survey", "dimension", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "dimension", "value"],
                name="population_margin_once",
                violation_error_message="This survey already has a share for that value.",
            )
        ]

    def __str__(self):
        return f"{self.get_dimension_display()} {self.value}: {self.share}"

    def clean(self):
        super().clean()
        problem = value_problem(self.dimension, self.value)
        if problem:
            raise ValidationError({"value": problem})


COUNTRY_CODES = frozenset(code for code, _ in COUNTRY_CHOICES)


def value_problem(dimension: str, value: str) -> str:
    """Why `value` is not one a response can have in `dimension` ("" when it is): a margin
    for a value no response can store would make raking chase a share it can never reach."""
    if dimension == WeightingDimension.SIZE_BAND and value not in SizeBand.values:
        return f"{value!r} is not a size band: one of {', '.join(SizeBand.values)}."
    if dimension == WeightingDimension.STAGE and value not in Stage.values:
        return f"{value!r} is not a stage: one of {', '.join(Stage.values)}."
    if dimension == WeightingDimension.COUNTRY and value not in COUNTRY_CODES:
        return f"{value!r} is not an ISO 3166-1 alpha-2 country code (e.g. DE)."
    if dimension == WeightingDimension.INDUSTRY and value and not Industry.objects.filter(slug=value).exists():
        return f"There is no industry {value!r}: give an industry's slug."
    return ""


class WeightingRun(models.Model):
    """One raking of a survey's responses to its population margins, and how it went."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="weighting_runs")
    created = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    method = models.CharField(max_length=200, help_text="The algorithm and library that computed the weights.")
    margins = models.JSONField(help_text="The margins raked to: {dimension: {value: share}}.")
    cap = models.DecimalField(max_digits=6, decimal_places=2, help_text="No weight above cap x the mean weight.")
    converged = models.BooleanField()
    iterations = models.PositiveIntegerField()
    max_gap = models.FloatField(help_text="The largest gap left between a weighted share and its margin.")
    received = models.PositiveIntegerField(help_text="The survey's responses when the run started.")
    weighted = models.PositiveIntegerField(help_text="The responses given a weight.")
    trimmed = models.PositiveIntegerField(help_text="The weights cut to the cap.")
    design_effect = models.FloatField(help_text="Kish's design effect of the weights: 1 + CV squared.")
    effective_size = models.FloatField(help_text="The weighted responses' effective sample size: n / design effect.")

    class Meta:
        ordering = ["survey", "-created", "-pk"]
        get_latest_by = "created"

    def __str__(self):
        return f"{self.survey} weighted {self.created:%Y-%m-%d %H:%M}"
