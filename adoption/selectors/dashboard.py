"""The dashboard's queries: its totals, its reports and the latest market events."""

import datetime
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Q
from django.http import QueryDict

from ..models import Deployment, MarketEvent, Survey, SurveyResponse
from . import tallies
from .reports import Report, adoption_report

DEMO = Q(synthetic=True)  # records generate_demo_data wrote
# What the dashboard's timeline shows of each market event.
EVENT_VALUES = ("pk", "slug", "title", "kind", "date", "date_precision", "organization__name", "counterparty__name")


def totals(include_demo: bool) -> dict[str, int]:
    """Records counted, with demo data counted apart, so that no one takes it for the real thing."""
    if tallies.kept_current():
        kept = tallies.totals()
        real, demo = (
            {kind: kept.get((kind, flag), 0) for kind in ("deployments", "responses")} for flag in (False, True)
        )
        return {
            "deployments": real["deployments"] + (demo["deployments"] if include_demo else 0),
            "synthetic_deployments": demo["deployments"],
            "responses": real["responses"] + (demo["responses"] if include_demo else 0),
            "synthetic_responses": demo["responses"],
            "events": MarketEvent.objects.count(),
        }
    counted: dict[str, Any] = {} if include_demo else {"filter": ~DEMO}
    return {
        **Deployment.objects.aggregate(
            deployments=Count("pk", **counted), synthetic_deployments=Count("pk", filter=DEMO)
        ),
        **SurveyResponse.objects.aggregate(
            responses=Count("pk", **counted),
            synthetic_responses=Count("pk", filter=DEMO),
        ),
        "events": MarketEvent.objects.count(),
    }


def latest_series(include_demo: bool) -> tuple[str, bool] | None:
    """The series of the survey fielded last (of those counted), and whether every one of its waves is weighted."""
    surveys = Survey.objects.exclude(series="")
    if not include_demo:
        surveys = surveys.filter(synthetic=False)
    latest = surveys.order_by("-fielded_from", "-pk").values_list("series", flat=True).first()
    if latest is None:
        return None
    waves = surveys.filter(series=latest)
    return latest, not waves.filter(weighting_runs__isnull=True).exists()


def public_report(query: dict[str, Any]) -> Report:
    """The adoption report for `query` as anyone may see it (small survey cells withheld)."""
    params = QueryDict(mutable=True)
    params.update(query)
    return adoption_report(params, AnonymousUser())


def latest_events(limit: int, until: datetime.date | None = None) -> list[dict[str, Any]]:
    """The `limit` latest market events (dated by `until`, when given), latest first, as plain values."""
    events = MarketEvent.objects.all() if until is None else MarketEvent.objects.filter(date__lte=until)
    return list(events.order_by("-date", "slug").values(*EVENT_VALUES)[:limit])
