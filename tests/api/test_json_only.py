"""JSON in, JSON out: the API reads JSON bodies only, and says so to anything else.

A form or multipart body cannot say "an empty list" (the field is simply absent), nor
null, nor a nested row; answered as if it could, a PATCH of `purposes=[]` left them as
they were. So every write refuses any body but JSON, with a 415 that names what to send
and changes nothing; the schema offers JSON alone, which is what code generators read.
"""

from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from adoption.models import Deployment, Purpose
from adoption.registry import RESOURCES as ALL

from .conftest import RESOURCES, detail_url, list_url, new_record

pytestmark = pytest.mark.django_db
NOT_JSON = ("multipart/form-data", "application/x-www-form-urlencoded", "text/plain")


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()


def sent_as(client, method: str, url: str, body: dict, content_type: str, **headers):
    """`body` sent to `url` as `content_type`."""
    send = getattr(client, method)
    if content_type == "multipart/form-data":
        return send(url, body, format="multipart", **headers)
    encoded = urlencode(body, doseq=True) if content_type.endswith("urlencoded") else str(body)
    return send(url, encoded, content_type=content_type, **headers)


def refused(response, content_type: str) -> None:
    assert response.status_code == 415, response.content[:300]
    assert response.json() == {
        "detail": f'Unsupported media type "{content_type}": send JSON, with Content-Type: application/json.'
    }


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_create_refuses_a_body_that_is_not_json_and_writes_nothing(editor, seeded, resource):
    model = ALL[resource].model
    before = model._default_manager.count()
    body = {key: value for key, value in new_record(resource).items() if isinstance(value, str | int)}
    for content_type in NOT_JSON:
        refused(sent_as(editor, "post", list_url(resource), body, content_type), content_type)
    assert model._default_manager.count() == before


def test_an_empty_list_empties_as_json_and_is_refused_as_a_form(editor, seeded):
    deployment = Deployment.objects.filter(purposes__isnull=False).first()
    purposes = set(deployment.purposes.values_list("slug", flat=True))
    assert purposes, "the seeded deployment has purposes to empty"
    url = detail_url("deployments", deployment.pk)
    for content_type in NOT_JSON:
        version = editor.get(url)["ETag"]
        refused(sent_as(editor, "patch", url, {"purposes": []}, content_type, HTTP_IF_MATCH=version), content_type)
        assert set(deployment.purposes.values_list("slug", flat=True)) == purposes
    version = editor.get(url)["ETag"]
    response = editor.patch(url, {"purposes": []}, format="json", HTTP_IF_MATCH=version)
    assert response.status_code == 200, response.content[:300]
    assert response.json()["purposes"] == []
    assert not deployment.purposes.exists()
    assert Purpose.objects.filter(slug__in=purposes).count() == len(purposes), "the purposes themselves stay"


def test_the_token_endpoint_takes_json(django_user_model):
    django_user_model.objects.create_user("analyst", password="correct-horse-battery")
    client = APIClient()
    right = {"username": "analyst", "password": "correct-horse-battery"}
    refused(sent_as(client, "post", "/api/auth/token/", right, "multipart/form-data"), "multipart/form-data")
    assert len(client.post("/api/auth/token/", right, format="json").json()["token"]) == 40


def test_the_schema_offers_json_bodies_only(client):
    schema = client.get("/api/schema/?format=json").json()
    offered = {
        (path, method): sorted(operation["requestBody"]["content"])
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if "requestBody" in operation
    }
    assert offered, "the schema has writes"
    assert {key: types for key, types in offered.items() if types != ["application/json"]} == {}


def test_the_browsable_api_writes_json(editor, seeded):
    page = editor.get(list_url("organizations"), HTTP_ACCEPT="text/html").content.decode()
    assert 'name="_content_type"' in page and "application/json" in page
    assert "multipart/form-data" not in page and "x-www-form-urlencoded" not in page


def test_a_write_with_no_body_needs_no_content_type(editor, seeded):
    deployments = Deployment.objects.all()[:2]
    pks, urls = [deployment.pk for deployment in deployments], []
    for deployment in deployments:
        urls.append(f"{detail_url('deployments', deployment.pk)}restore/")
        deployment.delete()
    for form in ("application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        refused(editor.generic("POST", urls[0], "", content_type=form), form.split(";")[0])  # an empty form says "[]"
    refused(editor.generic("POST", urls[0], "x", content_type="text/plain"), "text/plain")
    # As `curl -X POST` sends it (no body, no type), and as Django's development server passes that on.
    for url, content_type in zip(urls, ("", "text/plain"), strict=True):
        restored = editor.generic("POST", url, "", content_type=content_type)
        assert restored.status_code == 201, restored.content[:300]
    assert Deployment.objects.filter(pk__in=pks).count() == 2


def test_a_method_the_address_does_not_take_stays_a_405(editor, seeded):
    assert (
        editor.post("/api/reports/adoption/", "a=1", content_type="application/x-www-form-urlencoded").status_code
        == 405
    )
