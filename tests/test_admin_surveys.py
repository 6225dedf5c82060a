"""Surveys in the admin: the respondent shows only to those allowed to see it, on the page and in CSV."""

import pytest
from django.contrib.auth.models import Permission

from adoption.models import SurveyResponse

from .test_admin import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, django_user_model):
    """A staff analyst with every adoption permission except seeing respondents."""
    user = django_user_model.objects.create_user("analyst", password="unused-password-5", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="adoption").exclude(codename="view_respondent")
    )
    client.force_login(user)
    return client


def csv_text(response) -> str:
    return b"".join(response.streaming_content).decode()


def test_the_respondent_is_hidden_from_staff_without_the_permission(staff, seeded):
    response = SurveyResponse.objects.get()
    response.stage = "production"
    response.save()  # a change, so the history has rows to show
    pages = ("changelist", "change", "history")
    for page in (url(SurveyResponse, name, *([] if name == "changelist" else [response.pk])) for name in pages):
        html = staff.get(page).content.decode()
        assert "Swisscom" not in html
        assert 'name="respondent"' not in html and "column-respondent" not in html
        assert "swisscom" not in html
    exported = csv_text(staff.get(url(SurveyResponse, "export_csv")))
    assert "respondent" not in exported and "swisscom" not in exported


def test_an_admin_sees_the_respondent_on_the_page_and_in_csv(admin_client, seeded):
    response = SurveyResponse.objects.get()
    assert "Swisscom" in admin_client.get(url(SurveyResponse, "change", response.pk)).content.decode()
    assert "<code>respondent</code>" in admin_client.get(url(SurveyResponse, "history", response.pk)).content.decode()
    assert "column-respondent" in admin_client.get(url(SurveyResponse, "changelist")).content.decode()
    assert ",swisscom," in csv_text(admin_client.get(url(SurveyResponse, "export_csv")))
