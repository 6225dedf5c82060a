"""No lost updates: ETag on reads, If-Match on writes, 412 for a stale copy, checked under a lock."""

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import connection
from rest_framework.authtoken.models import Token

from adoption.api.serializers import serializer_for
from adoption.models import Deployment
from adoption.registry import RESOURCES

pytestmark = pytest.mark.django_db

CASIO = "casio-xen-sles-2007"


@pytest.fixture
def casio(seeded):
    return Deployment.objects.get(reference=CASIO)


def detail(pk):
    return f"/api/deployments/{pk}/"


def test_a_detail_carries_an_etag_that_changes_with_every_write(editor, casio):
    first = editor.get(detail(casio.pk))["ETag"]
    assert first.startswith('"') and first.endswith('"')
    response = editor.patch(detail(casio.pk), {"hypervisor_version": "3.0"}, format="json", HTTP_IF_MATCH=first)
    assert response.status_code == 200
    second = response["ETag"]
    assert second != first
    assert editor.get(detail(casio.pk))["ETag"] == second
    # A change to nested rows only is a new version too.
    response = editor.patch(detail(casio.pk), {"guests": []}, format="json", HTTP_IF_MATCH=second)
    assert response.status_code == 200 and response["ETag"] != second


def test_a_stale_if_match_is_412_names_who_changed_it_and_changes_nothing(editor, casio):
    stale = editor.get(detail(casio.pk))["ETag"]
    assert editor.patch(detail(casio.pk), {"hypervisor_version": "3.0"}, format="json").status_code == 200

    for method, body in (("put", None), ("patch", {"hypervisor_version": "3.1"}), ("delete", None)):
        if method == "put":
            body = {**editor.get(detail(casio.pk)).json(), "hypervisor_version": "3.1"}
        response = getattr(editor, method)(detail(casio.pk), body, format="json", HTTP_IF_MATCH=stale)
        assert response.status_code == 412, (method, response.content)
        assert "changed by editor at" in response.json()["detail"]
        assert "(through api)" in response.json()["detail"]
    casio.refresh_from_db()
    assert casio.hypervisor_version == "3.0"


def test_if_match_star_or_a_list_with_the_current_tag_passes(editor, casio):
    current = editor.get(detail(casio.pk))["ETag"]
    assert (
        editor.patch(detail(casio.pk), {"hypervisor_version": "3.0"}, format="json", HTTP_IF_MATCH="*").status_code
        == 200
    )
    current = editor.get(detail(casio.pk))["ETag"]
    tags = f'"1-1", {current}'
    assert (
        editor.patch(detail(casio.pk), {"hypervisor_version": "3.1"}, format="json", HTTP_IF_MATCH=tags).status_code
        == 200
    )


def test_a_new_record_answers_with_its_etag(editor, seeded):
    response = editor.post("/api/organizations/", {"slug": "acme", "name": "Acme"}, format="json")
    assert response.status_code == 201
    assert response["ETag"] == editor.get(f"/api/organizations/{response.json()['id']}/")["ETag"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_editors_from_the_same_version_cannot_both_win(live_server, editor_user, seeded, monkeypatch):
    casio = Deployment.objects.get(reference=CASIO)
    token = Token.objects.create(user=editor_user).key
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    url = f"{live_server.url}{detail(casio.pk)}"
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        version = response.headers["ETag"]

    # Hold each write open a moment after its check, so the two overlap for real.
    original = serializer_for(RESOURCES["deployments"]).update

    def slow_update(self, instance, validated_data):
        time.sleep(0.5)
        return original(self, instance, validated_data)

    monkeypatch.setattr(serializer_for(RESOURCES["deployments"]), "update", slow_update)
    barrier = threading.Barrier(2)
    results = {}

    def write(stage):
        body = json.dumps({"hypervisor_version": stage}).encode()
        request = urllib.request.Request(url, body, {**headers, "If-Match": version}, method="PATCH")
        barrier.wait()
        try:
            with urllib.request.urlopen(request) as response:
                results[stage] = response.status
        except urllib.error.HTTPError as exc:
            results[stage] = exc.code

    threads = [threading.Thread(target=write, args=(stage,)) for stage in ("3.0", "3.1")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(results.values()) == [200, 412], results
    winner = next(stage for stage, status in results.items() if status == 200)
    casio.refresh_from_db()
    assert casio.hypervisor_version == winner
    assert casio.history.filter(history_type="~").count() == 1
