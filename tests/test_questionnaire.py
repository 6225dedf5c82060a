"""The questionnaire and a survey's population: written through the API, CSV and the admin, checked
where they are written; a response's weight shown, never taken."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from adoption.models import AnswerOption, PopulationMargin, Question, Survey, SurveyResponse
from adoption.registry import RESOURCES
from adoption.selectors.csv_export import stream_csv
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

from .api.conftest import SURVEY, detail_url, list_url, new_record, token_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("questionnaire-editor")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    return token_client(user)


def export(name: str) -> bytes:
    resource = RESOURCES[name]
    return b"".join(stream_csv(resource, resource.model._default_manager.all()))


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode(), newline="")))


@pytest.fixture
def question(editor, seeded):
    created = editor.post(list_url("survey-questions"), new_record("survey-questions"), format="json")
    assert created.status_code == 201, created.json()
    return created.json()


def test_a_question_is_written_with_its_options_and_read_back_in_order(editor, question):
    assert question["reference"] == "test-survey-2008-q1"
    assert question["survey"]["slug"] == SURVEY
    assert question["answers"] == "size_band"
    assert [(row["position"], row["text"], row["value"]) for row in question["options"]] == [
        (1, "1 to 99", "1-99"),
        (2, "10,000 or more", "10000+"),
    ]
    # Sent back with one option's text corrected, each option keeps its id.
    options = [dict(row) for row in question["options"]]
    options[1]["text"] = "10,000 employees or more"
    changed = editor.patch(detail_url("survey-questions", question["id"]), {"options": options}, format="json")
    assert changed.status_code == 200, changed.json()
    assert [row["id"] for row in changed.json()["options"]] == [row["id"] for row in question["options"]]
    listed = editor.get(list_url("survey-questions"), {"survey": SURVEY}).json()
    assert [row["code"] for row in listed["results"]] == ["q1", "stage"]  # the seeded survey's own second
    assert editor.get(list_url("survey-questions"), {"survey": "no-such-survey"}).status_code == 400


def test_a_question_left_without_a_reference_is_named_for_its_survey_and_code(editor, seeded):
    body = {**new_record("survey-questions"), "code": "size"}
    del body["reference"]
    created = editor.post(list_url("survey-questions"), body, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["reference"] == f"{SURVEY}-size"


def test_a_survey_asks_each_response_field_once(editor, question):
    body = {**new_record("survey-questions"), "reference": "another", "code": "q2"}
    refused = editor.post(list_url("survey-questions"), body, format="json")
    assert refused.status_code == 400
    assert "Another question of this survey already fills that response field." in str(refused.json())


def test_a_survey_declares_its_population_through_the_api(editor, seeded):
    created = editor.post(list_url("surveys"), new_record("surveys"), format="json")
    assert created.status_code == 201, created.json()
    record = created.json()
    assert record["weight_cap"] == "4.00"
    assert [(row["dimension"], row["value"], row["share"]) for row in record["margins"]] == [
        ("size_band", "1-99", "0.600000"),
        ("size_band", "10000+", "0.400000"),
    ]
    assert "import_mapping" not in record
    margins = [*record["margins"], {"dimension": "country", "value": "DE", "share": "1"}]
    changed = editor.patch(detail_url("surveys", record["id"]), {"margins": margins}, format="json")
    assert changed.status_code == 200, changed.json()
    kept = {row["value"]: row["id"] for row in changed.json()["margins"]}
    assert [kept["1-99"], kept["10000+"]] == [row["id"] for row in record["margins"]]
    assert list(kept) == ["DE", "1-99", "10000+"]  # by dimension, then value


@pytest.mark.parametrize(
    ("dimension", "value", "message"),
    [
        ("size_band", "huge", "is not a size band"),
        ("stage", "thinking", "is not a stage"),
        ("country", "XX", "is not an ISO 3166-1 alpha-2 country code"),
        ("industry", "no-such-industry", "There is no industry"),
    ],
)
def test_a_margin_value_must_be_one_a_response_can_have(editor, seeded, dimension, value, message):
    survey = Survey.objects.get(slug=SURVEY)
    body = {"margins": [{"dimension": dimension, "value": value, "share": "0.5"}]}
    refused = editor.patch(detail_url("surveys", survey.pk), body, format="json")
    assert refused.status_code == 400
    assert list(refused.json()) == ["margins"]
    # The row's index, then its field: {"margins": {"0": {"value": [...]}}}.
    assert message in refused.json()["margins"]["0"]["value"][0]
    assert list(PopulationMargin.objects.filter(survey=survey).values_list("value", flat=True)) == ["10000+"]


def test_an_existing_industry_is_a_valid_margin(editor, seeded):
    survey = Survey.objects.get(slug=SURVEY)
    body = {"margins": [{"dimension": "industry", "value": "it-services", "share": "1"}]}
    assert editor.patch(detail_url("surveys", survey.pk), body, format="json").status_code == 200


def test_the_import_mapping_is_not_exposed(editor, seeded):
    survey = Survey.objects.get(slug=SURVEY)
    Survey.objects.filter(pk=survey.pk).update(import_mapping={"columns": {"secret": "size_band"}})
    assert "import_mapping" not in editor.get(detail_url("surveys", survey.pk)).json()
    assert "import_mapping" not in export("surveys").decode()
    refused = editor.patch(detail_url("surveys", survey.pk), {"import_mapping": {}}, format="json")
    assert refused.status_code == 400 and list(refused.json()) == ["import_mapping"]


def test_a_response_weight_is_shown_read_only(editor, seeded):
    response = SurveyResponse.objects.get(reference="test-survey-2008-0000")
    SurveyResponse.objects.filter(pk=response.pk).update(weight=1.25)
    record = editor.get(detail_url("survey-responses", response.pk)).json()
    assert record["weight"] == 1.25
    # Sent back as read, it is fine; changed, refused.
    assert editor.patch(detail_url("survey-responses", response.pk), {"weight": 1.25}, format="json").status_code == 200
    refused = editor.patch(detail_url("survey-responses", response.pk), {"weight": 3}, format="json")
    assert refused.status_code == 400 and list(refused.json()) == ["weight"]
    exported = rows(export("survey-responses"))
    assert exported[0]["weight"] == "1.25"
    # Import reads past it: a changed weight in the file changes nothing.
    exported[0]["weight"] = "9"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(exported[0]))
    writer.writeheader()
    writer.writerows(exported)
    result = import_csv(RESOURCES["survey-responses"], text.getvalue().encode())
    assert result.counts["unchanged"] == len(exported)
    assert SurveyResponse.objects.get(pk=response.pk).weight == 1.25


def test_a_weight_unset_is_null_and_sent_back_as_read(editor, seeded):
    response = SurveyResponse.objects.get(reference="test-survey-2008-0000")
    record = editor.get(detail_url("survey-responses", response.pk)).json()
    assert record["weight"] is None
    body = {"weight": None, "stage": record["stage"]}
    assert editor.patch(detail_url("survey-responses", response.pk), body, format="json").status_code == 200


def test_questions_options_and_margins_round_trip_through_csv(editor, seeded):
    assert editor.post(list_url("surveys"), new_record("surveys"), format="json").status_code == 201
    assert editor.post(list_url("survey-questions"), new_record("survey-questions"), format="json").status_code == 201
    surveys, questions = export("surveys"), export("survey-questions")
    survey_row = next(row for row in rows(surveys) if row["slug"] == "acme-virtualization-survey-2008")
    assert survey_row["margins"] == "size_band|1-99|0.6;size_band|10000+|0.4"
    assert survey_row["weight_cap"] == "4"
    assert rows(questions)[0]["options"] == "1|1 to 99|1-99;2|10,000 or more|10000+"
    # Into an empty questionnaire and population: the same records come back.
    Question.objects.all().delete()
    PopulationMargin.objects.all().delete()
    import_csv(RESOURCES["surveys"], surveys)
    import_csv(RESOURCES["survey-questions"], questions)
    assert [row[1:] for row in csv.reader(io.StringIO(export("surveys").decode()))] == [
        row[1:] for row in csv.reader(io.StringIO(surveys.decode()))
    ]
    assert [row[1:] for row in csv.reader(io.StringIO(export("survey-questions").decode()))] == [
        row[1:] for row in csv.reader(io.StringIO(questions.decode()))
    ]
    assert AnswerOption.objects.count() == 3  # the seeded question's one, and two


def test_a_bad_margin_in_csv_is_reported_by_line_and_column(seeded):
    data = (
        f"slug,margins\n{SURVEY},size_band|1-99|0.5;country|XX|0.5\n"  # line 2
    ).encode()
    with pytest.raises(UpsertError) as refused:
        import_csv(RESOURCES["surveys"], data)
    assert "line 2, margins" in str(refused.value) and "XX" in str(refused.value)
    assert PopulationMargin.objects.count() == 1  # the seeded one, as it was


def test_the_admin_lists_a_survey_questions_with_their_options(admin_client, seeded):
    question = Question.objects.create(
        survey=Survey.objects.get(slug=SURVEY), position=2, code="why", text="Why virtualise?", answers="purposes"
    )
    question.options.create(position=1, text="To consolidate servers", value="server-consolidation")
    page = admin_client.get(reverse("admin:adoption_question_change", args=[question.pk])).content.decode()
    assert "To consolidate servers" in page
    survey_page = admin_client.get(reverse("admin:adoption_survey_change", args=[question.survey_id])).content.decode()
    assert f"survey__id__exact={question.survey_id}" in survey_page and "questions (2)" in survey_page
    assert reverse("admin:adoption_survey_methodology", args=[question.survey_id]) in survey_page
