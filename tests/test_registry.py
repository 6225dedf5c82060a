"""The registry describes each resource once; every path that reaches records is derived from it."""

import pytest
from django.apps import apps
from django.urls import reverse

from adoption.admin.base import TrackedAdmin
from adoption.api.urls import router
from adoption.filters import filterset_for
from adoption.registry import NOT_RESOURCES, RESOURCES, api_resources, related_model


def test_every_model_of_the_app_is_a_resource_or_left_out_with_a_reason():
    models = {
        model for model in apps.get_app_config("adoption").get_models() if not model.__name__.startswith("Historical")
    }
    registered = {resource.model for resource in RESOURCES.values()}
    assert models - registered - set(NOT_RESOURCES) == set(), "register these in adoption/registry.py"
    assert registered & set(NOT_RESOURCES) == set()


def test_the_router_lists_exactly_the_api_resources():
    assert [prefix for prefix, _, _ in router.registry] == [resource.name for resource in api_resources()]


@pytest.mark.parametrize("resource", list(RESOURCES.values()), ids=list(RESOURCES))
def test_an_entry_names_real_fields(resource):
    meta = resource.model._meta
    for name in (resource.key, *resource.columns):
        meta.get_field(name)
    for path in resource.search:
        *relations, last = path.split("__")
        related_model(resource.model, "__".join(relations))._meta.get_field(last) if relations else meta.get_field(last)
    filters = resource.filters
    for path in (*filters.relations.values(), *(p for paths in filters.either.values() for p in paths)):
        assert related_model(resource.model, path) is not None
    for name, nested in resource.lists.items():
        assert meta.get_field(name).related_model is nested.model


@pytest.mark.parametrize("resource", list(api_resources()), ids=lambda resource: resource.name)
def test_the_api_list_takes_the_declared_filters(resource):
    names = set(filterset_for(resource.model).base_filters)
    spec = resource.filters
    for param in spec.relations:
        assert {param, f"{param}_id", f"{param}__n", f"{param}_id__n"} <= names
    for param in spec.choices:
        assert {param, f"{param}__n"} <= names
    for param in (*spec.dates, *spec.numbers):
        assert {f"{param}__gte", f"{param}__lte"} <= names
    assert {f"{param}__ic" for param in spec.contains} | {"q", "synthetic"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize("resource", list(RESOURCES.values()), ids=list(RESOURCES))
def test_the_admin_searches_where_the_api_does(resource, admin_client):
    from django.contrib import admin

    model_admin = admin.site._registry[resource.model]
    assert isinstance(model_admin, TrackedAdmin)
    assert tuple(model_admin.search_fields) == resource.search
    meta = resource.model._meta
    assert (
        admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"), {"q": "x"}).status_code == 200
    )
