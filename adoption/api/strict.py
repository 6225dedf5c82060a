"""Strict input: a query parameter or body field an endpoint does not know is a 400 that names it.

A typo must not return a plausible wrong answer: `?kindd=ipo` would list every event,
and a POST with `counterpart` would save an event with no counterparty. What each
endpoint knows is worked out from the same declarations the OpenAPI schema is built
from (filter sets, ordering, pagination, serializer fields), and a test holds the two
together. The closest known name, if one is close, is offered.
"""

import difflib
from collections.abc import Iterable, Mapping

from rest_framework import serializers
from rest_framework.exceptions import ValidationError

# Content negotiation (DRF's `?format=json`), which every endpoint takes.
EVERYWHERE = {"format"}


def did_you_mean(name: str, known: Iterable[str], cutoff: float = 0.7) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return f" Did you mean {close[0]}?" if close else ""


def unknown_message(name: str, known: Iterable[str], what: str) -> str:
    return f"Unknown {what}.{did_you_mean(name, known)}"


def unknown(names: Iterable[str], known: set[str], what: str) -> dict[str, list[str]]:
    """A message for each of `names` not in `known` (with the closest known one)."""
    return {name: [unknown_message(name, known, what)] for name in names if name not in known}


def refuse_unknown(names: Iterable[str], known: set[str], what: str) -> None:
    """A 400 naming each of `names` not in `known` (with the closest known one), if any."""
    if errors := unknown(names, known, what):
        raise ValidationError(errors)


def query_parameters(view) -> set[str]:
    """The query parameters `view` honours for the action it is about to run."""
    known = set(EVERYWHERE)
    action = getattr(view, "action", None)
    if view.request.method not in ("GET", "HEAD"):
        return known
    if action == "list":
        filterset = getattr(view, "filterset_class", None)
        known |= set(filterset.base_filters) if filterset else set()
        known |= {"ordering", "brief"}
    elif action == "retrieve":
        known |= {"brief"}
    if action not in ("retrieve",) and getattr(view, "paginator", None) is not None and not view.detail:
        known |= set(view.paginator.query_parameters)
    return known


class StrictQueryParameters:
    """For a viewset: refuses, before anything runs, the query parameters its action does not honour."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        errors = unknown(request.query_params, query_parameters(self), "parameter")
        paginator = getattr(self, "paginator", None)
        if getattr(self, "wants_csv", False) and paginator is not None:
            # CSV is the whole filtered list, every column: a page size or `brief` would be silently ignored.
            not_for_csv = [*paginator.query_parameters, "brief"]
            message = f"Not for CSV, which holds the whole filtered list, every column: {', '.join(not_for_csv)} do "
            message += "not apply to it."
            errors |= {name: [message] for name in not_for_csv if name in request.query_params}
        if errors:
            raise ValidationError(errors)


class StrictFields:
    """For a serializer: a body field it does not have is a 400 naming it, and so is a read-only
    field sent with a value other than the record's (sent back unchanged, as read, it is fine)."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            errors = {}
            writable = {name for name, field in self.fields.items() if not field.read_only}
            for name in data:
                field = self.fields.get(name)
                if field is None:
                    errors[name] = [unknown_message(name, writable, "field")]
                elif field.read_only and not self._unchanged(field, data[name]):
                    # `url` is the record's API address: a source's web address is `web_url`.
                    hint = did_you_mean(name, writable - {name}, cutoff=0.6)
                    errors[name] = [f"This field is read-only: leave it out, or send it back as you read it.{hint}"]
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)

    def _unchanged(self, field, value) -> bool:
        if self.instance is None:
            return False
        try:
            attribute = field.get_attribute(self.instance)
            # None is read as null (a response not weighted), never passed to the field.
            return (None if attribute is None else field.to_representation(attribute)) == value
        except (AttributeError, KeyError, TypeError, ValueError):
            return False
