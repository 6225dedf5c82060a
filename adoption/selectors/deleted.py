"""The records deleted and not restored: what the admin's Deleted page and the API's deleted/ list."""

from typing import Any

from django.db import models
from django.db.models import Exists, OuterRef

from ..models.base import DELETED, history_of
from ..registry import Resource


def deleted(resource: Resource) -> models.QuerySet[Any]:
    """The deletion history rows of the records deleted and not restored, newest first."""
    model = resource.model
    history = history_of(model)
    later = history.filter(id=OuterRef("id"), history_id__gt=OuterRef("history_id"))
    return (
        history.filter(history_type=DELETED)
        .exclude(Exists(later))
        .exclude(id__in=model._default_manager.values("pk"))
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
