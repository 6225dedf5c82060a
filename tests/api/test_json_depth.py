"""Bodies nested deeper than API_MAX_JSON_DEPTH: a 400 that says so, never a RecursionError's 500."""

import json
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from adoption.models import Organization

from .conftest import list_url, new_record

pytestmark = pytest.mark.django_db

DEEP = "[" * 100_000 + "]" * 100_000


def nested(depth: int):
    """A JSON value `depth` levels deep: lists in lists around one object."""
    value: object = {"slug": "deep"}
    for _ in range(depth - 1):
        value = [value]
    return value


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()


def test_a_deep_body_to_the_token_endpoint_is_a_400_that_says_why(settings):
    response = APIClient().post("/api/auth/token/", DEEP, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": f"The JSON body is nested deeper than {settings.API_MAX_JSON_DEPTH} levels."}


def test_a_deep_body_to_a_write_is_a_400_and_changes_nothing(editor, seeded, settings):
    before = Organization.objects.count()
    for body in (DEEP, '{"slug": "deep", "aliases": ' + DEEP + "}", '{"a": ' * 50_000 + "1" + "}" * 50_000):
        response = editor.post(list_url("organizations"), body, content_type="application/json")
        assert response.status_code == 400, response.content[:200]
        assert response.json()["detail"] == f"The JSON body is nested deeper than {settings.API_MAX_JSON_DEPTH} levels."
    assert Organization.objects.count() == before


def test_the_limit_is_a_setting_and_brackets_inside_strings_do_not_count(editor, seeded, settings):
    settings.API_MAX_JSON_DEPTH = 4
    assert editor.post("/api/auth/token/", json.dumps(nested(5)), content_type="application/json").json() == {
        "detail": "The JSON body is nested deeper than 4 levels."
    }
    body = {**new_record("organizations"), "description": 'Not nesting: [[[[[{{{{{ "\\" ]]'}
    response = editor.post(list_url("organizations"), json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content[:300]
    assert response.json()["description"] == body["description"]


def test_a_real_deployment_body_is_well_within_the_default_limit(editor, seeded):
    response = editor.post(list_url("deployments"), new_record("deployments"), format="json")
    assert response.status_code == 201


def test_deep_form_and_multipart_bodies_are_refused_unread(editor, seeded):
    deep_key = "aliases" + "[0]" * 20_000
    for body in ({deep_key: "x", "slug": "deep", "name": "Deep"}, {"slug": "deep", "name": "Deep", "aliases": DEEP}):
        for content_type in ("multipart", "application/x-www-form-urlencoded"):
            if content_type == "multipart":
                response = editor.post(list_url("organizations"), body, format="multipart")
            else:
                response = editor.post(list_url("organizations"), urlencode(body), content_type=content_type)
            assert response.status_code == 415, response.content[:200]
    anonymous = APIClient()
    response = anonymous.post("/api/auth/token/", {"username": DEEP, "password": DEEP}, format="multipart")
    assert response.status_code == 415
