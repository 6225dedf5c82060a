"""The filter backends: django-filter after refusing characters no database column can hold, and ordering."""

import re
from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import filters
from rest_framework.exceptions import ValidationError

from .. import confidential


def refuse_null_characters(params) -> None:
    """A 400 naming each parameter that holds a null character, which no database column can."""
    bad = sorted({name for name, value in params.items() if "\x00" in value or "\x00" in name})
    if bad:
        raise ValidationError(
            {name.replace("\x00", "") or "query": ["Null characters are not allowed."] for name in bad}
        )


class FilterBackend(DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):
        refuse_null_characters(request.query_params)
        return super().filter_queryset(request, queryset, view)


class OrderingFilter(filters.OrderingFilter):
    """DRF's `ordering`, with a 400 for a term it does not offer instead of silently dropping it, and
    without the terms that pass through a field the user may not see (adoption.confidential)."""

    def get_valid_fields(self, queryset, view, context=None):
        fields = super().get_valid_fields(queryset, view, context or {})
        user = getattr((context or {}).get("request"), "user", None)
        return [(name, label) for name, label in fields if not confidential.refused(user, queryset.model, name)]

    def get_schema_operation_parameters(self, view):
        """`ordering` with the terms it takes (those anyone may use), in its description and as a pattern."""
        (parameter,) = super().get_schema_operation_parameters(view)
        anonymous = SimpleNamespace(user=AnonymousUser())
        terms = sorted(name for name, _ in self.get_valid_fields(view.get_queryset(), view, {"request": anonymous}))
        one = f"-?({'|'.join(re.escape(term) for term in terms)})"
        parameter["description"] = (
            f"Order by one or more of {', '.join(terms)}, comma-separated, each with a leading - for descending."
        )
        parameter["schema"] = {"type": "string", "pattern": f"^{one}(,{one})*$"}
        return [parameter]

    def get_ordering(self, request, queryset, view):
        terms = [term.strip() for term in request.query_params.get(self.ordering_param, "").split(",")]
        terms = [term for term in terms if term]
        if terms:
            offered = {name for name, _ in self.get_valid_fields(queryset, view, {"request": request})}
            unknown = [term for term in terms if term.removeprefix("-") not in offered]
            if unknown:
                raise ValidationError(
                    {
                        self.ordering_param: [
                            f"Cannot order by {', '.join(unknown)}. Choose from {', '.join(sorted(offered))}, "
                            "each with a leading - for descending, comma-separated."
                        ]
                    }
                )
        return super().get_ordering(request, queryset, view)
