"""Products: a vendor's named product or edition, packaging a hypervisor or an operating system."""

from django.core.exceptions import ValidationError
from django.db import models

from ..dates import format_precise_date
from .base import NaturalKeyManager, PreciseDatesMixin, TimeStampedModel, precision_field, tracked_history
from .catalog import Hypervisor, OperatingSystem
from .synthetic import synthetic_field


class Product(PreciseDatesMixin, TimeStampedModel):
    """A product or edition as it is sold (XenServer Enterprise 4.0, SUSE Linux Enterprise Server 10)."""

    precise_dates = (("released_on", "released_precision"),)

    slug = models.SlugField(max_length=100, unique=True, help_text="Short name used in URLs, filters and CSV.")
    name = models.CharField(max_length=200, unique=True, help_text="As the vendor names it, edition included.")
    vendor = models.ForeignKey("adoption.Organization", on_delete=models.PROTECT, related_name="products")
    hypervisor = models.ForeignKey(
        Hypervisor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="products",
        help_text="The hypervisor it packages, if any.",
    )
    operating_system = models.ForeignKey(
        OperatingSystem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="products",
        help_text="The operating system it is or packages, if any.",
    )
    version = models.CharField(max_length=50, blank=True, help_text='As the vendor numbers it, e.g. "4.0".')
    released_on = models.DateField(null=True, blank=True, help_text="When it was released, if known.")
    released_precision = precision_field()
    description = models.TextField(blank=True, max_length=5000, help_text="What it is, in our own words.")
    synthetic = synthetic_field()

    objects = NaturalKeyManager()
    history = tracked_history()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        super().clean()
        # Deployment.clean() says a deployment's product packages its hypervisor; this is the other side.
        if self.pk is not None and self.hypervisor_id is not None:
            others = self.deployments.exclude(hypervisor_id=self.hypervisor_id)
            if others.exists():
                used = ", ".join(others.order_by("reference").values_list("reference", flat=True)[:3])
                raise ValidationError(
                    {"hypervisor": f"Deployments of this product run another hypervisor ({used}): change them first."}
                )

    @property
    def released_display(self) -> str:
        return format_precise_date(self.released_on, self.released_precision)
