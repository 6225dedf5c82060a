"""A survey's "Import responses" page: upload an export and a mapping, preview every row, confirm."""

import datetime
import json

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from adoption.models import SurveyResponse

from .factories import SurveyFactory
from .survey_exports import KOBO_MAPPING, KOBO_MAPPING_ANONYMOUS, KOBO_ROWS, KOBO_UUIDS, kobo_csv, kobo_xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(vocabulary):
    return SurveyFactory(slug="kobo-2008", series="eu-it-managers", fielded_from=datetime.date(2008, 1, 7))


def page(survey) -> str:
    return reverse("admin:adoption_survey_import_responses", args=[survey.pk])


def upload(client, survey, data: bytes, mapping, name="kobo.csv"):
    file = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    return client.post(page(survey), {"file": file, "mapping": json.dumps(mapping)})


def staff(client, django_user_model, *excluded: str):
    """A signed-in staff user with every adoption permission but `excluded`."""
    user = django_user_model.objects.create_user("analyst", password="unused-password-5", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="adoption").exclude(codename__in=excluded)
    )
    client.force_login(user)
    return client


def test_the_survey_links_to_the_import_page(admin_client, survey):
    body = admin_client.get(reverse("admin:adoption_survey_change", args=[survey.pk])).content.decode()
    assert f'href="{page(survey)}"' in body


@pytest.mark.parametrize("export", [kobo_csv, kobo_xlsx], ids=["csv", "xlsx"])
def test_upload_preview_then_confirm(admin_client, admin_user, survey, export):
    form = admin_client.get(page(survey))
    assert form.status_code == 200
    assert '<label for="id_file">Export file:</label>' in form.content.decode()
    preview = upload(admin_client, survey, export(), KOBO_MAPPING, name=f"kobo.{export.__name__[5:]}")
    body = preview.content.decode()
    assert "Nothing has been written yet. 3 survey responses read: 3 would be created" in body
    assert f"<td>kobo-2008-{KOBO_UUIDS[0]}</td><td>created</td>" in body
    assert not SurveyResponse.objects.exists()
    done = admin_client.post(page(survey), {"confirm": preview.context["token"]}, follow=True)
    assert "3 were created" in done.content.decode()
    assert SurveyResponse.objects.filter(survey=survey).count() == 3
    record = SurveyResponse.objects.get(reference=f"kobo-2008-{KOBO_UUIDS[0]}").history.get()
    assert (record.history_user, record.history_change_reason) == (
        admin_user, f"Survey tool import: kobo.{export.__name__[5:]}"
    )  # fmt: skip
    # Saved, and offered again: the second import of the same export changes nothing.
    assert json.loads(admin_client.get(page(survey)).context["form"].initial["mapping"]) == KOBO_MAPPING
    again = upload(admin_client, survey, export(), KOBO_MAPPING)
    assert "3 unchanged" in again.content.decode()
    # The preview cannot be confirmed twice.
    expired = admin_client.post(page(survey), {"confirm": preview.context["token"]}, follow=True)
    assert "expired" in expired.content.decode()


def test_the_next_wave_is_offered_the_series_mapping(admin_client, survey):
    survey.import_mapping = KOBO_MAPPING
    survey.save()
    next_wave = SurveyFactory(slug="kobo-2009", series="eu-it-managers", fielded_from=datetime.date(2009, 1, 5))
    response = admin_client.get(page(next_wave))
    assert json.loads(response.context["form"].initial["mapping"]) == KOBO_MAPPING
    assert "the latest wave of the series eu-it-managers" in response.content.decode()


def test_a_wrong_mapping_is_shown_per_column_and_nothing_is_written(admin_client, survey):
    mapping = {**KOBO_MAPPING, "ignore": ["start", "end", "_id", "_index"]}
    body = upload(admin_client, survey, kobo_csv(), mapping).content.decode()
    assert "The mapping does not fit kobo.csv: 1 problem." in body
    assert "<td>header</td><td>_submission_time</td><td>is neither mapped nor ignored" in body
    assert "Confirm import" not in body and not SurveyResponse.objects.exists()


def test_a_mapping_nested_too_deeply_is_a_form_error_not_a_server_error(admin_client, survey):
    file = SimpleUploadedFile("kobo.csv", kobo_csv(), content_type="text/csv")
    response = admin_client.post(page(survey), {"file": file, "mapping": "[" * 100_000})
    assert response.status_code == 200
    assert "is nested too deeply to be a mapping" in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_a_rejected_row_is_shown_with_its_reason_and_cannot_be_confirmed(admin_client, survey):
    rows = [list(row) for row in KOBO_ROWS]
    rows[1][4] = "lots"
    body = upload(admin_client, survey, kobo_csv(rows), KOBO_MAPPING).content.decode()
    assert "<td>line 3</td>" in body and "<td>rejected</td><td>group_profile/linux_years: " in body
    assert "<td>line 2</td><td>kobo-2008-" in body and "<td>created</td>" in body
    assert "Confirm import" not in body and not SurveyResponse.objects.exists()


def test_without_permission_to_add_and_change_responses_the_page_is_refused(client, django_user_model, survey):
    refused = staff(client, django_user_model, "change_surveyresponse")
    assert refused.get(page(survey)).status_code == 403
    assert upload(refused, survey, kobo_csv(), KOBO_MAPPING).status_code == 403
    body = refused.get(reverse("admin:adoption_survey_change", args=[survey.pk])).content.decode()
    assert page(survey) not in body
    assert not SurveyResponse.objects.exists()


def test_a_user_who_may_not_see_respondents_never_sees_one(admin_client, client, django_user_model, survey):
    rows = [list(row) for row in KOBO_ROWS]
    rows[1][0] = "Secret Respondent Ltd"
    analyst = staff(client, django_user_model, "view_respondent")
    body = upload(analyst, survey, kobo_csv(rows), KOBO_MAPPING).content.decode()
    assert "only users allowed to see respondents may import them" in body
    assert "Secret Respondent" not in body and "red-hat" not in body
    assert not SurveyResponse.objects.exists()
    # Ignoring the column, they import the answers; the preview names no respondent.
    preview = upload(analyst, survey, kobo_csv(rows), KOBO_MAPPING_ANONYMOUS)
    assert "Secret Respondent" not in preview.content.decode() and "red-hat" not in preview.content.decode()
    analyst.post(page(survey), {"confirm": preview.context["token"]})
    assert SurveyResponse.objects.filter(respondent__isnull=False).count() == 0
    # An admin, who may, sees the unknown respondent named in the row's reason.
    shown = upload(admin_client, survey, kobo_csv(rows), KOBO_MAPPING).content.decode()
    assert "there is no organization &#x27;Secret Respondent Ltd&#x27;" in shown
