"""The market around the hypervisors: IPOs, acquisitions and rumours, roadmaps, commentary."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from ..choices import SETTLED_STATUSES, EventKind, EventStatus, LinkKind
from ..dates import format_precise_date, period_end
from .base import (
    NaturalKeyManager,
    PermanentKeyMixin,
    PreciseDatesMixin,
    TimeStampedModel,
    VocabularyModel,
    precision_field,
    tracked_history,
)
from .catalog import Hypervisor, OperatingSystem
from .organizations import Organization
from .products import Product
from .synthetic import synthetic_field

# The two parties an event names in fields of its own; `parties` holds everyone else.
PRINCIPAL_ROLES = ("subject", "counterparty")


class MarketEvent(PermanentKeyMixin, PreciseDatesMixin, TimeStampedModel):
    """Something that happened, or was said to be happening, in the virtualization market."""

    precise_dates = (("date", "date_precision"), ("expected_on", "expected_precision"))
    permanent_key = "slug"

    slug = models.SlugField(
        max_length=200, unique=True, help_text="Permanent short name used in URLs and CSV, e.g. vmware-ipo-2007."
    )
    title = models.CharField(max_length=300, help_text="One line that says what happened.")
    kind = models.CharField(max_length=30, choices=EventKind.choices, db_index=True)
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        db_index=True,
        help_text="Where it stands as of the latest source: rumoured, denied, announced, definitive agreement, "
        "pending approval, completed, terminated, or cancelled.",
    )
    date = models.DateField(
        db_index=True,
        help_text="When it happened or was reported; with a coarser precision, any day in the period "
        "(stored as its first day).",
    )
    date_precision = precision_field()
    expected_on = models.DateField(
        null=True,
        blank=True,
        help_text="For what has not happened yet, when it is expected (closing expected in Q4: the quarter's "
        "first day with quarter precision).",
    )
    expected_precision = precision_field()
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name="subject",
        help_text="The organization the event is about (the company floating, buying, or announcing). "
        "Every other organization with a part in it is in parties, in its role.",
    )
    counterparty = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="counterparty_events",
        help_text="The other side, if any: the target of an acquisition, a partner. The subject and the "
        "counterparty are named here (the preferred way for those two); every other organization, in its "
        "role, goes in parties.",
    )
    hypervisors = models.ManyToManyField(
        Hypervisor, blank=True, related_name="events", help_text="Hypervisor products involved."
    )
    operating_systems = models.ManyToManyField(
        OperatingSystem, blank=True, related_name="events", help_text="Operating system products involved."
    )
    products = models.ManyToManyField(
        Product, blank=True, related_name="events", help_text="Named products or editions involved."
    )
    summary = models.TextField(max_length=5000, help_text="What happened, in our own words (never copied sentences).")
    synthetic = synthetic_field()

    objects = NaturalKeyManager()
    history = tracked_history(m2m_fields=[hypervisors, operating_systems, products])

    class Meta:
        ordering = ["-date", "slug"]
        verbose_name = "market event"
        constraints = [
            models.CheckConstraint(
                condition=~Q(counterparty=F("organization")),
                name="event_counterparty_differs",
                violation_error_message="The counterparty must be another organization than the subject.",
            ),
        ]

    def __str__(self):
        return f"{self.date_display}: {self.title}"

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        super().clean()
        # The constraint says it too, but without naming the field.
        if self.counterparty_id is not None and self.counterparty_id == self.organization_id:
            raise ValidationError({"counterparty": "The counterparty must be another organization than the subject."})
        if self.expected_on is not None:
            if self.status in SETTLED_STATUSES:
                raise ValidationError(
                    {
                        "expected_on": f"A {self.get_status_display().lower()} event expects nothing more: "
                        "leave the expected date empty."
                    }
                )
            if self.date is not None and period_end(self.expected_on, self.expected_precision) < self.date:
                raise ValidationError({"expected_on": "The expected date cannot be before the event's own date."})

    @property
    def date_display(self) -> str:
        return format_precise_date(self.date, self.date_precision)

    @property
    def figure_disagreements(self) -> list[str]:
        """The metrics (slugs) for which the event's figures state more than one value in the same unit.

        Reads the figures prefetched with their metrics when there are (the API's pages do)."""
        values: dict[tuple, set[tuple]] = {}
        slugs: dict[int, str] = {}
        for figure in self.figures.all():
            key = (figure.metric_id, figure.unit_id, figure.currency, figure.part_of_id)
            values.setdefault(key, set()).add((figure.qualifier, figure.amount, figure.amount_to))
            slugs[figure.metric_id] = figure.metric.slug
        return sorted({slugs[key[0]] for key, found in values.items() if len(found) > 1})

    @property
    def expected_display(self) -> str:
        return format_precise_date(self.expected_on, self.expected_precision)


class PartyRole(VocabularyModel):
    """The part an organization plays in an event: acquirer, target, underwriter, analyst..."""

    history = tracked_history()

    class Meta(VocabularyModel.Meta):
        verbose_name = "party role"


class EventParty(TimeStampedModel):
    """An organization with a part in an event, beyond its subject and counterparty, in a role."""

    event = models.ForeignKey(MarketEvent, on_delete=models.CASCADE, related_name="parties")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="event_parts")
    role = models.ForeignKey(PartyRole, on_delete=models.PROTECT, related_name="parties")
    note = models.CharField(max_length=200, blank=True, help_text='What it did: "wrote the research note".')

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        verbose_name = "party"
        verbose_name_plural = "parties"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organization", "role"],
                name="event_party_unique",
                violation_error_message="This event already has that organization in that role.",
            ),
        ]

    def __str__(self):
        return f"{self.organization} ({self.role})"

    def clean(self):
        super().clean()
        slug = PartyRole.objects.filter(pk=self.role_id).values_list("slug", flat=True).first()
        if slug in PRINCIPAL_ROLES:
            raise ValidationError(
                {
                    "role": f"The {slug} is the event's own {'organization' if slug == 'subject' else slug} field; "
                    "parties hold everyone else."
                }
            )


class EventLink(TimeStampedModel):
    """How an event bears on an earlier one: the agreement confirms the rumour, the closing completes it."""

    event = models.ForeignKey(MarketEvent, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(max_length=20, choices=LinkKind.choices, help_text="What this event does to the other.")
    target = models.ForeignKey(
        MarketEvent,
        on_delete=models.PROTECT,
        related_name="linked_from",
        help_text="The event it confirms, denies, completes, supersedes or follows.",
    )
    note = models.CharField(max_length=200, blank=True)

    history = tracked_history()

    class Meta:
        ordering = ["pk"]
        verbose_name = "link"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "kind", "target"],
                name="event_link_unique",
                violation_error_message="This event already has that link.",
            ),
            models.CheckConstraint(
                condition=~Q(target=F("event")),
                name="event_link_not_to_itself",
                violation_error_message="An event cannot be linked to itself.",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.target}"

    def clean(self):
        super().clean()
        if self.event_id is not None and self.target_id == self.event_id:
            raise ValidationError({"target": "An event cannot be linked to itself."})
