"""A survey's methodology page: generated from its data, in the API and the admin, naming no respondent."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from adoption.models import PopulationMargin, Question, Survey, SurveyResponse, WeightingRun
from adoption.stats import TYPICAL_BASES, margin_of_error

from ..factories import OrganizationFactory, SurveyFactory, SurveyResponseFactory

pytestmark = pytest.mark.django_db

RESPONDENT = "Zanzibar Confidential Holdings"
DESIGN_EFFECT = 1.5


@pytest.fixture
def survey(db):
    """A wave of a series with three responses (one respondent named), a question and two margins."""
    survey = SurveyFactory(
        slug="virt-2009", title="Virtualization 2009", series="virt", population="IT managers in the EU."
    )
    SurveyFactory(slug="virt-2008", title="Virtualization 2008", series="virt", fielded_from=datetime.date(2008, 1, 1))
    respondent = OrganizationFactory(name=RESPONDENT, slug="zanzibar-confidential")
    SurveyResponseFactory(survey=survey, respondent=respondent, size_band="1-99")
    SurveyResponseFactory.create_batch(2, survey=survey, size_band="10000+")
    question = Question.objects.create(
        survey=survey, position=1, code="size", text="How many people work for you?", answers="size_band"
    )
    question.options.create(position=1, text="Fewer than 100", value="1-99")
    question.options.create(position=2, text="10,000 or more", value="10000+")
    for value, share in (("1-99", "0.7"), ("10000+", "0.3")):
        PopulationMargin.objects.create(survey=survey, dimension="size_band", value=value, share=Decimal(share))
    return survey


@pytest.fixture
def weighted(survey):
    """The survey weighted: a run, as services.weighting would write it, and two responses given a weight."""
    run = WeightingRun.objects.create(
        survey=survey,
        method="raking (ipfn)",
        margins={"size_band": {"1-99": 0.7, "10000+": 0.3}},
        cap=Decimal("5"),
        converged=True,
        iterations=7,
        max_gap=0.0001,
        received=3,
        weighted=2,
        trimmed=1,
        design_effect=DESIGN_EFFECT,
        effective_size=2 / DESIGN_EFFECT,
    )
    chosen = list(SurveyResponse.objects.filter(survey=survey).order_by("pk").values_list("pk", flat=True)[:2])
    SurveyResponse.objects.filter(pk__in=chosen).update(weight=1.2, weighting_run=run)
    return run


def methodology_json(client, survey):
    response = client.get(f"/api/surveys/{survey.slug}/methodology/")
    assert response.status_code == 200, response.content
    return response.json()


def test_an_unweighted_survey(client, survey):
    page = methodology_json(client, survey)
    assert page["title"] == "Virtualization 2009" and page["population"] == "IT managers in the EU."
    assert page["fielded_from"] == "2008-01-07"
    assert [(wave["slug"], wave["this"]) for wave in page["waves"]] == [("virt-2008", False), ("virt-2009", True)]
    assert page["questionnaire"] == [
        {
            "position": 1,
            "code": "size",
            "text": "How many people work for you?",
            "answers": "size_band",
            "answers_label": "Size band",
            "options": [
                {"position": 1, "text": "Fewer than 100", "value": "1-99"},
                {"position": 2, "text": "10,000 or more", "value": "10000+"},
            ],
        }
    ]
    assert page["responses"] == {"received": 3, "used": 3, "weighted": False}
    weighting = page["weighting"]
    assert weighting["run"] is None and weighting["weighted"] is False
    assert weighting["note"].startswith("Not weighted")
    assert [(row["value"], row["share"]) for row in weighting["margins"]] == [
        ("1-99", "0.700000"),
        ("10000+", "0.300000"),
    ]
    errors = page["margins_of_error"]
    assert errors["level"] == "0.950" and errors["design_effect"] is None
    assert [row["base"] for row in errors["rows"]] == [3, *TYPICAL_BASES]
    for row in errors["rows"]:
        assert row["unweighted"] == pytest.approx(margin_of_error(row["base"]), abs=1e-12)
        assert row["weighted"] is None
        assert row["this_survey"] is (row["base"] == 3)


def test_a_weighted_survey(client, survey, weighted):
    page = methodology_json(client, survey)
    assert page["responses"] == {"received": 3, "used": 2, "weighted": True}
    run = page["weighting"]["run"]
    assert run["method"] == "raking (ipfn)" and run["converged"] is True and run["iterations"] == 7
    assert run["trimmed"] == 1 and run["cap"] == "5.00" and run["design_effect"] == DESIGN_EFFECT
    assert run["dimensions"] == ["size_band"]
    errors = page["margins_of_error"]
    assert errors["design_effect"] == DESIGN_EFFECT
    assert [row["base"] for row in errors["rows"]] == [2, *TYPICAL_BASES]
    for row in errors["rows"]:
        assert row["unweighted"] == pytest.approx(margin_of_error(row["base"]), abs=1e-12)
        assert row["weighted"] == pytest.approx(margin_of_error(row["base"] / DESIGN_EFFECT), abs=1e-12)
        assert row["weighted"] > row["unweighted"]


def test_the_latest_run_is_the_one_shown(client, survey, weighted):
    WeightingRun.objects.filter(pk=weighted.pk).update(created=weighted.created - datetime.timedelta(days=1))
    later = WeightingRun.objects.get(pk=weighted.pk)
    later.pk = None
    later.created = weighted.created
    later.iterations = 12
    later.save()
    assert methodology_json(client, survey)["weighting"]["run"]["iterations"] == 12


def test_no_respondent_is_named_anywhere(admin_client, survey, weighted):
    # Not even to a user who may see respondents: the page is as open as the survey.
    api = admin_client.get(f"/api/surveys/{survey.slug}/methodology/").content.decode()
    admin_page = admin_client.get(reverse("admin:adoption_survey_methodology", args=[survey.pk])).content.decode()
    for text in (api, admin_page):
        assert RESPONDENT not in text and "zanzibar" not in text.lower()
        assert "respondent" not in text.lower()


def test_the_api_answers_404_for_an_unknown_survey_and_400_for_an_unknown_parameter(client, survey):
    assert client.get("/api/surveys/no-such-survey/methodology/").status_code == 404
    refused = client.get(f"/api/surveys/{survey.slug}/methodology/", {"weighted": "true"})
    assert refused.status_code == 400 and list(refused.json()) == ["weighted"]
    assert client.post(f"/api/surveys/{survey.slug}/methodology/", {}).status_code == 405


def test_the_admin_page_prints_the_survey(admin_client, survey, weighted):
    response = admin_client.get(reverse("admin:adoption_survey_methodology", args=[survey.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Virtualization 2009: methodology" in page
    assert "How many people work for you?" in page and "Fewer than 100" in page
    assert "IT managers in the EU." in page and "Virtualization 2008" in page
    assert "raking (ipfn)" in page and "1 of 2" in page  # trimmed of weighted
    assert f"±{margin_of_error(100) * 100:.1f}%" in page
    assert f"±{margin_of_error(100 / DESIGN_EFFECT) * 100:.1f}%" in page
    assert "adoption/methodology.css" in page  # the print stylesheet


def test_the_admin_page_of_an_unweighted_survey(admin_client, survey):
    page = admin_client.get(reverse("admin:adoption_survey_methodology", args=[survey.pk])).content.decode()
    assert "Not weighted" in page and "weighting-run" not in page
    assert f"±{margin_of_error(3) * 100:.1f}%" in page


def test_the_admin_page_needs_the_view_permission_on_surveys(client, django_user_model, survey):
    url = reverse("admin:adoption_survey_methodology", args=[survey.pk])
    staff = django_user_model.objects.create_user("staff", password="unused-password-9", is_staff=True)
    staff.user_permissions.set(Permission.objects.filter(codename="view_surveyresponse"))
    client.force_login(staff)
    assert client.get(url).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="view_survey"))
    assert client.get(url).status_code == 200
    assert client.get(reverse("admin:adoption_survey_methodology", args=[10**9])).status_code == 404


def test_anonymous_admin_visitors_are_sent_to_log_in(client, survey):
    response = client.get(reverse("admin:adoption_survey_methodology", args=[survey.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_survey_without_a_series_or_questions(client, db):
    survey = SurveyFactory(slug="lonely")
    page = methodology_json(client, Survey.objects.get(pk=survey.pk))
    assert page["waves"] == [] and page["questionnaire"] == []
    assert page["responses"] == {"received": 0, "used": 0, "weighted": False}
    assert [row["base"] for row in page["margins_of_error"]["rows"]] == list(TYPICAL_BASES)
