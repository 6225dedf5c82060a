"""No survey report gives away a cell smaller than the threshold, whatever it is asked.

Generated: every dimension survey responses have, alone and in every ordered pair, over
two waves of one series, with and without a filter, weighted and not, and compared with
a group (`versus`) where that applies. Each report is asked twice, by a user who sees
respondents (the true counts) and by one who does not, and the second must:

- show nothing of a cell whose true response count is from 1 to min_count - 1: no count,
  no share, no interval, no difference, no change, no test;
- never leave exactly one such cell hidden in a group whose base it shows (the base minus
  the shown cells would give it back), nor exactly one group's base hidden under a shown
  total;
- show no difference, change or test against a hidden cell.
"""

import itertools
import random

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission

from adoption.choices import SizeBand, Stage
from adoption.models import Purpose, ResponseGuestFamily, ResponseHypervisor, SurveyResponse
from adoption.selectors.reports import DIMENSIONS
from tests.factories import HypervisorFactory, IndustryFactory, OrganizationFactory, SurveyFactory, WeightingRunFactory

from .conftest import token_client

pytestmark = pytest.mark.django_db

REPORT = "/api/reports/adoption/"
SURVEY_DIMENSIONS = [name for name, dimension in DIMENSIONS.items() if "responses" in dimension.keys]
HIDDEN = ("responses", "n", "share", "ci_low", "ci_high", "difference", "change", "p_value", "significant")


@pytest.fixture
def panel(db):
    """Two waves of 40 and 35 responses, skewed so that many cells are small."""
    rng = random.Random(17)
    hypervisors = [HypervisorFactory(slug=slug) for slug in ("xen", "kvm", "esx")]
    industries = [IndustryFactory(slug=slug) for slug in ("retail", "banking")]
    purposes = [Purpose.objects.get_or_create(slug=slug, defaults={"name": slug})[0] for slug in ("vdi", "testing")]
    owner = OrganizationFactory()
    for size, year in ((40, 2008), (35, 2009)):
        survey = SurveyFactory(slug=f"panel-{year}", series="panel", fielded_from=f"{year}-02-01", conducted_by=owner)
        for number in range(size):
            response = SurveyResponse.objects.create(
                survey=survey,
                reference=f"panel-{year}-{number}",
                size_band=rng.choices(SizeBand.values, weights=(8, 5, 2, 1))[0],
                stage=rng.choices(Stage.values, weights=(1, 2, 4, 8, 1))[0],
                industry=rng.choice([*industries, None]),
                country=rng.choices(["DE", "FR", "JP"], weights=(10, 3, 1))[0],
                linux_years=rng.choice([None, 1, 2, 5, 10]),
                weight=rng.choice([0.5, 1.0, 1.5, 3.0]),
            )
            for hypervisor in rng.sample(hypervisors, rng.choice([1, 1, 2])):
                ResponseHypervisor.objects.create(
                    response=response, hypervisor=hypervisor, stage=rng.choice(Stage.values)
                )
            ResponseGuestFamily.objects.create(response=response, family=rng.choice(["linux", "windows", "bsd"]))
            response.purposes.set(rng.sample(purposes, rng.choice([0, 1, 2])))
        WeightingRunFactory(survey=survey, received=size, design_effect=1.2)


def requests():
    """Every grouping of survey dimensions (one or two), each with the variations that apply to it."""
    groupings = [(name,) for name in SURVEY_DIMENSIONS] + list(itertools.permutations(SURVEY_DIMENSIONS, 2))
    for group_by in groupings:
        if "wave" in group_by and group_by[0] != "wave":
            continue
        params = {"group_by": ",".join(group_by), "records": "responses", "series": "panel"}
        variations = [
            {"weighted": "false"},
            {"weighted": "true"},
            {"weighted": "false", "size_band": SizeBand.SMALL.value},
            {"weighted": "true", "survey": "panel-2009"},
        ]
        first = DIMENSIONS[group_by[0]]
        if len(group_by) == 2 and group_by[0] != "wave" and not first.is_many("responses", group_by):
            variations.append({"weighted": "true", "versus": "__first__"})
        for variation in variations:
            yield {**params, **variation}


def key(cell, group_by):
    return tuple(cell[name] for name in group_by)


def test_no_report_gives_a_small_cell_away(panel, anonymous, django_user_model):
    insider = django_user_model.objects.create_user("insider")
    insider.user_permissions.set(Permission.objects.filter(codename="view_respondent"))
    insider = token_client(insider)
    smallest = settings.ADOPTION_REPORT_MIN_COUNT
    tried = small_cells = 0
    for params in requests():
        group_by = params["group_by"].split(",")
        if params.get("versus") == "__first__":
            truth = insider.get(REPORT, {name: value for name, value in params.items() if name != "versus"}).json()
            values = [cell[group_by[0]] for cell in truth.get("cells", []) if cell[group_by[0]] is not None]
            if not values:
                continue
            params["versus"] = str(values[0])
        true_report = insider.get(REPORT, params)
        shown_report = anonymous.get(REPORT, params)
        assert true_report.status_code == shown_report.status_code == 200, (params, shown_report.json())
        truth = {key(cell, group_by): cell for cell in true_report.json()["cells"]}
        shown = shown_report.json()
        tried += 1
        groups: dict = {}
        for cell in shown["cells"]:
            true_cell = truth[key(cell, group_by)]
            small = 0 < true_cell["responses"] < smallest
            small_cells += small
            if small:
                assert all(cell.get(name) is None for name in HIDDEN), (params, cell)
            hidden = cell["share"] is None and true_cell["responses"] > 0
            group = groups.setdefault(cell[group_by[0]] if len(group_by) > 1 else None, {"hidden": 0, "base": False})
            group["hidden"] += hidden
            group["base"] |= cell["of"] is not None
        for group in groups.values():
            assert not (group["base"] and group["hidden"] == 1), (params, shown["cells"])
        if len(group_by) > 1:
            bases_hidden = sum(not group["base"] for group in groups.values())
            assert bases_hidden != 1 or shown["total"]["responses"] is None, (params, shown["total"])
        _no_comparison_with_a_hidden_cell(shown, group_by, params)
    assert tried > 450 and small_cells > 1000, (tried, small_cells)


def _no_comparison_with_a_hidden_cell(report, group_by, params):
    cells = report["cells"]
    if params.get("versus"):
        reference = {cell[group_by[1]]: cell for cell in cells if str(cell[group_by[0]]) == params["versus"]}
        for cell in cells:
            other = reference.get(cell[group_by[1]])
            if other is None or other["share"] is None:
                assert cell["difference"] is None and cell["p_value"] is None, (params, cell)
    if group_by[0] == "wave":
        previous: dict = {}
        for cell in cells:
            second = cell[group_by[1]] if len(group_by) > 1 else None
            if second in previous and previous[second]["share"] is None:
                assert cell["change"] is None and cell["p_value"] is None, (params, cell)
            previous[second] = cell
