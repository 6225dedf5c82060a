"""X-Forwarded-For is trusted only as far as DJANGO_NUM_PROXIES says: a client cannot name a new address per request."""

import itertools
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from config.settings import env

ADDRESSES = (f"203.0.113.{n}" for n in itertools.count(1))


@pytest.fixture
def rates(monkeypatch):
    cache.clear()  # forget the requests of earlier tests
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "1000/minute", "login": "3/minute"}
    )


def spoofed() -> dict:
    """Headers a client writes itself: a new X-Forwarded-For on every request."""
    return {"HTTP_X_FORWARDED_FOR": next(ADDRESSES)}


@pytest.mark.django_db
def test_a_new_forwarded_address_per_request_does_not_escape_the_anonymous_throttle(rates):
    client = APIClient()
    statuses = [client.get("/api/hypervisors/", **spoofed()).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


@pytest.mark.django_db
def test_a_new_forwarded_address_per_request_does_not_escape_the_login_throttles(client, django_user_model, rates):
    django_user_model.objects.create_superuser("boss", password="correct-horse-battery")
    guess = {"username": "boss", "password": "guess"}
    statuses = [client.post("/admin/login/", guess, **spoofed()).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    cache.clear()
    api = APIClient()
    statuses = [api.post("/api/auth/token/", guess, **spoofed()).status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 429]


@pytest.mark.django_db
def test_behind_one_proxy_the_address_it_appends_is_the_client(rates, settings):
    settings.REST_FRAMEWORK = {**django_settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    client = APIClient()
    # What the client wrote comes first; the proxy appends the address it saw.
    first = [client.get("/api/hypervisors/", HTTP_X_FORWARDED_FOR=f"{next(ADDRESSES)}, 198.51.100.7").status_code]
    first += [client.get("/api/hypervisors/", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code for _ in range(3)]
    assert first == [200, 200, 200, 429]
    assert client.get("/api/hypervisors/", HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 200


def test_the_default_is_no_proxy_and_a_count_is_read_from_the_environment():
    assert env.integer("DJANGO_NUM_PROXIES", environ={}) == 0
    assert env.integer("DJANGO_NUM_PROXIES", environ={"DJANGO_NUM_PROXIES": " 2 "}) == 2


@pytest.mark.parametrize("value", ["-1", "one", "1.5", "²"])
def test_a_bad_count_is_a_sentence_naming_the_variable(value):
    with pytest.raises(ImproperlyConfigured, match=r"^DJANGO_NUM_PROXIES must be how many proxies .* whole number"):
        env.integer("DJANGO_NUM_PROXIES", environ={"DJANGO_NUM_PROXIES": value})


@pytest.mark.slow
@pytest.mark.any_database
def test_manage_py_refuses_to_start_with_a_bad_count():
    env = {**os.environ, "DJANGO_NUM_PROXIES": "yes", "DJANGO_SETTINGS_MODULE": "config.settings.local"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_NUM_PROXIES must be how many proxies stand in front of the app" in result.stderr
