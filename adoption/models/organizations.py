"""Organizations: customers, vendors, integrators, analysts and publishers in one table."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django_countries.fields import CountryField

from .base import (
    FoldedKeyMixin,
    FoldedKeyQuerySet,
    NaturalKeyManager,
    TimeStampedModel,
    VocabularyModel,
    tracked_history,
)
from .synthetic import synthetic_field

# Characters that show as nothing: Unicode's default-ignorable code points (zero-width
# spaces and joiners, the soft hyphen, direction marks and embeddings, variation
# selectors, fillers, tags...) and, below, every other format character (category Cf).
IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
WHITESPACE = re.compile(r"\s+")  # any run of Unicode whitespace, non-breaking spaces included


def normalize_name(name: str) -> str:
    """A name as it is stored: invisible characters dropped, Unicode NFC, each run of
    whitespace one space, none at either end. Two spellings a reader cannot tell apart
    ("Café" composed or decomposed, with a non-breaking space or a soft hyphen) become one."""
    name = "".join(char for char in IGNORABLE.sub("", name) if unicodedata.category(char) != "Cf")
    return WHITESPACE.sub(" ", unicodedata.normalize("NFC", name)).strip()


def name_key(name: str) -> str:
    """What two names must not share: the normalised name, casefolded, in compatibility form
    (NFKC, so fullwidth "Ｃasio" and a ligature read as the letters they show). "Casio
    Computer" and "CASIO  COMPUTER" have one key."""
    folded = unicodedata.normalize("NFKC", normalize_name(name)).casefold()
    return WHITESPACE.sub(" ", unicodedata.normalize("NFKC", folded)).strip()


class Industry(VocabularyModel):
    """A line of business an organization is in (telecommunications, consumer electronics...)."""

    history = tracked_history()

    class Meta(VocabularyModel.Meta):
        verbose_name_plural = "industries"


class Organization(FoldedKeyMixin, TimeStampedModel):
    """A company or body; its role (customer, vendor, publisher...) shows through its relations.

    Names are unique ignoring case, spacing and Unicode spelling: `name_key` (never shown)
    holds name_key(name) under a unique constraint, so the database refuses what
    validation would, on PostgreSQL and SQLite alike. The name is normalised and the key
    filled on every write (FoldedKeyMixin).
    """

    name = models.CharField(max_length=200, unique=True, help_text="The name it is best known by.")
    name_key = models.CharField(
        max_length=600,  # casefolding can make a name longer (ß -> ss), at most threefold
        unique=True,
        editable=False,
        help_text="The name casefolded, so that no two names differ only in case or spacing. Never shown.",
    )
    slug = models.SlugField(max_length=200, unique=True, help_text="Short name used in URLs, filters and CSV.")
    country = CountryField(blank=True, db_index=True, help_text="Country of its headquarters (ISO 3166-1 alpha-2).")
    industry = models.ForeignKey(
        Industry, on_delete=models.PROTECT, null=True, blank=True, related_name="organizations"
    )
    website = models.URLField(blank=True, max_length=500)
    description = models.TextField(blank=True, max_length=5000, help_text="What it does, in our own words.")
    synthetic = synthetic_field()

    # Fields unique after folding: field -> the column holding its folded form (CSV import checks it there).
    FOLDED_UNIQUE = {"name": "name_key"}

    objects = NaturalKeyManager.from_queryset(FoldedKeyQuerySet)()
    history = tracked_history(excluded_fields=["name_key"])

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def fill_folded_keys(self) -> None:
        if isinstance(self.name, str):
            self.name = normalize_name(self.name)
            self.name_key = name_key(self.name)

    def validate_unique(self, exclude=None):
        """Django's checks, with the name's done on its key, the error naming the record that has it."""
        exclude = set(exclude or ())
        errors: dict[str, list[ValidationError]] = {}
        try:
            super().validate_unique(exclude={*exclude, "name", "name_key"})
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if "name" not in exclude and self.name:
            other = Organization.objects.filter(name_key=name_key(self.name)).exclude(pk=self.pk).first()
            if other is not None:
                errors.setdefault("name", []).append(ValidationError(other.duplicate_message()))
        if errors:
            raise ValidationError(errors)

    def duplicate_message(self, field_name: str = "name", where: str = "") -> str:
        """The error for another record given this one's name (in any case or spacing);
        `where` names this record ("line 2") when it has no slug yet."""
        return f"“{self.name}” ({where or self.slug}) already has this {field_name}, ignoring case and spacing."

    def owners_on(self, day) -> "models.QuerySet[Organization]":
        """The organizations that owned this one on `day` (its ownership periods: models.ownership)."""
        from .ownership import Ownership  # the periods' module imports this one

        periods = Ownership.objects.filter(organization=self).covering(day)
        return Organization.objects.filter(pk__in=periods.values("parent"))


class OrganizationAlias(TimeStampedModel):
    """Another name an organization is known by ("Casio" for Casio Computer)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, db_index=True)

    history = tracked_history()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "organization aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "name"],
                name="organization_alias_unique",
                violation_error_message="This organization already has that alias.",
            ),
        ]

    def __str__(self):
        return self.name

    def clean_fields(self, exclude=None):
        # Spelt as organization names are, so that search finds it however it was typed.
        if isinstance(self.name, str):
            self.name = normalize_name(self.name)
        super().clean_fields(exclude)

    def save(self, *args, **kwargs):
        if isinstance(self.name, str):
            self.name = normalize_name(self.name)
        super().save(*args, **kwargs)
