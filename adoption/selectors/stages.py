"""Deployments at the stage they had on a date (`as_of`), as the database stood at a moment (`known_on`).

**As of a date.** A deployment's stage on day D is the stage of its latest observation
(models.stages: latest `held_from`, then the furthest stage) among those *known to hold*
on D. An observation whose date is a period (2007-Q3) is known to hold only from the
period's last day: any day of the quarter may be the one meant, so on 2007-07-01 it is not
yet known that it held. A deployment with no observation known by D is not counted at all:
nothing was reported of it by then.

**As the database stood.** `known_on=T` reads the history tables: each deployment as its
latest history row at or before T left it (and not if that row records its deletion), its
stage as then stored, and with `as_of` its stage observations as they then stood. Before
stage histories existed (migration 0014), a deployment's one observation is its stage from
its reported date, the rule that migration applied to every deployment.
"""

import datetime

from django.db import models
from django.db.models import OuterRef, QuerySet, Subquery

from ..models import Deployment, StageObservation
from ..models.base import DELETED, history_of
from ..models.stages import STAGE_AS_OF, stage_known_on


def as_it_stood(model: type[models.Model], moment: datetime.datetime) -> QuerySet:
    """`model`'s history rows that held at `moment`: each record's latest row by then, unless it records a deletion."""
    rows = history_of(model)
    latest = (
        rows.filter(id=OuterRef("id"), history_date__lte=moment)
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    return rows.filter(history_date__lte=moment, history_id=Subquery(latest)).exclude(history_type=DELETED)


def deployments_known_on(moment: datetime.datetime, day: datetime.date | None = None) -> QuerySet:
    """The deployments as the database held them at `moment` (history rows), each with its stage in
    STAGE_AS_OF: on `day` from the observations as they then stood, or without `day` as then stored."""
    records = as_it_stood(Deployment, moment)
    if day is None:
        return records.annotate(**{STAGE_AS_OF: models.F("stage")})
    held = stage_known_on(day, observations_known_on(moment), deployment="id")
    return records.annotate(**{STAGE_AS_OF: held}).filter(**{f"{STAGE_AS_OF}__isnull": False})


def observations_known_on(moment: datetime.datetime) -> QuerySet:
    """The stage observations as they stood at `moment`; before stage histories existed (migration 0014),
    each deployment's one observation, its stage then from its reported date (history rows of deployments,
    with the observations' names for those columns)."""
    observations = as_it_stood(StageObservation, moment)
    if observations.exists():
        return observations
    return as_it_stood(Deployment, moment).annotate(
        held_from=models.F("reported_on"), held_from_precision=models.F("reported_precision"), deployment=models.F("id")
    )


def history_misfits(model: type[models.Model], paths: dict[str, str]) -> dict[str, str]:
    """Of `paths` ({parameter or dimension: field path}), those a history row cannot follow, each with why.

    A history row keeps the record's own columns (and so its relations to other records as
    they are now), not the rows that point at it: guests, purposes, citations."""
    kept = {field.name for field in history_of(model).model._meta.concrete_fields}
    refused = {}
    for name, path in paths.items():
        first = path.split("__")[0]
        if first not in kept:
            what = "the free text of their relations" if name == "q" else f"their {first.replace('_', ' ')}"
            refused[name] = (
                f"known_on counts {model._meta.verbose_name_plural} as their history recorded them, which keeps "
                f"their own fields but not {what}: leave {name} or known_on out."
            )
    return refused
