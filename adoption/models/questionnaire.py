"""A survey's questionnaire: its questions, which response field each one answers, and the
answer options printed under it with the project's value each one stands for.

The questionnaire is what the methodology page prints, and what an import from a survey
tool maps answer texts through (services.survey_import): "Xen (Citrix)" in a column of
the answers to the hypervisor question is the hypervisor `xen`.
"""

from django.db import models

from .base import NaturalKeyManager, TimeStampedModel, tracked_history
from .surveys import Survey


class ResponseField(models.TextChoices):
    """The parts of a survey response a question can fill."""

    INDUSTRY = "industry", "Industry"
    COUNTRY = "country", "Country"
    SIZE_BAND = "size_band", "Size band"
    LINUX_YEARS = "linux_years", "Years of Linux in production"
    STAGE = "stage", "Virtualization stage"
    PURPOSES = "purposes", "Purposes"
    HYPERVISORS = "hypervisors", "Hypervisors and their stages"
    GUEST_FAMILIES = "guest_families", "Guest OS families"


class Question(TimeStampedModel):
    """One question of a survey, and the response field its answers fill."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    # A key of its own, for CSV and seeds: a code is unique only within its survey, and the
    # next wave of a series asks "q3" again.
    reference = models.SlugField(
        max_length=160,
        unique=True,
        blank=True,
        help_text="What CSV and seeds name the question by; left empty, <survey slug>-<code>.",
    )
    position = models.PositiveSmallIntegerField(help_text="Its place in the questionnaire: 1 for the first question.")
    code = models.SlugField(max_length=50, help_text="The question's name in the survey tool, e.g. q3 or size_band.")
    text = models.TextField(max_length=2000, help_text="The question as respondents read it.")
    answers = models.CharField(
        max_length=20,
        choices=ResponseField.choices,
        help_text="The response field its answers fill; a survey asks each field once.",
    )

    objects = NaturalKeyManager("reference")
    history = tracked_history()

    class Meta:
        ordering = ["survey", "position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "code"],
                name="question_code_once_per_survey",
                violation_error_message="This survey already has a question with that code.",
            ),
            models.UniqueConstraint(
                fields=["survey", "answers"],
                name="question_field_once_per_survey",
                violation_error_message="Another question of this survey already fills that response field.",
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.text[:80]}"

    def save(self, *args, **kwargs):
        self.fill_reference()
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.reference,)

    def clean(self):
        super().clean()
        self.fill_reference()

    def fill_reference(self) -> None:
        """An empty reference becomes <survey slug>-<code>, unique as the pair is."""
        if not self.reference and self.survey_id is not None and self.code:
            self.reference = f"{self.survey.slug}-{self.code}"


class AnswerOption(TimeStampedModel):
    """An answer printed under a question, and the project's value it stands for."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    position = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=300, help_text="The answer as printed, e.g. 10,000 employees or more.")
    value = models.CharField(
        max_length=100,
        help_text="The project's value it stands for: a size band, a stage, an OS family, a country code, "
        "or the slug of an industry, purpose or hypervisor.",
    )

    history = tracked_history()

    class Meta:
        ordering = ["question", "position", "text"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "text"],
                name="answer_option_once_per_question",
                violation_error_message="This question already has an answer with that text.",
            )
        ]

    def __str__(self):
        return self.text
