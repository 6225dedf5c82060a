"""Deployments (case studies): who runs which hypervisor, on what, hosting what, and why."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from ..choices import Stage, VirtualizationMode
from ..dates import format_precise_date
from .base import (
    NaturalKeyManager,
    PermanentKeyMixin,
    PreciseDatesMixin,
    TimeStampedModel,
    precision_field,
    tracked_history,
)
from .catalog import Hypervisor, OperatingSystem, Purpose
from .organizations import Organization
from .products import Product
from .synthetic import synthetic_field


class Deployment(PermanentKeyMixin, PreciseDatesMixin, TimeStampedModel):
    """A case study: an organization's use of a hypervisor, at a stage, on someone's word."""

    precise_dates = (("reported_on", "reported_precision"),)
    permanent_key = "reference"

    reference = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Permanent, human-readable identifier such as casio-xen-sles-2007. "
        "It cannot be changed once saved and is never reused, even after a deletion.",
    )
    customer = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="deployments", help_text="Who runs it."
    )
    hypervisor = models.ForeignKey(Hypervisor, on_delete=models.PROTECT, related_name="deployments")
    product = models.ForeignKey(
        Product,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deployments",
        help_text="The named product or edition, when the source gives one; its hypervisor must be this one.",
    )
    hypervisor_version = models.CharField(max_length=50, blank=True, help_text='As reported, e.g. "3.0".')
    host_os = models.ForeignKey(
        OperatingSystem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_deployments",
        verbose_name="host OS",
        help_text="The operating system the hypervisor ships in or runs under (for Xen, the distribution "
        "of its control domain). Empty for a stand-alone bare-metal hypervisor such as VMware ESX Server.",
    )
    host_os_version = models.CharField(
        max_length=50, blank=True, verbose_name="host OS version", help_text='As reported, e.g. "5" for RHEL 5.'
    )
    stage = models.CharField(
        max_length=20,
        choices=Stage.choices,
        db_index=True,
        blank=True,
        help_text="How far along the customer is: the stage of its latest stage observation, derived from them.",
    )
    purposes = models.ManyToManyField(
        Purpose, blank=True, related_name="deployments", help_text="Why the customer virtualises."
    )
    supplier = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supplied_deployments",
        help_text="The vendor or integrator behind the deployment, if the source names one.",
    )
    host_count = models.PositiveIntegerField(null=True, blank=True, help_text="Physical hosts, if reported.")
    vm_count = models.PositiveIntegerField(
        null=True, blank=True, verbose_name="VM count", help_text="Virtual machines in all, if reported."
    )
    reported_on = models.DateField(
        db_index=True,
        help_text="When the deployment was made public; with a coarser precision, any day in the period "
        "(stored as its first day).",
    )
    reported_precision = precision_field()
    summary = models.TextField(
        max_length=5000, help_text="What the source reports, in our own words (never copied sentences)."
    )
    synthetic = synthetic_field()

    objects = NaturalKeyManager("reference")
    history = tracked_history(m2m_fields=[purposes])

    class Meta:
        ordering = ["-reported_on", "reference"]
        # An index for each ordering the API offers (api/pagination.py breaks ties by id, in the
        # direction of the first column, so one index serves an ordering both ways), for pages
        # that cost the same deep in a million rows as at the start.
        indexes = [
            models.Index(fields=["-reported_on", "reference"], name="deployment_default_order"),
            models.Index(fields=["reported_on", "id"], name="deployment_reported_order"),
            models.Index(fields=["stage", "id"], name="deployment_stage_order"),
            models.Index(fields=["created", "id"], name="deployment_created_order"),
            models.Index(fields=["updated", "id"], name="deployment_updated_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(host_os__isnull=False) | Q(host_os_version=""),
                name="deployment_host_os_version_needs_host_os",
                violation_error_message="A host OS version needs a host OS.",
            ),
        ]

    def __str__(self):
        return self.reference

    def natural_key(self):
        return (self.reference,)

    def clean(self):
        super().clean()
        if self.host_os_version and self.host_os_id is None:
            raise ValidationError({"host_os_version": "A host OS version needs a host OS: choose the host OS too."})
        if self.product_id is not None and self.hypervisor_id is not None:
            if Deployment.product.is_cached(self):  # set as a record (an import resolves slugs so)
                packaged = self.product.hypervisor_id if self.product is not None else None
            else:
                packaged = Product.objects.filter(pk=self.product_id).values_list("hypervisor_id", flat=True).first()
            if packaged is not None and packaged != self.hypervisor_id:
                raise ValidationError({"product": "This product packages another hypervisor than the deployment's."})

    @property
    def reported_display(self) -> str:
        return format_precise_date(self.reported_on, self.reported_precision)


class Guest(TimeStampedModel):
    """An operating system a deployment runs in its virtual machines."""

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="guests")
    operating_system = models.ForeignKey(OperatingSystem, on_delete=models.PROTECT, related_name="guests")
    version = models.CharField(max_length=50, blank=True, help_text='As reported, e.g. "2003".')
    mode = models.CharField(
        max_length=20,
        choices=VirtualizationMode.choices,
        default=VirtualizationMode.UNKNOWN,
        verbose_name="virtualization mode",
        help_text="Paravirtualized (a modified guest) or hardware-assisted (an unmodified one), if reported.",
    )
    vm_count = models.PositiveIntegerField(
        null=True, blank=True, verbose_name="VM count", help_text="Virtual machines running this guest, if reported."
    )

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["deployment", "operating_system", "version"],
                name="guest_unique_per_deployment",
                violation_error_message="This deployment already lists that guest operating system and version.",
            ),
        ]

    def __str__(self):
        name = f"{self.operating_system} {self.version}".strip()
        return f"{name} ×{self.vm_count}" if self.vm_count else name
