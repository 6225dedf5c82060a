"""Deployments (case studies): who runs which hypervisor, on what, hosting what, and why."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q

from ..choices import Stage, VirtualizationMode
from ..dates import format_precise_date
from .base import NaturalKeyManager, PreciseDatesMixin, TimeStampedModel, chunked, precision_field, tracked_history
from .catalog import Hypervisor, OperatingSystem, Purpose
from .organizations import Organization
from .synthetic import synthetic_field


class Deployment(PreciseDatesMixin, TimeStampedModel):
    """A case study: an organization's use of a hypervisor, at a stage, on someone's word."""

    precise_dates = (("reported_on", "reported_precision"),)

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
        max_length=20, choices=Stage.choices, db_index=True, help_text="How far along the customer is."
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

    def reference_exists_message(self) -> str:
        """What validate_unique() says of a reference another deployment has."""
        return self.unique_error_message(Deployment, ("reference",)).messages[0]

    def clean(self):
        super().clean()
        if self.host_os_version and self.host_os_id is None:
            raise ValidationError({"host_os_version": "A host OS version needs a host OS: choose the host OS too."})

    def validate_unique(self, exclude=None):
        # Checks against other rows live here, with Django's uniqueness checks, so a bulk
        # path can skip them per row and run reference_problems() once for all its rows.
        errors = {}
        try:
            super().validate_unique(exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if not exclude or "reference" not in exclude:
            problem = Deployment.reference_problems([self])[0]
            if problem:
                errors.setdefault("reference", []).append(problem)
        if errors:
            raise ValidationError(errors)

    @classmethod
    def reference_problems(cls, deployments: list["Deployment"]) -> list[str]:
        """For each deployment, why its reference cannot be saved, or "" when it can.

        A reference is permanent (a saved deployment keeps its own) and never reused
        (one that belonged to a deleted deployment stays retired; the history says so).
        """
        stored, live, retired, taken = {}, set(), {}, {}
        for chunk in chunked([d.pk for d in deployments if d.pk is not None]):
            stored.update(cls.objects.filter(pk__in=chunk).values_list("pk", "reference"))
        for chunk in chunked({d.reference for d in deployments if d.reference}):
            live.update(cls.objects.filter(reference__in=chunk).values_list("reference", flat=True))
        for chunk in chunked({d.reference for d in deployments if d.reference} - live):
            # Whether each id is live is read in the same statement as its history: a deployment
            # another client created since the query above has both a history row and a live row
            # by now, and is taken, not retired.
            rows = (
                cls.history.filter(reference__in=chunk)
                .annotate(live=Exists(cls.objects.filter(pk=OuterRef("id"))))
                .values_list("reference", "id", "live")
                .distinct()
            )
            for reference, pk, is_live in rows:
                (taken if is_live else retired).setdefault(reference, set()).add(pk)
        problems = []
        for deployment in deployments:
            kept = stored.get(deployment.pk)
            if kept is not None and kept != deployment.reference:
                problems.append(f"A reference is permanent: this deployment stays {kept}.")
            elif taken.get(deployment.reference, set()) - {deployment.pk}:
                problems.append(deployment.reference_exists_message())
            elif retired.get(deployment.reference, set()) - {deployment.pk}:
                problems.append(
                    f"{deployment.reference} belonged to a deleted deployment; references are never reused."
                )
            else:
                problems.append("")
        return problems

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
