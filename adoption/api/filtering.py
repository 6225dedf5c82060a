"""The filter backend: django-filter, after refusing characters no database column can hold."""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError


class FilterBackend(DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):
        bad = sorted({name for name, value in request.query_params.items() if "\x00" in value or "\x00" in name})
        if bad:
            raise ValidationError(
                {name.replace("\x00", "") or "query": ["Null characters are not allowed."] for name in bad}
            )
        return super().filter_queryset(request, queryset, view)
