"""Organizations: customers, vendors, integrators, analysts and publishers in one table."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django_countries.fields import CountryField

from .base import NaturalKeyManager, TimeStampedModel, VocabularyModel, tracked_history


class Industry(VocabularyModel):
    """A line of business an organization is in (telecommunications, consumer electronics...)."""

    history = tracked_history()

    class Meta(VocabularyModel.Meta):
        verbose_name_plural = "industries"


class Organization(TimeStampedModel):
    """A company or body; its role (customer, vendor, publisher...) shows through its relations."""

    name = models.CharField(max_length=200, unique=True, help_text="The name it is best known by.")
    slug = models.SlugField(max_length=200, unique=True, help_text="Short name used in URLs, filters and CSV.")
    country = CountryField(blank=True, db_index=True, help_text="Country of its headquarters (ISO 3166-1 alpha-2).")
    industry = models.ForeignKey(
        Industry, on_delete=models.PROTECT, null=True, blank=True, related_name="organizations"
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="subsidiaries",
        help_text="The group it belongs to (Swisscom IT Services belongs to Swisscom).",
    )
    website = models.URLField(blank=True, max_length=500)
    description = models.TextField(blank=True, max_length=5000, help_text="What it does, in our own words.")

    objects = NaturalKeyManager()
    history = tracked_history()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="organization_not_own_parent",
                violation_error_message="An organization cannot be its own parent.",
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        super().clean()
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk is not None and ancestor.pk == self.pk:
                raise ValidationError({"parent": "This parent would make the organization its own ancestor."})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent


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
