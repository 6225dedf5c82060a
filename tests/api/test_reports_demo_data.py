"""Reports count real records only unless asked, and say what they counted."""

import pytest

from adoption.models import Deployment, SurveyResponse

pytestmark = pytest.mark.django_db

URL = "/api/reports/adoption/"


def report(client, **params) -> dict:
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_a_report_counts_real_records_unless_asked_and_says_which(anonymous, demo, settings):
    settings.ADOPTION_REPORT_MIN_COUNT = 1  # the seeded survey has one real response: show it
    real = (Deployment.objects.filter(synthetic=False).count(), SurveyResponse.objects.filter(synthetic=False).count())
    made_up = (Deployment.objects.filter(synthetic=True).count(), SurveyResponse.objects.filter(synthetic=True).count())
    assert all(made_up), "the demo fixture writes both kinds"
    for params, synthetic, counts in (
        ({}, "excluded", real),
        ({"synthetic": "false"}, "excluded", real),
        ({"synthetic": "true"}, "only", made_up),
        ({"synthetic": "include"}, "included", (real[0] + made_up[0], real[1] + made_up[1])),
    ):
        body = report(anonymous, group_by="stage", **params)
        assert body["synthetic"] == synthetic, params
        assert (body["total"]["deployments"], body["total"]["responses"]) == counts, params


def test_demo_data_combines_with_the_list_filters(anonymous, demo):
    body = report(anonymous, group_by="stage", records="deployments", hypervisor="xen", synthetic="include")
    assert body["total"]["deployments"] == Deployment.objects.filter(hypervisor__slug="xen").count()
    body = report(anonymous, group_by="stage", records="deployments", hypervisor="xen")
    assert body["total"]["deployments"] == Deployment.objects.filter(hypervisor__slug="xen", synthetic=False).count()


def test_the_csv_file_is_named_for_what_it_counts(anonymous, demo):
    response = anonymous.get(URL, {"group_by": "stage", "format": "csv", "synthetic": "include"})
    assert 'filename="adoption-report-by-stage-with-demo-data.csv"' in response["Content-Disposition"]
    response = anonymous.get(URL, {"group_by": "stage", "format": "csv"})
    assert 'filename="adoption-report-by-stage.csv"' in response["Content-Disposition"]


@pytest.mark.parametrize("value", ["maybe", "all", ""])
def test_another_value_is_a_400_naming_the_choices(anonymous, demo, value):
    response = anonymous.get(URL, {"group_by": "stage", "synthetic": value})
    assert response.status_code == 400
    assert response.json() == {
        "synthetic": [
            "Demo data: false (the default) counts real records only, true demo data only, include real and demo data."
        ]
    }
