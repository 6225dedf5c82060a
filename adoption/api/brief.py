"""Brief objects: how a record appears inside another one, and in `?brief=true` lists.

A brief object is `id`, `url` (for records with an endpoint), the natural key (`slug`,
or `reference` for a deployment) and a label (`name`, or `display`): the resource's
`key` and `brief_label` in the registry.
"""

from django.db import models
from django.urls import reverse

from ..registry import resource_for


def api_root(context: dict) -> str:
    """The absolute URL of /api/ for this request, worked out once per response."""
    if "api_root" not in context:
        request = context.get("request")
        path = reverse("api:api-root")
        context["api_root"] = request.build_absolute_uri(path) if request is not None else path
    return context["api_root"]


def record_url(obj: models.Model, context: dict) -> str | None:
    resource = resource_for(type(obj))
    if not resource.api:
        return None
    return f"{api_root(context)}{resource.name}/{obj.pk}/"


def brief(obj: models.Model, context: dict) -> dict:
    """The brief object for `obj`. Built by hand: it is on the hot path of every list."""
    resource = resource_for(type(obj))
    data: dict = {"id": obj.pk}
    if resource.api:
        data["url"] = f"{api_root(context)}{resource.name}/{obj.pk}/"
    data[resource.key] = getattr(obj, resource.key)
    label = resource.brief_label
    data[label] = str(obj) if label == "display" else getattr(obj, label)
    return data
