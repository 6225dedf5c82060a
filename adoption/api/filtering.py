"""The filter backend: django-filter, after refusing characters no database column can hold."""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError


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
