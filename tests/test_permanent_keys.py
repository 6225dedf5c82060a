"""One rule for permanent keys, on every model that has one, through every path.

A saved record keeps its key; a deleted record's key is never given to another; restoring
the record brings its key back. Generated from the models that declare `permanent_key`,
tried through the API, CSV import, the admin and restore.
"""

import csv
import io

import pytest
from django.apps import apps
from django.urls import reverse
from rest_framework.generics import GenericAPIView

from adoption.api.urls import router
from adoption.registry import resource_for
from adoption.selectors.csv_export import stream_csv
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

from .api.conftest import editor, editor_user  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

PERMANENT = [model for model in apps.get_app_config("adoption").get_models() if getattr(model, "permanent_key", "")]


def test_the_models_with_a_permanent_key_are_found():
    assert {model.__name__ for model in PERMANENT} >= {"Deployment", "MarketEvent", "SurveyResponse"}


@pytest.fixture
def record(request, seeded):
    return request.param.objects.order_by("pk").first()


def serializer_for(resource: str):
    viewset = next(viewset for prefix, viewset, _ in router.registry if prefix == resource)
    assert issubclass(viewset, GenericAPIView), "every resource's viewset has a serializer"
    return viewset.serializer_class


def key_of(record) -> str:
    return getattr(record, record.permanent_key)


@pytest.mark.parametrize("record", PERMANENT, indirect=True, ids=lambda model: model.__name__)
def test_the_api_refuses_to_change_a_permanent_key(editor, record):  # noqa: F811
    resource, key = resource_for(type(record)), record.permanent_key
    response = editor.patch(f"/api/{resource.name}/{record.pk}/", {key: "renamed-key"}, format="json")
    assert response.status_code == 400
    assert response.json() == {key: [f"A {key} is permanent: this {resource.label} stays {key_of(record)}."]}
    assert key_of(type(record).objects.get(pk=record.pk)) != "renamed-key"


@pytest.mark.parametrize("record", PERMANENT, indirect=True, ids=lambda model: model.__name__)
def test_csv_import_by_id_refuses_to_change_a_permanent_key(record):
    resource, key = resource_for(type(record)), record.permanent_key
    data = b"".join(stream_csv(resource, type(record).objects.filter(pk=record.pk))).decode()
    table = list(csv.reader(io.StringIO(data, newline="")))
    table[1][table[0].index(resource.column_name(key))] = "renamed-key"
    text = io.StringIO()
    csv.writer(text).writerows(table)
    with pytest.raises(UpsertError) as refused:
        import_csv(resource, text.getvalue().encode())
    assert "is permanent" in str(refused.value)
    assert key_of(type(record).objects.get(pk=record.pk)) != "renamed-key"


@pytest.mark.parametrize("record", PERMANENT, indirect=True, ids=lambda model: model.__name__)
def test_the_admin_shows_a_saved_permanent_key_read_only(admin_client, record):
    model = type(record)
    page = admin_client.get(reverse(f"admin:adoption_{model._meta.model_name}_change", args=[record.pk]))
    assert f'name="{record.permanent_key}"' not in page.content.decode()
    add = admin_client.get(reverse(f"admin:adoption_{model._meta.model_name}_add"))
    assert f'name="{record.permanent_key}"' in add.content.decode()


@pytest.mark.parametrize("record", PERMANENT, indirect=True, ids=lambda model: model.__name__)
def test_a_deleted_records_key_is_never_reused_and_comes_back_with_it(editor, record):  # noqa: F811
    resource, key, value = resource_for(type(record)), record.permanent_key, key_of(record)
    detail = f"/api/{resource.name}/{record.pk}/"
    read_only = {name for name, field in serializer_for(resource.name)().fields.items() if field.read_only}
    body = {name: item for name, item in editor.get(detail).json().items() if name not in read_only}
    # Its nested rows went with it: send them as new rows, without their old ids.
    body = {
        name: [{k: v for k, v in row.items() if k != "id"} if isinstance(row, dict) else row for row in item]
        if isinstance(item, list)
        else item
        for name, item in body.items()
    }
    assert editor.delete(detail).status_code == 204
    again = editor.post(f"/api/{resource.name}/", body, format="json")
    assert again.status_code == 400
    assert again.json()[key] == [f"{value} belonged to a deleted {resource.label}; {key}s are never reused."]
    restored = editor.post(f"{detail}restore/")
    assert restored.status_code == 201 and restored.json()[resource.column_name(key)] == value


@pytest.mark.parametrize("record", PERMANENT, indirect=True, ids=lambda model: model.__name__)
def test_a_key_renamed_before_keys_were_permanent_is_retired_not_taken(record):
    model, key, old = type(record), record.permanent_key, key_of(record)
    model.objects.filter(pk=record.pk).update(**{key: "renamed-long-ago"})  # as a PATCH once could
    newcomer = model.objects.get(pk=record.pk)
    newcomer.pk = None
    setattr(newcomer, key, old)
    assert model.key_problems([newcomer]) == [
        f"{old} was once another {model._meta.verbose_name}'s {key}; {key}s are never reused."
    ]
