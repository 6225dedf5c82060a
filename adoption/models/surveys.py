"""Adoption surveys: questionnaires, and each respondent's answers.

A respondent's identity is confidential: only users with the `view_respondent`
permission see which organization gave a response (in the admin, the API, CSV and
reports); everyone else sees the answers alone.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django_countries.fields import CountryField

from ..choices import OSFamily, SizeBand, Stage
from .base import NaturalKeyManager, PermanentKeyMixin, TimeStampedModel, tracked_history
from .catalog import Hypervisor, Purpose
from .organizations import Industry, Organization
from .sources import Source
from .synthetic import synthetic_field

RESPONDENT_PERMISSION = "adoption.view_respondent"


class Survey(TimeStampedModel):
    """A questionnaire run once: who ran it, when, whom it asked, and where it was published."""

    slug = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=300)
    conducted_by = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="surveys_conducted", help_text="Who ran the survey."
    )
    fielded_from = models.DateField(help_text="The first day answers were collected.")
    fielded_to = models.DateField(null=True, blank=True, help_text="The last day; empty if a single day or unknown.")
    population = models.TextField(
        max_length=2000, help_text="Whom it asked and how they were chosen, e.g. IT managers of 200 EU firms."
    )
    series = models.SlugField(
        max_length=100,
        blank=True,
        db_index=True,
        help_text="Surveys that ask the same population, one wave each, share a series (e.g. "
        "eu-it-managers-virtualization); reports compare the waves of one (group_by=wave&series=...).",
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="surveys",
        help_text="The report or article that published its results.",
    )
    synthetic = models.BooleanField(
        default=False,
        db_index=True,
        help_text="Made-up answers for demonstrations (generate_demo_data); never cite them. "
        "generate_demo_data --remove deletes the surveys that have it, with their responses.",
    )
    description = models.TextField(blank=True, max_length=5000)
    weight_cap = models.DecimalField(
        max_digits=6,
        decimal_places=2,
        default=Decimal("5"),
        validators=[MinValueValidator(Decimal("1"))],
        help_text="Weighting trims every weight to at most this many times the mean weight.",
    )
    import_mapping = models.JSONField(
        default=dict,
        blank=True,
        help_text="How a survey tool's export maps to responses (columns to fields, answer texts to values); "
        "saved by the import and offered to the next wave of the series.",
    )

    objects = NaturalKeyManager()
    history = tracked_history(excluded_fields=["import_mapping"])

    class Meta:
        ordering = ["-fielded_from", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(fielded_to__isnull=True) | Q(fielded_to__gte=F("fielded_from")),
                name="survey_fielded_in_order",
                violation_error_message="A survey cannot end before it starts.",
            )
        ]

    def __str__(self):
        return f"{self.title} (synthetic)" if self.synthetic else self.title

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        super().clean()
        if self.fielded_to and self.fielded_from and self.fielded_to < self.fielded_from:
            raise ValidationError({"fielded_to": "A survey cannot end before it starts."})


class SurveyResponse(PermanentKeyMixin, TimeStampedModel):
    """One respondent's answers to one survey."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    permanent_key = "reference"

    reference = models.SlugField(
        max_length=100, unique=True, help_text="A permanent identifier such as tco-2008-0017; it names no one."
    )
    respondent = models.ForeignKey(
        Organization,
        # Not PROTECT: refusing to delete an organization "because a survey response names it"
        # would tell who responded. Deleting it leaves the answers, anonymous.
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survey_responses",
        help_text="Confidential: only users allowed to see respondents see it. Empty when anonymous.",
    )
    industry = models.ForeignKey(Industry, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    country = CountryField(blank=True)
    size_band = models.CharField(max_length=10, choices=SizeBand.choices, blank=True)
    linux_years = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(60)],
        verbose_name="years of Linux in production",
    )
    stage = models.CharField(
        max_length=20,
        choices=Stage.choices,
        blank=True,
        verbose_name="virtualization stage",
        help_text="How far along the respondent is with virtualization overall.",
    )
    purposes = models.ManyToManyField(Purpose, blank=True, related_name="survey_responses")
    synthetic = synthetic_field()
    weight = models.FloatField(
        null=True,
        blank=True,
        editable=False,
        help_text="The response's weight from the survey's latest weighting run; empty when not weighted.",
    )
    weighting_run = models.ForeignKey(
        "WeightingRun", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )

    # Field -> the permission that shows it; adoption.confidential closes every other path to it.
    CONFIDENTIAL = {"respondent": RESPONDENT_PERMISSION}

    objects = NaturalKeyManager("reference")
    # A weighting run rewrites every weight at once; the run is its record, not one history row per response.
    history = tracked_history(m2m_fields=[purposes], excluded_fields=["weight", "weighting_run"])

    class Meta:
        ordering = ["survey", "reference"]
        permissions = [("view_respondent", "Can see which organization gave a survey response")]

    def __str__(self):
        return self.reference

    def natural_key(self):
        return (self.reference,)


class ResponseHypervisor(TimeStampedModel):
    """A hypervisor a respondent uses or evaluates, at its own stage."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="hypervisors")
    hypervisor = models.ForeignKey(Hypervisor, on_delete=models.PROTECT, related_name="survey_answers")
    stage = models.CharField(max_length=20, choices=Stage.choices)

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["response", "hypervisor"],
                name="response_hypervisor_once",
                violation_error_message="This response already lists that hypervisor.",
            )
        ]

    def __str__(self):
        return f"{self.hypervisor} ({self.stage})"


class ResponseGuestFamily(TimeStampedModel):
    """A family of guest operating systems a respondent virtualises."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="guest_families")
    family = models.CharField(max_length=20, choices=OSFamily.choices)

    history = tracked_history()

    class Meta:
        ordering = ["family"]
        verbose_name_plural = "response guest families"
        constraints = [
            models.UniqueConstraint(
                fields=["response", "family"],
                name="response_guest_family_once",
                violation_error_message="This response already lists that family.",
            )
        ]

    def __str__(self):
        return self.get_family_display()
