"""CSV in the admin: export the selection or the filtered list; import with a preview, then confirm."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from adoption.models import Deployment, Organization

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:adoption_deployment_changelist"
IMPORT = "admin:adoption_deployment_import_csv"


def rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode(), newline="")))


def test_the_changelist_offers_export_and_import(admin_client, seeded):
    body = admin_client.get(reverse(CHANGELIST), {"stage__exact": "production"}).content.decode()
    assert 'href="/admin/adoption/deployment/export-csv/?stage__exact=production"' in body
    assert 'href="/admin/adoption/deployment/import-csv/"' in body


def test_export_the_filtered_list(admin_client, seeded):
    url = reverse("admin:adoption_deployment_export_csv")
    exported = rows(admin_client.get(url, {"q": "Swisscom"}))
    assert [row["reference"] for row in exported] == ["swisscom-xen-rhel5-2007"]
    assert len(rows(admin_client.get(url))) == Deployment.objects.count()


def test_export_the_selected_rows(admin_client, seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    response = admin_client.post(
        reverse(CHANGELIST), {"action": "export_csv", "_selected_action": [casio.pk], "index": 0}
    )
    assert [row["reference"] for row in rows(response)] == ["casio-xen-sles-2007"]


def upload(client, text: str):
    file = SimpleUploadedFile("deployments.csv", text.encode(), content_type="text/csv")
    return client.post(reverse(IMPORT), {"file": file})


def test_import_previews_then_writes_on_confirm(admin_client, admin_user, seeded):
    preview = upload(admin_client, "reference,vm_count\ncasio-xen-sles-2007,12\nswisscom-xen-rhel5-2007,\n")
    body = preview.content.decode()
    assert "Nothing has been written yet" in body
    assert '<tr class="csv-updated"><td>line 2</td><td>casio-xen-sles-2007</td><td>updated</td></tr>' in body
    assert '<tr class="csv-unchanged"><td>line 3</td>' in body
    assert Deployment.objects.get(reference="casio-xen-sles-2007").vm_count is None

    token = preview.context["token"]
    done = admin_client.post(reverse(IMPORT), {"confirm": token}, follow=True)
    assert "1 were updated" in done.content.decode()
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    assert (casio.vm_count, casio.history.latest().history_user) == (12, admin_user)
    # The preview cannot be confirmed twice.
    again = admin_client.post(reverse(IMPORT), {"confirm": token}, follow=True)
    assert "expired" in again.content.decode()


def test_import_lists_every_problem_and_writes_nothing(admin_client, seeded):
    response = upload(admin_client, "reference,stage,customer\ncasio-xen-sles-2007,someday,\nnew-one,pilot,nobody\n")
    body = response.content.decode()
    assert "cannot be imported: 7 problems" in body
    assert "<td>line 2</td><td>stage</td><td>Value &#x27;someday&#x27; is not a valid choice.</td>" in body
    assert "<td>line 3</td><td>customer</td><td>there is no organization &#x27;nobody&#x27;.</td>" in body
    assert Deployment.objects.get(reference="casio-xen-sles-2007").stage == "production"


def test_import_of_a_bad_file_says_why(admin_client, seeded):
    file = SimpleUploadedFile("book.xlsx", b"PK\x03\x04rest", content_type="application/octet-stream")
    body = admin_client.post(reverse(IMPORT), {"file": file}).content.decode()
    assert "spreadsheet workbook" in body


def test_import_needs_add_and_change_permission(client, django_user_model, seeded):
    user = django_user_model.objects.create_user("viewer", password="pw-for-tests-1", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=["view_deployment", "change_deployment"]))
    client.force_login(user)
    assert client.get(reverse(IMPORT)).status_code == 403
    body = client.get(reverse(CHANGELIST)).content.decode()
    assert "Export CSV" in body and "Import CSV" not in body
    assert not Organization.objects.filter(slug="x").exists()


def test_the_vocabulary_changelists_export_too(admin_client, seeded):
    body = admin_client.get(reverse("admin:adoption_industry_changelist")).content.decode()
    assert "Export CSV" in body and "Import CSV" in body
    exported = rows(admin_client.get(reverse("admin:adoption_industry_export_csv")))
    assert "consumer-electronics" in {row["slug"] for row in exported}
