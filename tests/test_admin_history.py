"""History in the admin: what changed field by field, who deleted what, and restoring it."""

import pytest
from django.contrib.auth.models import Permission

from adoption.models import Deployment

from .test_admin import change_form_data, url

pytestmark = pytest.mark.django_db

CASIO = "casio-xen-sles-2007"


@pytest.fixture
def casio(seeded):
    return Deployment.objects.get(reference=CASIO)


def test_an_admin_edit_shows_in_the_history_page_field_by_field(admin_client, casio):
    data = change_form_data(admin_client.get(url(Deployment, "change", casio.pk)))
    data["hypervisor_version"] = "3.1"
    data["guests-0-version"] = "2003 R2"
    response = admin_client.post(url(Deployment, "change", casio.pk), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response

    latest = casio.history.latest()
    assert (latest.history_user.username, latest.history_entry_point) == ("admin", "admin")
    page = admin_client.get(url(Deployment, "history", casio.pk)).content.decode()
    assert "<del>(empty)</del> → <ins>3.1</ins>" in page
    assert "Guest changed" in page and "<del>(empty)</del> → <ins>2003 R2</ins>" in page
    assert "<code>purposes</code>: <ins>mixed-os-hosting</ins>" in page  # the seed file's, as created


def test_a_deleted_deployment_is_listed_and_restored_from_the_admin(admin_client, casio, django_user_model):
    guests = list(casio.guests.values_list("pk", flat=True))
    response = admin_client.post(url(Deployment, "delete", casio.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Deployment.objects.filter(pk=casio.pk).exists()

    deleted = admin_client.get(url(Deployment, "deleted")).content.decode()
    assert CASIO in deleted and "Restore" in deleted
    history = admin_client.get(url(Deployment, "history", casio.pk)).content.decode()
    assert "Restore it with its nested rows" in history and "Deployment deleted" in history

    response = admin_client.post(url(Deployment, "restore", casio.pk))
    assert response.status_code == 302 and response["Location"] == url(Deployment, "change", casio.pk)
    restored = Deployment.objects.get(pk=casio.pk)
    assert list(restored.guests.values_list("pk", flat=True)) == guests
    assert restored.citations.exists()
    latest = restored.history.latest()
    assert (latest.history_user.username, latest.history_change_reason) == ("admin", "Restored")
    assert "No deployments are deleted." in admin_client.get(url(Deployment, "deleted")).content.decode()


def test_restoring_needs_the_add_permission_and_a_post(client, admin_client, casio, django_user_model):
    admin_client.post(url(Deployment, "delete", casio.pk), {"post": "yes"})
    viewer = django_user_model.objects.create_user("viewer", password="unused-password-3", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename="view_deployment"))
    client.force_login(viewer)
    page = client.get(url(Deployment, "deleted")).content.decode()
    assert CASIO in page and 'value="Restore"' not in page
    assert client.post(url(Deployment, "restore", casio.pk)).status_code == 403
    assert admin_client.get(url(Deployment, "restore", casio.pk)).status_code == 405
    assert not Deployment.objects.filter(pk=casio.pk).exists()


def test_restoring_a_live_record_says_so(admin_client, casio):
    response = admin_client.post(url(Deployment, "restore", casio.pk), follow=True)
    assert "is not deleted" in response.content.decode()
