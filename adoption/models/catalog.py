"""The reference vocabulary: hypervisors, operating systems, techniques and purposes."""

from django.db import models

from ..choices import Architecture, Licence, OSFamily
from .base import NaturalKeyManager, TimeStampedModel, VocabularyModel, tracked_history


class Technique(VocabularyModel):
    """A way of virtualising a CPU: paravirtualization, hardware assistance, binary translation."""

    history = tracked_history()


class Purpose(VocabularyModel):
    """Why an organization virtualises: server consolidation, hardware utilisation..."""

    history = tracked_history()


class Hypervisor(TimeStampedModel):
    """A virtualization product (Xen, VMware ESX Server, Microsoft Virtual Server...)."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Short name used in URLs, filters and CSV.")
    vendor = models.ForeignKey(
        "adoption.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hypervisors",
        help_text="The company behind it; for an open-source project, its main sponsor.",
    )
    architecture = models.CharField(
        max_length=20,
        choices=Architecture.choices,
        db_index=True,
        help_text="Bare-metal (type 1) runs on the hardware; hosted (type 2) runs inside an operating system.",
    )
    techniques = models.ManyToManyField(
        Technique, blank=True, related_name="hypervisors", help_text="How it virtualises the CPU."
    )
    licence = models.CharField(max_length=20, choices=Licence.choices, db_index=True)
    website = models.URLField(blank=True, max_length=500)
    description = models.TextField(blank=True, max_length=5000)

    objects = NaturalKeyManager()
    history = tracked_history(m2m_fields=[techniques])

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class OperatingSystem(TimeStampedModel):
    """An operating system product, without a version (versions live on the records that use it)."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Short name used in URLs, filters and CSV.")
    family = models.CharField(max_length=20, choices=OSFamily.choices, db_index=True)
    vendor = models.ForeignKey(
        "adoption.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="operating_systems",
    )

    objects = NaturalKeyManager()
    history = tracked_history()

    class Meta:
        ordering = ["name"]
        verbose_name = "operating system"

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)
