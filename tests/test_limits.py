"""Hostile input: bodies over their size limit, and password guessing at the token endpoint and admin login."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

pytestmark = pytest.mark.django_db


@pytest.fixture
def login_rate(monkeypatch):
    cache.clear()  # forget the requests of earlier tests
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "1000/minute", "user": "1000/minute", "login": "3/minute"}
    )


def test_an_api_body_over_the_limit_is_413_before_it_is_read(client, settings, django_user_model):
    settings.API_MAX_BODY_BYTES = 1000
    body = '{"slug": "big", "name": "' + "x" * 2000 + '"}'
    response = client.post("/api/organizations/", body, content_type="application/json")
    assert response.status_code == 413
    assert response.json() == {"detail": f"The request body is {len(body):,} bytes; this address takes at most 1,000."}


def test_an_admin_upload_over_the_limit_is_413(admin_client, settings):
    settings.ADMIN_MAX_BODY_BYTES = 1000
    response = admin_client.post("/admin/adoption/deployment/import-csv/", {"file": ("x" * 5000)})
    assert response.status_code == 413
    assert "takes at most 1,000" in response.content.decode()


def test_the_token_endpoint_gives_a_token_and_is_throttled(django_user_model, login_rate):
    django_user_model.objects.create_user("analyst", password="correct-horse-battery")
    client = APIClient()
    right = {"username": "analyst", "password": "correct-horse-battery"}
    good = client.post("/api/auth/token/", right)
    assert good.status_code == 200 and len(good.json()["token"]) == 40
    bad = [client.post("/api/auth/token/", {"username": "analyst", "password": "guess"}).status_code for _ in range(3)]
    assert bad == [400, 400, 429]
    # Even the right password waits now.
    assert client.post("/api/auth/token/", right).status_code == 429


def test_the_admin_login_is_throttled(client, django_user_model, login_rate):
    django_user_model.objects.create_superuser("boss", password="correct-horse-battery")
    statuses = [client.post("/admin/login/", {"username": "boss", "password": "guess"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.post("/admin/login/", {"username": "boss", "password": "correct-horse-battery"})
    assert response.status_code == 429
    assert "Too many login attempts" in response.content.decode() and int(response["Retry-After"]) > 0
    assert client.get("/admin/login/").status_code == 200  # the page itself still shows
