"""Filters without DISTINCT: every relation and choice filter of every list, generated from the
filter sets, answers what Django's join-and-DISTINCT would, and never makes the query DISTINCT."""

import pytest
from django.db.models import Q

from adoption.filters import SemiJoin, filterset_for
from adoption.registry import api_resources

RESOURCES = {resource.name: resource.model for resource in api_resources()}


def semijoin_filters(model) -> list[str]:
    filterset_class = filterset_for(model)
    assert filterset_class is not None  # every API resource has one
    return [
        name
        for name, found in filterset_class.base_filters.items()
        if isinstance(found, SemiJoin) and getattr(found, "method", None) is None
    ]


def a_value(model, found) -> str | None:
    """A value of the filter that some record of `model` has, as a client would send it (a slug,
    an id or a choice: what its field path ends on)."""
    values = model._default_manager.exclude(**{f"{found.field_name}__isnull": True}).values_list(
        found.field_name, flat=True
    )
    return next((str(value) for value in values.order_by() if value not in (None, "")), None)


@pytest.mark.parametrize("resource", RESOURCES)
def test_each_filter_matches_what_a_join_would_without_distinct(demo, resource):
    model = RESOURCES[resource]
    filterset_class = filterset_for(model)
    everything = set(model._default_manager.values_list("pk", flat=True))
    tried = 0
    for name in semijoin_filters(model):
        found = filterset_class.base_filters[name]
        value = a_value(model, found)
        if value is None:
            continue  # no record has a value for it
        filterset = filterset_class({name: [value]}, queryset=model._default_manager.all())
        assert filterset.is_valid(), filterset.errors
        filtered = filterset.qs
        assert not filtered.query.distinct, name
        # What django-filter did before: its own predicate, through a join, DISTINCT (exclude: the rest).
        predicate = Q()
        for chosen in filterset.form.cleaned_data[name]:
            predicate |= Q(**found.get_filter_predicate(chosen))
        joined = set(model._default_manager.filter(predicate).values_list("pk", flat=True))
        expected = everything - joined if found.exclude else joined
        assert set(filtered.values_list("pk", flat=True)) == expected, name
        assert len(filtered) == len(expected), name  # no record twice
        tried += 1
    assert tried or not semijoin_filters(model)
