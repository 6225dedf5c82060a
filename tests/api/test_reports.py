"""The adoption report: the docs' example questions (how-to: reports), shares, filters, suppression, CSV, errors."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission

from adoption.models import Hypervisor, OperatingSystem, Organization, Survey
from tests.conftest import restore_or_load
from tests.factories import DeploymentFactory, GuestFactory

from .conftest import token_client

pytestmark = pytest.mark.django_db
REPORT = "/api/reports/adoption/"


@pytest.fixture
def adoption_data(vocabulary):
    """Six case studies and a survey of twelve responses, with figures a person can check.

    Xen: four deployments (2006, 2007, 2007, 2008), Windows guests in two of them.
    VMware ESX Server: two in 2007, both with Windows guests.
    Survey: with one year of Linux, five considering and one evaluating; with five
    years, six in production. Made for real once per test process, then written back.
    """
    restore_or_load("test_reports.adoption_data", make_adoption_data)


def make_adoption_data():
    xen, esx = Hypervisor.objects.get(slug="xen"), Hypervisor.objects.get(slug="vmware-esx-server")
    windows, rhel = OperatingSystem.objects.get(slug="windows-server"), OperatingSystem.objects.get(slug="rhel")
    plan = [
        (xen, 2006, "production", [windows, rhel]),
        (xen, 2007, "pilot", [windows]),
        (xen, 2007, "production", [rhel]),
        (xen, 2008, "evaluating", []),
        (esx, 2007, "production", [windows]),
        (esx, 2007, "pilot", [windows]),
    ]
    for hypervisor, year, stage, guests in plan:
        deployment = DeploymentFactory(hypervisor=hypervisor, stage=stage, reported_on=datetime.date(year, 3, 1))
        for system in guests:
            GuestFactory(deployment=deployment, operating_system=system)
    survey = Survey.objects.create(
        slug="tco-2008",
        title="TCO survey",
        conducted_by=Organization.objects.create(slug="analyst", name="Analyst"),
        fielded_from="2008-01-07",
        population="IT managers.",
    )
    answers = [(1, "considering")] * 5 + [(1, "evaluating")] + [(5, "production")] * 6
    for number, (years, stage) in enumerate(answers):
        response = survey.responses.create(reference=f"tco-2008-{number:04d}", linux_years=years, stage=stage)
        response.hypervisors.create(hypervisor=xen, stage=stage)
        response.guest_families.create(family="linux")


@pytest.fixture
def insider(django_user_model):
    user = django_user_model.objects.create_user("insider")
    user.user_permissions.add(Permission.objects.get(codename="view_respondent"))
    return token_client(user)


def cells(response, *dimensions) -> dict:
    assert response.status_code == 200, response.content
    return {tuple(cell[name] for name in dimensions): cell for cell in response.json()["cells"]}


def test_share_of_xen_deployments_whose_guests_include_windows(anonymous, adoption_data):
    # docs/how-to/reports.md: /api/reports/adoption/?group_by=guest_os_family&hypervisor=xen&records=deployments
    response = anonymous.get(REPORT, {"group_by": "guest_os_family", "hypervisor": "xen", "records": "deployments"})
    by_family = cells(response, "guest_os_family")
    windows = by_family[("windows",)]
    assert (windows["n"], windows["of"], windows["share"]) == (2, 4, 0.5)
    assert by_family[("linux",)]["n"] == 2, "the filter keeps whole deployments: all their guests count"
    assert by_family[(None,)]["n"] == 1, "the Xen deployment without guests is counted, as no family"


def test_the_same_share_across_hypervisors_is_within_each_hypervisor(anonymous, adoption_data):
    response = anonymous.get(REPORT, {"group_by": "hypervisor,guest_os_family", "records": "deployments"})
    grid = cells(response, "hypervisor", "guest_os_family")
    assert grid[("xen", "windows")]["share"] == 0.5
    assert grid[("vmware-esx-server", "windows")]["share"] == 1.0
    assert grid[("xen", "windows")]["hypervisor_label"] == "Xen"
    assert grid[("xen", "windows")]["guest_os_family_label"] == "Windows"


def test_deployments_per_hypervisor_per_year(anonymous, adoption_data):
    # docs/how-to/reports.md: /api/reports/adoption/?group_by=hypervisor,year&records=deployments
    response = anonymous.get(REPORT, {"group_by": "hypervisor,year", "records": "deployments"})
    counts = {key: cell["n"] for key, cell in cells(response, "hypervisor", "year").items()}
    assert counts == {
        ("vmware-esx-server", 2007): 2,
        ("xen", 2006): 1,
        ("xen", 2007): 2,
        ("xen", 2008): 1,
    }
    order = [(cell["hypervisor"], cell["year"]) for cell in response.json()["cells"]]
    assert order == sorted(order, key=lambda key: (key[0] != "vmware-esx-server", key[1])), "by name, then year"


def test_stage_by_years_of_linux_in_production(insider, adoption_data):
    # docs/how-to/reports.md: /api/reports/adoption/?group_by=linux_years,stage&records=responses
    response = insider.get(REPORT, {"group_by": "linux_years,stage", "records": "responses"})
    grid = cells(response, "linux_years", "stage")
    assert {key: cell["n"] for key, cell in grid.items()} == {
        (1, "considering"): 5,
        (1, "evaluating"): 1,
        (5, "production"): 6,
    }
    assert grid[(1, "considering")]["share"] == round(5 / 6, 4)
    assert [cell["stage"] for cell in response.json()["cells"]][:2] == ["considering", "evaluating"], "funnel order"


def test_small_survey_cells_are_withheld_from_the_public(anonymous, reader, adoption_data, settings):
    settings.ADOPTION_REPORT_MIN_COUNT = 5
    for client in (anonymous, reader):
        response = client.get(REPORT, {"group_by": "linux_years,stage", "records": "responses"})
        grid = cells(response, "linux_years", "stage")
        small = grid[(1, "evaluating")]
        assert small["suppressed"] and small["responses"] is None and small["n"] is None and small["share"] is None
        # 6 respondents with 1 year: 5 considering, 1 evaluating. Showing the 5 would give the 1 away
        # (6 - 5), so it is withheld too, though it is at the minimum.
        assert grid[(1, "considering")]["suppressed"] and grid[(1, "considering")]["n"] is None
        assert grid[(1, "considering")]["of"] == 6 and grid[(5, "production")]["n"] == 6
        assert response.json()["suppressed"] == 2
        text = client.get(REPORT, {"group_by": "linux_years,stage", "format": "csv"}).content.decode()
        row = next(row for row in csv.DictReader(io.StringIO(text)) if row["stage"] == "evaluating")
        assert (row["responses"], row["n"], row["share"], row["suppressed"]) == ("", "", "", "true")
    settings.ADOPTION_REPORT_MIN_COUNT = 1
    response = anonymous.get(REPORT, {"group_by": "linux_years,stage", "records": "responses"})
    assert cells(response, "linux_years", "stage")[(1, "evaluating")]["n"] == 1, "the minimum is a setting"


def test_case_study_counts_are_public_and_never_withheld(anonymous, adoption_data):
    response = anonymous.get(REPORT, {"group_by": "year", "records": "deployments"})
    assert cells(response, "year")[(2006,)]["n"] == 1


def test_both_kinds_are_counted_side_by_side(anonymous, adoption_data):
    response = anonymous.get(REPORT, {"group_by": "hypervisor"})
    body = response.json()
    assert body["records"] == ["deployments", "responses"]
    xen = cells(response, "hypervisor")[("xen",)]
    assert (xen["deployments"], xen["responses"], xen["n"]) == (4, 12, 16)
    assert xen["of"] == body["total"]["n"] == 18


def test_a_response_stage_is_its_hypervisors_when_grouped_by_hypervisor(insider, adoption_data):
    survey = Survey.objects.get(slug="tco-2008")
    response = survey.responses.create(reference="tco-2008-9999", stage="production")
    response.hypervisors.create(hypervisor=Hypervisor.objects.get(slug="kvm"), stage="evaluating")
    grid = cells(insider.get(REPORT, {"group_by": "hypervisor,stage", "records": "responses"}), "hypervisor", "stage")
    assert grid[("kvm", "evaluating")]["n"] == 1 and ("kvm", "production") not in grid
    overall = cells(insider.get(REPORT, {"group_by": "stage", "hypervisor": "kvm", "records": "responses"}), "stage")
    assert list(overall) == [("production",)], "alone, stage is the response's overall stage"


def test_dimensions_and_filters_of_one_kind_count_that_kind_only(anonymous, adoption_data):
    response = anonymous.get(REPORT, {"group_by": "host_os"})
    assert response.json()["records"] == ["deployments"]
    response = anonymous.get(REPORT, {"group_by": "stage", "linux_years__gte": "5"})
    assert response.json()["records"] == ["responses"]
    assert cells(response, "stage")[("production",)]["n"] == 6


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({}, "group_by", "Name one or two dimensions"),
        ({"group_by": "hypervisor,stage,year"}, "group_by", "at most 2"),
        ({"group_by": "colour"}, "group_by", "Unknown dimension colour"),
        ({"group_by": "stage", "records": "rows"}, "records", "Unknown records rows"),
        ({"group_by": "stage", "hypervisr": "xen"}, "hypervisr", "Unknown filter"),
        ({"group_by": "linux_years", "records": "deployments"}, "group_by", "does not apply to case studies"),
        ({"group_by": "stage", "records": "responses", "host_os": "rhel"}, "host_os", "does not apply to survey"),
        ({"group_by": "host_os,linux_years"}, "group_by", "No kind of record"),
        ({"group_by": "stage", "hypervisor": "no-such-hypervisor"}, "hypervisor", "Select a valid choice"),
        ({"group_by": "stage", "format": "xml"}, "format", "Unknown format"),
        ({"group_by": "stage", "q": "a\x00b"}, "q", "Null characters"),
    ],
)
def test_bad_parameters_are_a_400_naming_each(anonymous, adoption_data, query, field, message):
    response = anonymous.get(REPORT, query)
    assert response.status_code == 400
    assert message in " ".join(response.json()[field])


def test_respondent_filter_needs_the_permission(anonymous, insider, adoption_data):
    query = {"group_by": "stage", "records": "responses", "respondent": "analyst"}
    assert "respondent" in anonymous.get(REPORT, query).json()
    assert insider.get(REPORT, query).status_code == 200


def test_csv_has_a_header_and_one_row_per_cell(anonymous, adoption_data):
    response = anonymous.get(REPORT, {"group_by": "hypervisor,year", "records": "deployments", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "adoption-report-by-hypervisor-and-year.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "hypervisor",
        "hypervisor_label",
        "year",
        "year_label",
        "deployments",
        "n",
        "of",
        "share",
        "suppressed",
    ]
    assert ["xen", "Xen", "2007", "2007", "2", "2", "4", "0.5", "false"] in rows
    assert len(rows) == 1 + 4


def test_a_report_is_computed_in_a_fixed_number_of_queries(anonymous, adoption_data, django_assert_num_queries):
    query = {"group_by": "hypervisor,guest_os_family", "hypervisor": "xen"}
    # Whether the running counts are kept; then, as they cannot answer a filter and two dimensions, per kind:
    # validate the filter's slug, the cells, the total and the group totals.
    with django_assert_num_queries(9):
        assert anonymous.get(REPORT, query).status_code == 200
    DeploymentFactory.create_batch(20, hypervisor=Hypervisor.objects.get(slug="xen"))
    with django_assert_num_queries(9):
        assert anonymous.get(REPORT, query).status_code == 200


def test_a_record_with_several_values_counts_once_per_cell(insider, adoption_data):
    xen = Hypervisor.objects.get(slug="xen")
    deployment = DeploymentFactory(hypervisor=xen, reported_on=datetime.date(2008, 5, 1))
    GuestFactory(deployment=deployment, operating_system=OperatingSystem.objects.get(slug="windows-server"))
    GuestFactory(deployment=deployment, operating_system=OperatingSystem.objects.get(slug="windows-desktop"))
    query = {"group_by": "guest_os_family", "hypervisor": "xen", "records": "deployments"}
    windows = cells(insider.get(REPORT, query), "guest_os_family")[("windows",)]
    assert (windows["n"], windows["of"]) == (3, 5), "two Windows guests, one deployment"

    survey = Survey.objects.get(slug="tco-2008")
    response = survey.responses.create(reference="tco-2008-8888", stage="pilot")
    response.hypervisors.create(hypervisor=Hypervisor.objects.get(slug="vmware-esx-server"), stage="pilot")
    response.hypervisors.create(hypervisor=Hypervisor.objects.get(slug="vmware-server"), stage="pilot")
    by_vendor = cells(
        insider.get(REPORT, {"group_by": "hypervisor_vendor", "records": "responses"}), "hypervisor_vendor"
    )
    assert by_vendor[("vmware",)]["n"] == 1, "two VMware products, one response"
    grid = cells(insider.get(REPORT, {"group_by": "stage,hypervisor", "records": "responses"}), "stage", "hypervisor")
    assert grid[("pilot", "vmware-server")]["of"] == 1, "the pilot group: this response, once for its two rows"
