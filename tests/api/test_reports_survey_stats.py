"""Survey reports: each share with its base and its interval, weighted shares, and tests between waves and groups.

The expected figures are statsmodels' own results on the same counts, compared to the
precision the report prints (four decimals), so a wrong base, a wrong weight sum or a
normal-approximation interval would show.
"""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

from adoption.choices import SizeBand, Stage
from tests.factories import HypervisorFactory, SurveyFactory, SurveyResponseFactory, WeightingRunFactory

from .conftest import token_client

pytestmark = pytest.mark.django_db

REPORT = "/api/reports/adoption/"
SMALL, MEDIUM = SizeBand.SMALL.value, SizeBand.MEDIUM.value


@pytest.fixture
def insider(django_user_model):
    """Sees respondents, so no cell is withheld: the figures are all there to check."""
    user = django_user_model.objects.create_user("insider")
    user.user_permissions.set(Permission.objects.filter(codename="view_respondent"))
    return token_client(user)


def respond(survey, count, *, size_band=SMALL, stage=Stage.PILOT, hypervisor=None, weight=None):
    for _ in range(count):
        extra = {"hypervisor__hypervisor": hypervisor} if hypervisor else {}
        SurveyResponseFactory(survey=survey, size_band=size_band, stage=stage, weight=weight, **extra)


def get(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200, response.json()
    return response.json()


def wilson(count, base, level=0.95):
    return tuple(round(float(bound), 4) for bound in proportion_confint(count, base, 1 - level, method="wilson"))


def by(cells, *names):
    return {tuple(cell[name] for name in names) if len(names) > 1 else cell[names[0]]: cell for cell in cells}


def test_each_share_carries_its_base_and_its_wilson_interval(insider):
    survey = SurveyFactory()
    respond(survey, 27, stage=Stage.PRODUCTION)
    respond(survey, 3, stage=Stage.PILOT)
    report = get(insider, group_by="stage", records="responses")
    assert (report["confidence"], report["interval"], report["weighted"]) == ("0.95", "Wilson score interval", False)
    cells = by(report["cells"], "stage")
    assert (cells["production"]["n"], cells["production"]["of"], cells["production"]["share"]) == (27, 30, 0.9)
    assert (cells["production"]["ci_low"], cells["production"]["ci_high"]) == wilson(27, 30)
    # Near 1 the interval stays inside it, as the normal approximation's (0.793, 1.007) would not.
    assert cells["production"]["ci_high"] < 1
    assert (cells["pilot"]["ci_low"], cells["pilot"]["ci_high"]) == wilson(3, 30)


def test_the_confidence_level_is_a_parameter_and_the_csv_has_the_interval(insider):
    survey = SurveyFactory()
    respond(survey, 12, stage=Stage.PRODUCTION)
    respond(survey, 8, stage=Stage.PILOT)
    report = get(insider, group_by="stage", records="responses", confidence="0.9")
    assert report["confidence"] == "0.9"
    production = by(report["cells"], "stage")["production"]
    assert (production["ci_low"], production["ci_high"]) == wilson(12, 20, 0.9)
    rows = list(
        csv.DictReader(
            io.StringIO(
                insider.get(
                    REPORT, {"group_by": "stage", "records": "responses", "confidence": "0.9", "format": "csv"}
                ).content.decode()
            )
        )
    )
    production_row = next(row for row in rows if row["stage"] == "production")
    assert (float(production_row["ci_low"]), float(production_row["ci_high"])) == wilson(12, 20, 0.9)


def test_a_report_counting_case_studies_has_no_interval(insider):
    # Case studies are not a sample of anything: a report counting them too has no interval.
    respond(SurveyFactory(), 6)
    report = get(insider, group_by="stage")
    assert report["records"] == ["deployments", "responses"]
    assert "confidence" not in report and all("ci_low" not in cell for cell in report["cells"])


def weighted_survey():
    """Ten small firms at weight 0.5 and ten medium at 1.5: a population of 25% small, 75% medium."""
    survey = SurveyFactory()
    xen, kvm = HypervisorFactory(slug="xen"), HypervisorFactory(slug="kvm")
    respond(survey, 6, size_band=SMALL, stage=Stage.PRODUCTION, hypervisor=xen, weight=0.5)
    respond(survey, 4, size_band=SMALL, stage=Stage.PILOT, hypervisor=kvm, weight=0.5)
    respond(survey, 3, size_band=MEDIUM, stage=Stage.PRODUCTION, hypervisor=xen, weight=1.5)
    respond(survey, 7, size_band=MEDIUM, stage=Stage.PILOT, hypervisor=kvm, weight=1.5)
    WeightingRunFactory(survey=survey, design_effect=1.25)
    return survey


def test_weighted_shares_and_intervals_from_the_effective_base(insider):
    weighted_survey()
    report = get(insider, group_by="stage", records="responses", weighted="true")
    production = by(report["cells"], "stage")["production"]
    # Weighted: (6 x 0.5 + 3 x 1.5) / 20 = 0.375; the unweighted base is still shown.
    assert (production["n"], production["of"], production["share"]) == (9, 20, 0.375)
    # Kish: (sum w)^2 / sum w^2 = 400 / (10 x 0.25 + 10 x 2.25) = 16.
    assert production["effective_of"] == 16
    assert (production["ci_low"], production["ci_high"]) == wilson(0.375 * 16, 16)
    assert report["weighted"] is True and report["left_out"] == 0
    unweighted = by(get(insider, group_by="stage", records="responses")["cells"], "stage")["production"]
    assert unweighted["share"] == 0.45


def test_a_small_number_of_responses_left_out_by_the_weighting_is_withheld(insider, anonymous):
    survey = weighted_survey()
    respond(survey, 2, size_band=MEDIUM, weight=None)  # no weight: a weighting dimension unanswered
    params = {"group_by": "stage", "records": "responses", "weighted": "true", "size_band": MEDIUM}
    assert get(insider, **params)["left_out"] == 2
    # Shown, it would give away a cell other reports withhold (these two, by the dimension they left blank).
    assert get(anonymous, **params)["left_out"] is None
    respond(survey, 3, size_band=MEDIUM, weight=None)
    assert get(anonymous, **params)["left_out"] == 5


def test_two_groups_in_one_wave_are_compared_with_the_test_named(insider):
    weighted_survey()
    report = get(insider, group_by="size_band,stage", records="responses", versus=SMALL)
    assert report["test"] == "two-proportion z-test, pooled variance, two-sided"
    cells = by(report["cells"], "size_band", "stage")
    medium = cells[(MEDIUM, "production")]
    z, p_value = proportions_ztest([3, 6], [10, 10])
    assert medium["difference"] == round(0.3 - 0.6, 4)
    assert medium["p_value"] == round(p_value, 4)
    assert medium["significant"] is False
    assert cells[(SMALL, "production")]["p_value"] is None  # the reference group itself


def test_versus_null_compares_with_the_group_that_gave_no_value(insider):
    survey = SurveyFactory()
    for years, stage, count in ((None, Stage.PRODUCTION, 6), (None, Stage.PILOT, 4), (5, Stage.PRODUCTION, 3),
                                (5, Stage.PILOT, 7)):  # fmt: skip
        SurveyResponseFactory.create_batch(count, survey=survey, linux_years=years, stage=stage)
    params = {"group_by": "linux_years,stage", "records": "responses"}
    report = get(insider, **params, versus="null")
    five = by(report["cells"], "linux_years", "stage")[(5, "production")]
    _, p_value = proportions_ztest([3, 6], [10, 10])
    assert (five["difference"], five["p_value"]) == (round(0.3 - 0.6, 4), round(p_value, 4))
    # Python's spelling of it is no value of linux_years; the error names the one that is.
    response = insider.get(REPORT, {**params, "versus": "None"})
    assert response.status_code == 400
    assert response.json()["versus"] == ["No linux_years None among the groups counted: 5, null."]


def test_waves_show_each_share_its_change_and_whether_it_is_more_than_chance(insider):
    first = SurveyFactory(series="panel", fielded_from="2008-01-07", slug="panel-2008")
    second = SurveyFactory(series="panel", fielded_from="2009-01-05", slug="panel-2009")
    respond(first, 20, stage=Stage.PRODUCTION)
    respond(first, 80, stage=Stage.PILOT)
    respond(second, 45, stage=Stage.PRODUCTION)
    respond(second, 55, stage=Stage.PILOT)
    report = get(insider, group_by="wave,stage", series="panel")
    cells = by(report["cells"], "wave", "stage")
    later = cells[("panel-2009", "production")]
    assert later["change"] == 0.25
    _, p_value = proportions_ztest([45, 20], [100, 100])
    assert later["p_value"] == round(p_value, 4) and later["significant"] is True
    assert cells[("panel-2008", "production")]["p_value"] is None
    assert (later["ci_low"], later["ci_high"]) == wilson(45, 100)


def test_waves_alone_are_not_tested_against_each_other(insider):
    # Each wave's share is of all the waves' responses: one base, shares adding up to one, nothing to test.
    first = SurveyFactory(series="panel", fielded_from="2008-01-07", slug="panel-2008")
    second = SurveyFactory(series="panel", fielded_from="2009-01-05", slug="panel-2009")
    respond(first, 40)
    respond(second, 60)
    report = get(insider, group_by="wave", series="panel")
    later = by(report["cells"], "wave")["panel-2009"]
    assert (later["share"], later["change"]) == (0.6, 0.2)
    assert "test" not in report and "p_value" not in later and "significant" not in later
    header = insider.get(REPORT, {"group_by": "wave", "series": "panel", "format": "csv"}).content.decode()
    assert "p_value" not in header.splitlines()[0]


@pytest.mark.parametrize(
    "params, field, words",
    [
        ({"group_by": "stage", "records": "responses", "confidence": "high"}, "confidence", "0.5 to 0.999"),
        ({"group_by": "stage", "records": "responses", "confidence": "1"}, "confidence", "0.5 to 0.999"),
        ({"group_by": "stage", "records": "responses", "confidence": "NaN"}, "confidence", "0.5 to 0.999"),
        ({"group_by": "stage", "confidence": "0.9"}, "confidence", "records=responses"),
        ({"group_by": "stage", "records": "deployments", "weighted": "true"}, "weighted", "records=responses"),
        ({"group_by": "stage", "records": "responses", "weighted": "maybe"}, "weighted", "true or false"),
        ({"group_by": "stage", "records": "responses", "versus": "pilot"}, "versus", "two dimensions"),
        ({"group_by": "hypervisor,stage", "records": "responses", "versus": "xen"}, "versus", "several"),
        ({"group_by": "size_band,stage", "records": "responses", "versus": "huge"}, "versus", "No size_band huge"),
        ({"group_by": "stage", "records": "responses", "weighted": "true"}, "weighted", "Not weighted"),
    ],
)
def test_bad_statistics_parameters_are_named(insider, params, field, words):
    survey = SurveyFactory(slug="unweighted-survey")
    respond(survey, 6, hypervisor=HypervisorFactory(slug="xen"))
    response = insider.get(REPORT, params)
    assert response.status_code == 400
    assert words in " ".join(response.json()[field]), response.json()


def test_surveys_of_no_one_series_are_not_tested_as_waves(insider):
    for slug, year, series in (("alpha-2008", 2008, "alpha"), ("beta-2009", 2009, "beta")):
        survey = SurveyFactory(slug=slug, series=series, fielded_from=f"{year}-01-07")
        respond(survey, 10, stage=Stage.PRODUCTION)
        respond(survey, 10 + 20 * (year - 2008), stage=Stage.PILOT)
    report = get(insider, group_by="wave,stage")
    assert report["test"].startswith("none: the surveys counted are not waves of one series (series: alpha, beta)")
    assert all("p_value" not in cell for cell in report["cells"])
    assert "p_value" in get(insider, group_by="wave,stage", series="alpha")["cells"][0]
