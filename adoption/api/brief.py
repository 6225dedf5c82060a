"""Brief objects: how a record appears inside another one, and in `?brief=true` lists.

A brief object is `id`, `url` (for records with an endpoint), the natural key (`slug`,
or `reference` for a deployment) and a label (`name`, or `display`).
"""

from dataclasses import dataclass

from django.db import models
from django.urls import reverse

from ..models import (
    Deployment,
    Hypervisor,
    Industry,
    MarketEvent,
    OperatingSystem,
    Organization,
    Purpose,
    Source,
    Survey,
    SurveyResponse,
    Technique,
)


@dataclass(frozen=True)
class BriefForm:
    resource: str | None  # the API resource name, None for vocabulary without an endpoint
    key: str  # natural key field
    label: str  # "name" (a field) or "display" (the record's text)


BRIEF_FORMS: dict[type[models.Model], BriefForm] = {
    Organization: BriefForm("organizations", "slug", "name"),
    Hypervisor: BriefForm("hypervisors", "slug", "name"),
    OperatingSystem: BriefForm("operating-systems", "slug", "name"),
    Deployment: BriefForm("deployments", "reference", "display"),
    Source: BriefForm("sources", "slug", "display"),
    MarketEvent: BriefForm("events", "slug", "display"),
    Survey: BriefForm("surveys", "slug", "display"),
    SurveyResponse: BriefForm("survey-responses", "reference", "display"),
    Industry: BriefForm(None, "slug", "name"),
    Purpose: BriefForm(None, "slug", "name"),
    Technique: BriefForm(None, "slug", "name"),
}


def api_root(context: dict) -> str:
    """The absolute URL of /api/ for this request, worked out once per response."""
    if "api_root" not in context:
        request = context.get("request")
        path = reverse("api:api-root")
        context["api_root"] = request.build_absolute_uri(path) if request is not None else path
    return context["api_root"]


def record_url(obj: models.Model, context: dict) -> str | None:
    form = BRIEF_FORMS[type(obj)]
    if form.resource is None:
        return None
    return f"{api_root(context)}{form.resource}/{obj.pk}/"


def brief(obj: models.Model, context: dict) -> dict:
    """The brief object for `obj`. Built by hand: it is on the hot path of every list."""
    form = BRIEF_FORMS[type(obj)]
    data: dict = {"id": obj.pk}
    if form.resource is not None:
        data["url"] = f"{api_root(context)}{form.resource}/{obj.pk}/"
    data[form.key] = getattr(obj, form.key)
    data[form.label] = str(obj) if form.label == "display" else getattr(obj, form.label)
    return data
