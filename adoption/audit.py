"""Who is changing the data, and through what: the context every history row records.

Each request (AuditMiddleware) and each command that writes (`audit(...)`) opens an
audit context: the entry point ("admin", "api", "manage.py import_csv"...), the person
(a Django account, or a name when there is none) and a change id shared by every
history row it writes, so a deployment and the guests saved with it read as one change.
simple-history's per-save rows get these through the pre_create_historical_record
signal; the bulk paths (services.history) read them here directly.
"""

import contextvars
import getpass
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from simple_history.models import HistoricalRecords

from .paths import entry_point_of


@dataclass(frozen=True)
class Audit:
    entry_point: str = ""
    user: object = None
    actor: str = ""
    change: uuid.UUID | None = field(default_factory=uuid.uuid4)


# Outside any context (a shell, a migration): no entry point, each save its own change.
_OUTSIDE = Audit(change=None)
_current: contextvars.ContextVar[Audit] = contextvars.ContextVar("audit", default=_OUTSIDE)


def current() -> Audit:
    return _current.get()


@contextmanager
def audit(entry_point: str, *, user=None, actor: str = "") -> Iterator[Audit]:
    """Record every change made inside as made by `user` (or `actor`) through `entry_point`."""
    context = Audit(entry_point, user, actor or (user.get_username() if user is not None else ""))
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


@contextmanager
def ensure(entry_point: str) -> Iterator[Audit]:
    """Keep the audit context there is; outside any, open one so a bulk write reads as one change."""
    if current() is _OUTSIDE:
        with audit(entry_point) as context:
            yield context
    else:
        yield current()


def command_audit(command: str, name: str | None = None):
    """The audit context of `manage.py command`, run by the account `name` or by the system login.

    `name` is linked to the Django account of that name when there is one, and recorded
    as given otherwise (a script, a person without an account).
    """
    if not name:
        return audit(f"manage.py {command}", actor=getpass.getuser())
    user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: name}).first()
    return audit(f"manage.py {command}", user=user, actor=name)


def history_user(request=None, **kwargs):
    """simple-history's get_user: the request's user, else the audit context's account."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user
    return current().user


def acting_user():
    """The account making the changes now: the request's, else the audit context's (or None)."""
    return history_user(getattr(HistoricalRecords.context, "request", None))


def fill_history_row(row, user=None) -> None:
    """Set the audit columns of a history row about to be written."""
    context = current()
    row.history_entry_point = context.entry_point
    row.history_actor = user.get_username() if user is not None else context.actor
    row.history_change = context.change


def on_history_row(sender, history_instance, history_user=None, **kwargs) -> None:
    """pre_create_historical_record receiver (connected in apps.py)."""
    fill_history_row(history_instance, history_user)


class AuditMiddleware:
    """Open an audit context for each request: admin, api or web, with a change id of its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with audit(entry_point_of(request.path)):
            return self.get_response(request)
