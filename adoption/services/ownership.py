"""Ownership changes that follow from a completed acquisition, written when an analyst confirms them.

A completed acquisition says the target now belongs to the acquirer. `planned_changes()`
works out what that means for the ownership periods (which to close, which to open) and
`record_acquisition()` writes exactly that, with history, after the analyst has seen it:
nothing is changed behind their back when the event is saved.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from ..choices import EventKind, EventStatus
from ..models import MarketEvent, Organization, Ownership


@dataclass
class OwnershipPlan:
    """What recording an acquisition changes: periods to end on its date, and the one to begin."""

    event: MarketEvent
    acquirer: Organization | None = None
    target: Organization | None = None
    to_close: list[Ownership] = field(default_factory=list)
    to_open: Ownership | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.to_open is None and not self.to_close


def _party(event: MarketEvent, role: str) -> Organization | None:
    party = event.parties.filter(role__slug=role).select_related("organization").first()
    return party.organization if party is not None else None


def planned_changes(event: MarketEvent) -> OwnershipPlan:
    """The ownership periods a completed acquisition closes and opens; `problems` says why there are none."""
    plan = OwnershipPlan(event)
    if event.kind != EventKind.ACQUISITION or event.status != EventStatus.COMPLETED:
        plan.problems.append(f"“{event.title}” is not a completed acquisition.")
        return plan
    # The acquirer is the party in that role, else the subject; the target likewise, else the counterparty.
    plan.acquirer = _party(event, "acquirer") or event.organization
    plan.target = _party(event, "target") or event.counterparty
    if plan.target is None or plan.acquirer is None or plan.target == plan.acquirer:
        plan.problems.append(f"“{event.title}” names no target other than its acquirer.")
        return plan
    open_periods = Ownership.objects.filter(organization=plan.target, ended_on__isnull=True).select_related("parent")
    if any(period.parent_id == plan.acquirer.pk for period in open_periods) or event.ownerships.exists():
        plan.problems.append(f"{plan.target} is already recorded as owned by {plan.acquirer}.")
        return plan
    plan.to_close = [period for period in open_periods]
    citation = event.citations.select_related("source").order_by("pk").first()
    plan.to_open = Ownership(
        reference=f"{plan.target.slug}-owned-by-{plan.acquirer.slug}-{event.date:%Y}"[:200],
        organization=plan.target,
        parent=plan.acquirer,
        started_on=event.date,
        started_precision=event.date_precision,
        event=event,
        source=citation.source if citation else None,
        locator=citation.locator if citation else "",
        note=f"Begun by the completed acquisition {event.slug}.",
    )
    return plan


@transaction.atomic
def record_acquisition(event: MarketEvent) -> OwnershipPlan:
    """Write the plan for `event`: close the target's open periods on its date, open the acquirer's.

    Raises ValidationError, changing nothing, when the event gives nothing to record or a
    period would not validate.
    """
    plan = planned_changes(event)
    if plan.problems:
        raise ValidationError(plan.problems)
    for period in plan.to_close:
        period.ended_on, period.ended_precision = event.date, event.date_precision
        period.full_clean()
        period.save()
    assert plan.to_open is not None  # a plan without problems opens a period
    plan.to_open.full_clean()
    plan.to_open.save()
    return plan
