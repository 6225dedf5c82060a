"""Versions of a record, so that a write made from an old copy is refused, not lost.

A record's version is its `updated` timestamp (every write path sets it, nested rows and
many-to-many lists included). The API sends it as the ETag of a detail response and
checks `If-Match` against it; the admin's change form carries it in a hidden field. The
check runs inside the write's transaction with the row locked (SELECT ... FOR UPDATE on
PostgreSQL), so of two writers racing from the same version exactly one wins.
"""

import datetime
from typing import Any

from django.db import models
from django.utils import timezone

from ..models.base import TimeStampedModel, history_of

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def version_of(pk: Any, updated: datetime.datetime) -> str:
    # Whole microseconds, exactly (a float timestamp could round).
    return f"{pk}-{(updated - EPOCH) // datetime.timedelta(microseconds=1)}"


def etag(instance: TimeStampedModel) -> str:
    """The strong ETag of a record's current version."""
    return f'"{version_of(instance.pk, instance.updated)}"'


def locked_version(model: type[models.Model], pk: Any) -> str | None:
    """The version of record `pk` now, locking its row until the transaction ends (None: no such record)."""
    row = model._default_manager.select_for_update().filter(pk=pk).values_list("pk", "updated").first()
    return version_of(*row) if row else None


def newer_version_message(model: type[models.Model], pk: Any) -> str:
    """A sentence for the person whose copy is out of date: who changed the record since, and when."""
    label = model._meta.verbose_name
    last = (
        history_of(model).filter(id=pk).select_related("history_user").order_by("-history_date", "-history_id").first()
    )
    if last is None:
        return f"This {label} was changed after you read it. Reload it to see the changes; yours were not saved."
    who = last.changed_by or "someone"
    when = timezone.localtime(last.history_date).strftime("%Y-%m-%d %H:%M:%S %Z")
    via = f" (through {last.history_entry_point})" if last.history_entry_point else ""
    return (
        f"This {label} was changed by {who} at {when}{via} after you read it. "
        "Reload it to see their changes; yours were not saved."
    )
