"""Surveys and their responses: written with nested answers, and a respondent no one else sees."""

import pytest
from django.contrib.auth.models import Permission

from adoption.models import SurveyResponse

from .conftest import SURVEY, detail_url, list_url, new_record, token_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def insider(django_user_model):
    """An editor who may also see who responded."""
    user = django_user_model.objects.create_user("insider")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    return token_client(user)


@pytest.fixture
def plain_editor(editor_user, editor):
    """An editor of every record, who may not see respondents."""
    editor_user.user_permissions.remove(Permission.objects.get(codename="view_respondent"))
    return editor


def text(response) -> str:
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def response_id(insider, seeded):
    created = insider.post(list_url("survey-responses"), new_record("survey-responses"), format="json")
    assert created.status_code == 201, created.json()
    return created.json()["id"]


def test_a_response_is_written_with_its_hypervisors_families_and_purposes(insider, response_id):
    record = insider.get(detail_url("survey-responses", response_id)).json()
    assert record["respondent"]["slug"] == "casio-computer"
    assert [(row["hypervisor"]["slug"], row["stage"]) for row in record["hypervisors"]] == [
        ("xen", "production"),
        ("vmware-esx-server", "evaluating"),
    ]
    assert sorted(record["guest_families"]) == ["linux", "windows"]
    assert record["survey"]["slug"] == SURVEY
    body = {"hypervisors": [{"hypervisor": "xen", "stage": "pilot"}, {"hypervisor": "xen", "stage": "production"}]}
    response = insider.patch(detail_url("survey-responses", response_id), body, format="json")
    assert response.status_code == 400
    assert response.json()["hypervisors"] == ["This response already lists that hypervisor."]


@pytest.mark.parametrize("who", ["anonymous", "reader", "plain_editor"])
def test_the_respondent_is_hidden_from_anyone_without_the_permission(request, response_id, who):
    client = request.getfixturevalue(who)
    record = client.get(detail_url("survey-responses", response_id)).json()
    assert "respondent" not in record
    listed = client.get(list_url("survey-responses")).json()["results"]
    assert all("respondent" not in row for row in listed)
    csv = text(client.get(list_url("survey-responses"), {"format": "csv"}))
    assert "respondent" not in csv.splitlines()[0] and "casio" not in csv
    assert "casio" not in client.get(list_url("survey-responses"), {"q": "casio"}).content.decode()
    assert client.get(list_url("survey-responses"), {"q": "Casio"}).json()["count"] == 0
    refused = client.get(list_url("survey-responses"), {"respondent": "casio-computer"})
    assert refused.status_code == 400
    assert refused.json() == {
        "respondent": [
            "The respondent of survey responses is confidential: "
            "only users allowed to see it may filter, order, search or group by it."
        ]
    }


def test_someone_with_the_permission_sees_and_filters_by_respondent(insider, response_id):
    csv = text(insider.get(list_url("survey-responses"), {"format": "csv"}))
    assert csv.splitlines()[0].split(",")[3] == "respondent" and "casio-computer" in csv
    found = insider.get(list_url("survey-responses"), {"respondent": "casio-computer"}).json()["results"]
    assert [row["id"] for row in found] == [response_id]


def test_an_editor_without_the_permission_cannot_set_or_clear_the_respondent(plain_editor, response_id):
    body = {**new_record("survey-responses"), "respondent": None}
    refused = plain_editor.put(detail_url("survey-responses", response_id), body, format="json")
    # The same answer as for a field that does not exist: it tells nothing.
    assert refused.status_code == 400 and refused.json() == {"respondent": ["Unknown field."]}
    assert SurveyResponse.objects.get(pk=response_id).respondent.slug == "casio-computer"


def test_deleting_a_respondent_organization_keeps_the_answers_anonymous(insider, response_id):
    response = SurveyResponse.objects.get(pk=response_id)
    response.respondent.deployments.all().delete()
    assert insider.delete(detail_url("organizations", response.respondent_id)).status_code == 204
    response.refresh_from_db()
    assert response.respondent is None and response.stage == "production"


def test_a_survey_cannot_end_before_it_starts(editor, seeded):
    body = {**new_record("surveys"), "fielded_to": "2008-02-01"}
    response = editor.post(list_url("surveys"), body, format="json")
    assert response.status_code == 400
    assert response.json() == {"fielded_to": ["A survey cannot end before it starts."]}


def test_the_history_leaves_the_respondent_out_for_those_who_may_not_see_it(plain_editor, insider, response_id):
    hidden = plain_editor.get(detail_url("survey-responses", response_id) + "history/")
    assert hidden.status_code == 200 and "casio" not in hidden.content.decode()
    shown = insider.get(detail_url("survey-responses", response_id) + "history/").json()
    fields = [item for change in shown for row in change["rows"] for item in row["fields"]]
    assert {"field": "respondent", "old": None, "new": "casio-computer"} in fields


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"hypervisor": "vmware-esx-server"}, ["test-survey-2008-0001"]),
        ({"hypervisor_vendor": "vmware"}, ["test-survey-2008-0001"]),
        ({"hypervisor_stage": "pilot"}, ["test-survey-2008-0000"]),
        ({"guest_os_family": "windows"}, ["test-survey-2008-0001"]),
        ({"linux_years__gte": "4"}, ["test-survey-2008-0001"]),
        ({"linux_years__lte": "3"}, ["test-survey-2008-0000"]),
        ({"country": "CH"}, ["test-survey-2008-0000"]),
        ({"stage": "production", "size_band": "10000+"}, ["test-survey-2008-0001"]),
    ],
)
def test_responses_filter_by_their_answers(anonymous, response_id, query, expected):
    rows = anonymous.get(list_url("survey-responses"), query).json()["results"]
    assert [row["reference"] for row in rows] == expected
