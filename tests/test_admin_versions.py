"""The admin refuses to save a form over a newer version, and says who changed it and when."""

import pytest

from adoption.admin.versions import VERSION_FIELD
from adoption.models import Deployment

from .test_admin import change_form_data, form_errors, url

pytestmark = pytest.mark.django_db


def open_form(client, casio) -> dict:
    page = client.get(url(Deployment, "change", casio.pk))
    data = change_form_data(page)
    data[VERSION_FIELD] = page.context["record_version"]
    assert f'name="{VERSION_FIELD}" value="{data[VERSION_FIELD]}"' in page.content.decode()
    return data


def test_the_second_of_two_analysts_is_refused_and_told_who_saved_first(
    client, admin_client, seeded, django_user_model
):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    other = django_user_model.objects.create_superuser("other-analyst", password="unused-password-4")
    client.force_login(other)
    mine, theirs = open_form(admin_client, casio), open_form(client, casio)

    theirs["hypervisor_version"] = "3.0"
    assert client.post(url(Deployment, "change", casio.pk), theirs).status_code == 302

    mine["hypervisor_version"] = "3.1"
    response = admin_client.post(url(Deployment, "change", casio.pk), mine)
    assert response.status_code == 200
    assert "was changed by other-analyst at" in form_errors(response)
    assert "(through admin)" in form_errors(response)
    casio.refresh_from_db()
    assert casio.hypervisor_version == "3.0"

    # Submitting the same page again is refused again; a reloaded page saves.
    again = {**mine, VERSION_FIELD: response.context["record_version"]}
    assert admin_client.post(url(Deployment, "change", casio.pk), again).status_code == 200
    reloaded = open_form(admin_client, casio)
    reloaded["hypervisor_version"] = "3.1"
    assert admin_client.post(url(Deployment, "change", casio.pk), reloaded).status_code == 302
    casio.refresh_from_db()
    assert casio.hypervisor_version == "3.1"
