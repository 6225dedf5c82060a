"""Who may do what: anonymous users read, writes need the matching model permission; throttling."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from rest_framework.throttling import SimpleRateThrottle

from .conftest import RESOURCES, detail_url, list_url, new_record, token_client

pytestmark = pytest.mark.django_db


def first_id(client, resource) -> int:
    return client.get(list_url(resource)).json()["results"][0]["id"]


@pytest.mark.parametrize("resource", RESOURCES)
def test_anonymous_users_read_but_cannot_write(anonymous, seeded, resource):
    pk = first_id(anonymous, resource)
    assert anonymous.get(list_url(resource)).status_code == 200
    assert anonymous.get(detail_url(resource, pk)).status_code == 200
    for response in (
        anonymous.post(list_url(resource), new_record(resource), format="json"),
        anonymous.put(detail_url(resource, pk), new_record(resource), format="json"),
        anonymous.patch(detail_url(resource, pk), {}, format="json"),
        anonymous.delete(detail_url(resource, pk)),
    ):
        assert response.status_code == 401
        assert response.json() == {"detail": "Authentication credentials were not provided."}


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_user_without_permissions_reads_but_cannot_write(reader, seeded, resource):
    pk = first_id(reader, resource)
    before = reader.get(detail_url(resource, pk)).json()
    for response in (
        reader.post(list_url(resource), new_record(resource), format="json"),
        reader.put(detail_url(resource, pk), new_record(resource), format="json"),
        reader.patch(detail_url(resource, pk), {}, format="json"),
        reader.delete(detail_url(resource, pk)),
    ):
        assert response.status_code == 403
        assert response.json() == {"detail": "You do not have permission to perform this action."}
    assert reader.get(detail_url(resource, pk)).json() == before


def test_each_write_needs_its_own_permission(django_user_model, seeded):
    user = django_user_model.objects.create_user("adder", password="unused-password-3")
    user.user_permissions.add(Permission.objects.get(codename="add_source"))
    client = token_client(user)
    created = client.post(list_url("sources"), new_record("sources"), format="json")
    assert created.status_code == 201
    pk = created.json()["id"]
    assert client.patch(detail_url("sources", pk), {"title": "Changed"}, format="json").status_code == 403
    assert client.delete(detail_url("sources", pk)).status_code == 403
    assert client.post(list_url("hypervisors"), new_record("hypervisors"), format="json").status_code == 403


def test_a_bad_token_is_refused(anonymous, db):
    anonymous.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = anonymous.get(list_url("deployments"))
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid token."}


def test_session_login_works_for_the_browsable_api(client, editor_user, seeded):
    client.force_login(editor_user)
    page = client.get(list_url("deployments"), HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    assert b"casio-xen-sles-2007" in page.content


def test_anonymous_reads_are_throttled(anonymous, db, monkeypatch):
    cache.clear()  # forget the requests of earlier tests
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "1000/minute"})
    statuses = [anonymous.get(list_url("hypervisors")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    throttled = anonymous.get(list_url("hypervisors"))
    assert "Request was throttled" in throttled.json()["detail"]
    assert int(throttled["Retry-After"]) > 0
