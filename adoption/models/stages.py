"""Stage histories: each stage a deployment was reported at, from when, and on whose word.

A deployment's `stage` is derived: it is the stage of its latest observation, the one
with the latest `held_from` (the first day of its period), then the furthest stage, then
the one recorded last. `Deployment.stage` stores it so that lists filter and reports
group by it in the database; every write path sets it from the observations
(`latest_of` before the record is saved, `refresh_stages` afterwards, the one rule in
Python and in SQL).
"""

import datetime
from collections.abc import Iterable, Mapping, Sequence

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.utils import timezone

from ..batches import chunked
from ..choices import Stage
from ..dates import FIRST_OBSERVED, format_precise_date
from .base import PreciseDatesMixin, TimeStampedModel, known_by, precision_field, restated, tracked_history
from .deployments import Deployment
from .sources import Source

# How far along each stage is: among observations from the same date, the furthest wins.
STAGE_RANK = {stage: rank for rank, stage in enumerate(Stage.values)}


def stage_rank(field: str = "stage") -> Case:
    """STAGE_RANK in SQL."""
    return Case(
        *(When(**{field: stage}, then=Value(rank)) for stage, rank in STAGE_RANK.items()),
        default=Value(-1),
        output_field=IntegerField(),
    )


# The order in which the latest observation comes first (after annotating `rank`).
LATEST_FIRST = ("-held_from", "-rank", "-pk")


class StageObservation(PreciseDatesMixin, TimeStampedModel):
    """A stage a deployment was at from some date, as one source reports it."""

    precise_dates = (("held_from", "held_from_precision"),)

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="stages")
    stage = models.CharField(max_length=20, choices=Stage.choices)
    held_from = models.DateField(
        help_text="From when the source says the deployment was at this stage; with a coarser precision, "
        "any day in the period (stored as its first day)."
    )
    held_from_precision = precision_field()
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,  # only for stages carried over from deployments that cited nothing (migration 0014)
        related_name="stage_observations",
        help_text="The source that reports the deployment at this stage.",
    )
    locator = models.CharField(
        max_length=100, blank=True, help_text='Where in the source: "p. 3", "paragraph 12", "slide 7".'
    )
    note = models.TextField(blank=True, max_length=2000, help_text="What the source says, in our own words.")

    history = tracked_history()

    class Meta:
        ordering = ["held_from", "pk"]
        verbose_name = "stage observation"
        indexes = [models.Index(fields=["deployment", "held_from"], name="stage_deployment_held_from")]
        constraints = [
            models.UniqueConstraint(
                fields=["deployment", "stage", "held_from", "source", "locator"],
                name="stage_observation_unique",
                violation_error_message="This deployment already has that stage from that date on that source's word.",
            ),
        ]

    def __str__(self):
        return f"{self.get_stage_display()} from {self.held_from_display}"

    def clean(self):
        super().clean()
        held: datetime.date | None = getattr(self, "held_from", None)  # None when not given (its field says so)
        if held is None:
            return
        if held < FIRST_OBSERVED:
            raise ValidationError({"held_from": f"A stage observed before {FIRST_OBSERVED.year}? Check the year."})
        if held > timezone.localdate():
            raise ValidationError(
                {"held_from": "A stage is observed, not forecast: this date is after today. Record it once it happens."}
            )

    @property
    def held_from_display(self) -> str:
        return format_precise_date(self.held_from, self.held_from_precision)


def latest_of(rows: Sequence[StageObservation]) -> StageObservation | None:
    """The latest of a deployment's observations as given (saved or not), whose stage is the deployment's.

    LATEST_FIRST's last key (the id) only parts observations of the same date and stage, so
    it cannot change the stage: rows not saved yet need no id to be ordered here."""
    return max(rows, key=lambda row: (row.held_from, STAGE_RANK.get(row.stage, -1)), default=None)


def latest_stage(observations: models.QuerySet, deployment: str = "pk") -> Subquery:
    """The stage of the latest of `observations` of the deployment at OuterRef(`deployment`)."""
    latest = (
        observations.filter(deployment=OuterRef(deployment))
        .annotate(rank=stage_rank())
        .order_by(*LATEST_FIRST)
        .values("stage")[:1]
    )
    return Subquery(latest, output_field=models.CharField())


# The annotation that holds each deployment's stage on the `as_of` date, and that lists,
# CSV and reports read instead of `stage` when it is there.
STAGE_AS_OF = restated("stage")


def stage_known_on(day: datetime.date, observations: QuerySet | None = None, deployment: str = "pk") -> Subquery:
    """The stage of the deployment at OuterRef(`deployment`) on `day`, from `observations` (all by default)."""
    rows = StageObservation.objects.all() if observations is None else observations
    return latest_stage(rows.filter(known_by(day, "held_from", "held_from_precision")), deployment)


def as_of(queryset: QuerySet, day: datetime.date) -> QuerySet:
    """Deployments reported by `day`, each with its stage on that day in STAGE_AS_OF."""
    return queryset.annotate(**{STAGE_AS_OF: stage_known_on(day)}).filter(**{f"{STAGE_AS_OF}__isnull": False})


def refresh_stages(pks: Iterable[int]) -> list[int]:
    """Set each deployment's `stage` to its latest observation's; the ids of those it changed."""
    changed: list[int] = []
    for chunk in chunked(list(pks)):
        derived = latest_stage(StageObservation.objects.all())
        stale = (
            Deployment.objects.filter(pk__in=chunk)
            .annotate(derived=derived)
            .exclude(derived__isnull=True)
            .exclude(stage=models.F("derived"))
        )
        ids = list(stale.values_list("pk", flat=True))
        if ids:
            Deployment.objects.filter(pk__in=ids).update(stage=latest_stage(StageObservation.objects.all()))
            changed.extend(ids)
    return changed


def require_stages(count: int) -> None:
    """A deployment has at least one observed stage: the stage it is at comes from them."""
    if count < 1:
        raise ValidationError(
            {"stages": "A deployment needs at least one stage observation: the stage, from when, and the source."}
        )


def settled_stage(
    record,
    given: str | None,
    rows: Sequence[StageObservation] | None,
    lists: Mapping[str, Sequence],
    stored: str | None,
) -> tuple[str, list[StageObservation] | None]:
    """The stage a deployment will have once written, and the stage observations to write (None: keep them).

    `record` holds the deployment's fields as they will be saved; `given` is a stage the write
    names, `rows` its stages (None when it leaves them out), `lists` every other list it gives
    (its citations), `stored` the stage it has (None for a new one). The stage is the latest of
    the rows, else the one stored: one given must agree, since it is derived, never typed twice.
    A new deployment given a stage and no stages (as written before stage histories) gets its
    first observation from it: that stage, from its reported date, on the word of each source
    it cites, as migration 0014 did for every deployment stored then.

    Raises ValidationError naming `stages` or `stage`."""
    if rows is None and stored is None and given:
        held = {
            "stage": given,
            "held_from": getattr(record, "reported_on", None),
            "held_from_precision": getattr(record, "reported_precision", None) or "day",
        }
        cited = lists.get("citations") or []
        rows = [StageObservation(**held, source_id=c.source_id, locator=c.locator) for c in cited] or [
            StageObservation(**held)
        ]
        # The observation's date is the reported date: its rules (not before 1960, not after today) are that date's.
        try:
            rows[0].clean()
        except ValidationError as exc:
            raise ValidationError({"reported_on": exc.message_dict.get("held_from", exc.messages)}) from exc
        return given, rows
    if rows is not None:
        require_stages(len(rows))
        latest = latest_of(rows)
        assert latest is not None
        if given and given != latest.stage:
            raise ValidationError(
                {
                    "stage": f"The stage is derived from stages: their latest is {latest.stage}. "
                    "Leave stage out, or add the observation that makes it so."
                }
            )
        return latest.stage, None
    if not stored:
        require_stages(0)
    if given and given != stored:
        raise ValidationError(
            {
                "stage": f"The stage is derived from the stage history (now {stored}): "
                "to change it, add an observation to stages."
            }
        )
    return stored or "", None
