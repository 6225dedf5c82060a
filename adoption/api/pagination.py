"""Pages of a list: limit and offset, with a keyset cursor for pages deep in a large list.

- `limit`: 50 by default, 1000 at most (a larger limit gives 1000); `offset`: rows to skip.
  A limit, offset or cursor that is not valid is a 400 naming it.
- `next` and `previous` are links to follow. Up to `CURSOR_AFTER` rows in, they are offset
  links; past it (and when the request gives `cursor`), `next` carries a `cursor`: the key
  of the page's last row, so the next page starts where this one ended, by the index of the
  ordering, at the same cost however deep it is. An offset costs the rows it skips.
  A cursor needs an ordering by columns that are never empty; the other orderings keep
  offset links all the way.
- `count` is exact up to `EXACT_COUNT_UP_TO` rows and whenever `count=exact` is asked
  for; past it, on PostgreSQL, it is the planner's estimate and `count_estimated` is
  true. `next` never depends on the count: each page reads one row more to know.
"""

import base64
import binascii
import datetime
import json
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connections, models
from django.db.models import Q
from django.db.models.query import FlatValuesListIterable
from django.utils import timezone
from rest_framework import pagination
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

EXACT_COUNT_UP_TO = 1_000
CURSOR_AFTER = 10_000


class Key:
    """The total order of a page's rows: the ordering's columns, then the primary key unless
    one of them is unique, each ascending or descending. `columnar` when a cursor can use it."""

    def __init__(self, model: type[models.Model], ordering: Sequence[Any]):
        self.terms: list[tuple[str, bool]] = []  # (field name, descending)
        self.fields: list[models.Field | None] = []
        self.total = all(isinstance(term, str) for term in ordering)  # else left as it is
        if not self.total:
            return
        for term in ordering:
            field = _field(model, term)
            self.terms.append((term.lstrip("-"), term.startswith("-")))
            self.fields.append(field)
            if field is not None and field.unique and not field.null:
                return
        pk = model._meta.pk
        assert pk is not None
        self.terms.append(("pk", self.terms[0][1] if self.terms else False))
        self.fields.append(pk)

    @property
    def columnar(self) -> bool:
        """Whether a cursor can use this order: columns of the record that are never empty."""
        return self.total and all(field is not None and not field.null for field in self.fields)

    @property
    def ordering(self) -> list[str]:
        return [("-" if descending else "") + name for name, descending in self.terms]

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.terms]

    def after(self, values: Sequence[Any], backwards: bool = False) -> Q:
        """Rows past `values` in this order (before them, `backwards`)."""
        condition = Q()
        for position, (name, descending) in enumerate(self.terms):
            earlier = {self.terms[i][0]: values[i] for i in range(position)}
            lookup = "lt" if descending != backwards else "gt"
            condition |= Q(**earlier, **{f"{name}__{lookup}": values[position]})
        # The same bound on the first column alone, which the OR hides from the planner: with
        # it, the ordering's index starts at the cursor instead of filtering its way there.
        name, descending = self.terms[0]
        return Q(**{f"{name}__{'lte' if descending != backwards else 'gte'}": values[0]}) & condition

    def encode(self, values: Sequence[Any], backwards: bool) -> str:
        payload: dict[str, Any] = {"o": self.ordering, "k": [_raw(value) for value in values]}
        if backwards:
            payload["b"] = True
        return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")

    def decode(self, cursor: str) -> tuple[list[Any], bool]:
        """The key values and direction of a cursor made by `encode` for this order; a 400 otherwise."""
        try:
            payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            if payload["o"] != self.ordering:
                raise ValidationError({"cursor": ["This cursor belongs to another ordering: follow the links."]})
            fields = [field for field in self.fields if field is not None]
            if not all(type(raw) in (str, int) for raw in payload["k"]):  # what encode writes: no null, no 1.5
                raise ValueError("a key is text or a whole number")
            values = [field.to_python(raw) for field, raw in zip(fields, payload["k"], strict=True)]
            if any(isinstance(value, datetime.datetime) and timezone.is_naive(value) for value in values):
                raise ValueError("a time in a cursor has its zone")
            if any("\x00" in value for value in values if isinstance(value, str)):
                raise ValueError("no column holds a null character")
            for field, value in zip(fields, values, strict=True):
                field.run_validators(value)  # an id past what the column holds, say
            return values, payload.get("b") is True
        except (ValueError, TypeError, KeyError, IndexError, OverflowError, binascii.Error, DjangoValidationError):
            raise ValidationError(
                {"cursor": ["Not a cursor this API gave: follow the next and previous links."]}
            ) from None


def _field(model: type[models.Model], term: str) -> models.Field | None:
    name = term.lstrip("-")
    if name == "pk":
        return model._meta.pk
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, models.Field) and field.concrete and not field.is_relation else None


def _raw(value: Any) -> Any:
    """A key value as JSON holds it."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def _pk_of(row) -> Any:
    """The primary key of a row as a queryset gives it: a record, or values starting with its id."""
    if isinstance(row, models.Model):
        return row.pk
    return row[0] if isinstance(row, tuple | list) else row


class LimitOffsetPagination(pagination.LimitOffsetPagination):
    default_limit = 50
    max_limit = 1000
    max_offset = 10**15  # past any table, and within what a database column holds
    cursor_query_param = "cursor"
    count_query_param = "count"

    @property
    def query_parameters(self) -> tuple[str, ...]:
        return (self.limit_query_param, self.offset_query_param, self.cursor_query_param, self.count_query_param)

    def get_schema_operation_parameters(self, view):
        described = super().get_schema_operation_parameters(view)
        bounds = {
            self.limit_query_param: {"minimum": 1, "maximum": self.max_limit, "default": self.default_limit},
            self.offset_query_param: {"minimum": 0, "maximum": self.max_offset},
        }
        for parameter in described:
            parameter["schema"].update(bounds.get(parameter["name"], {}))
            if parameter["name"] == self.limit_query_param:
                parameter["description"] = (
                    f"How many records per page: {self.default_limit} unless given, at most {self.max_limit} "
                    "(more is served as that many)."
                )
        text = {"name": "", "required": False, "in": "query", "schema": {"type": "string"}}
        return [
            *described,
            {
                **text,
                "name": self.cursor_query_param,
                "description": "Where the page starts: a cursor from a next or previous link (instead of offset).",
            },
            {
                **text,
                "name": self.count_query_param,
                "schema": {"type": "string", "enum": ["exact"]},
                "description": f"`exact`: count every row, even past {EXACT_COUNT_UP_TO:,}, where the count is "
                "otherwise the database's estimate.",
            },
        ]

    def _whole_number(self, request, name: str, lowest: int, default: int) -> int:
        # DRF falls back to the default for `offset=abc`: a silent wrong page.
        raw = request.query_params.get(name)
        if raw is None:
            return default
        if raw.isascii() and raw.isdigit() and len(raw) <= 16 and lowest <= int(raw) <= self.max_offset:
            return int(raw)
        raise ValidationError({name: [f"A whole number from {lowest} to {self.max_offset:,}."]})

    def get_limit(self, request):
        return min(self._whole_number(request, self.limit_query_param, 1, self.default_limit), self.max_limit)

    def get_offset(self, request):
        return self._whole_number(request, self.offset_query_param, 0, 0)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.limit = self.get_limit(request)
        self.offset = self.get_offset(request)
        cursor = request.query_params.get(self.cursor_query_param)
        exact = request.query_params.get(self.count_query_param)
        if exact not in (None, "exact"):
            raise ValidationError({"count": ["Give count=exact for an exact count, or leave it out."]})
        self.key = Key(queryset.model, queryset.query.order_by or queryset.model._meta.ordering)
        self.cursor_keys: tuple[list[Any], list[Any]] | None = None
        if self.key.total:
            queryset = queryset.order_by(*self.key.ordering)  # ties broken, so pages never overlap
        if cursor is not None:
            if self.offset_query_param in request.query_params:
                raise ValidationError({"cursor": ["Give a cursor or an offset, not both."]})
            if not self.key.columnar:
                raise ValidationError({"cursor": ["This ordering pages by offset only: follow the links."]})
            values, backwards = self.key.decode(cursor)
            ordered = queryset.filter(self.key.after(values, backwards))
            page, more = self._keyed_page(queryset, (ordered.reverse() if backwards else ordered), backwards)
            # Rows on the far side of the cursor: at least the cursor's own row.
            self.has_next, self.has_previous = (True, more) if backwards else (more, True)
        elif self.key.columnar and self.offset + self.limit >= CURSOR_AFTER:
            page, self.has_next = self._keyed_page(queryset, queryset[self.offset :], backwards=False)
            self.has_previous = self.offset > 0
        else:
            rows = list(queryset[self.offset : self.offset + self.limit + 1])
            page, self.has_next, self.has_previous = rows[: self.limit], len(rows) > self.limit, self.offset > 0
        if cursor is None and not self.has_next and (page or not self.offset):
            self.count, self.count_estimated = self.offset + len(page), False  # the last page: counted already
        else:
            self.count = self._count(queryset, exact == "exact", seen=self.offset + len(page) + self.has_next)
        self.display_page_controls = cursor is None and self.count > self.limit and self.template is not None
        return page

    def _keyed_page(self, queryset, ordered, backwards: bool) -> tuple[list, bool]:
        """The first `limit` rows of `ordered` (in `queryset`'s form), whether more follow, and
        (in cursor_keys) the keys of the page's first and last rows, for the links."""
        names, limit = self.key.names, self.get_limit(self.request)
        keys = list(ordered.values_list(*names, *([] if names[-1] == "pk" else ["pk"]))[: limit + 1])
        more, keys = len(keys) > limit, keys[:limit]
        if backwards:
            keys.reverse()
        if not keys:
            return [], more
        width = len(names)
        self.cursor_keys = (list(keys[0][:width]), list(keys[-1][:width]))
        pks = [key[-1] for key in keys]
        if queryset._iterable_class is FlatValuesListIterable and queryset._fields == ("pk",):
            return pks, more  # the page is its ids
        found = {_pk_of(row): row for row in queryset.filter(pk__in=pks).order_by()}
        return [found[pk] for pk in pks], more

    def _count(self, queryset, exact: bool, seen: int) -> int:
        self.count_estimated = False
        ids = queryset.order_by().values("pk")
        if exact or connections[queryset.db].vendor != "postgresql":
            return ids.count()
        capped = ids[: EXACT_COUNT_UP_TO + 1].count()
        if capped <= EXACT_COUNT_UP_TO:
            return capped
        plan = json.loads(ids.explain(format="json"))
        self.count_estimated = True
        return max(int(plan[0]["Plan"]["Plan Rows"]), seen)

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "count_estimated": self.count_estimated,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        described = super().get_paginated_response_schema(schema)
        described["properties"]["count"]["description"] = (
            f"Rows in the whole list: exact up to {EXACT_COUNT_UP_TO:,} or with count=exact, else the database's "
            "estimate (PostgreSQL), as count_estimated says."
        )
        described["properties"] = {
            "count": described["properties"]["count"],
            "count_estimated": {"type": "boolean", "description": "True when count is an estimate."},
            **{k: v for k, v in described["properties"].items() if k != "count"},
        }
        described["required"] = ["count", "count_estimated", "next", "previous", "results"]
        return described

    def _cursor_link(self, values: list[Any], backwards: bool) -> str:
        assert self.request is not None  # set by paginate_queryset
        url = remove_query_param(self.request.build_absolute_uri(), self.offset_query_param)
        url = replace_query_param(url, self.limit_query_param, self.limit)
        return replace_query_param(url, self.cursor_query_param, self.key.encode(values, backwards))

    def get_next_link(self):
        if not self.has_next:
            return None
        if self.cursor_keys is not None:
            return self._cursor_link(self.cursor_keys[1], backwards=False)
        url = replace_query_param(self.request.build_absolute_uri(), self.limit_query_param, self.limit)
        return replace_query_param(url, self.offset_query_param, self.offset + self.limit)

    def get_previous_link(self):
        if not self.has_previous:
            return None
        if self.cursor_query_param in self.request.query_params and self.cursor_keys is not None:
            return self._cursor_link(self.cursor_keys[0], backwards=True)
        if self.cursor_query_param in self.request.query_params:
            return None
        return super().get_previous_link()
