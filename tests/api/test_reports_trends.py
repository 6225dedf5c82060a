"""Trends: deployments at or past a stage at the end of every period, exactly what `as_of` counts then."""

import csv
import datetime
import io

import pytest

from adoption.choices import Stage
from adoption.dates import period_end
from adoption.models import Deployment, Hypervisor
from adoption.models.stages import STAGE_RANK
from tests.factories import SurveyFactory, SurveyResponseFactory

pytestmark = pytest.mark.django_db

REPORT = "/api/reports/adoption/"


def get(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200, response.json()
    return response.json()


@pytest.mark.parametrize("period, reached", [("year", "production"), ("quarter", "pilot"), ("month", "retired")])
def test_each_period_counts_what_as_of_its_last_day_counts(client, demo, period, reached):
    trend = get(client, group_by="period,hypervisor", period=period, reached=reached, synthetic="true")
    assert (trend["period"], trend["reached"]) == (period, reached)
    by_period: dict[str, dict[str, int]] = {}
    for cell in trend["cells"]:
        by_period.setdefault(cell["period"], {})[cell["hypervisor"]] = cell["n"]
    assert len(by_period) > 3
    # The last period's counts are today's stages (nothing is dated after the demo data's end).
    for start, counts in by_period.items():
        day = period_end(datetime.date.fromisoformat(start), period)
        staged = get(client, group_by="hypervisor,stage", as_of=day.isoformat(), synthetic="true")
        expected: dict[str, int] = {}
        for cell in staged["cells"]:
            if STAGE_RANK[cell["stage"]] >= STAGE_RANK[reached]:
                expected[cell["hypervisor"]] = expected.get(cell["hypervisor"], 0) + cell["n"]
        assert {key: n for key, n in counts.items() if n} == expected, start


def test_every_period_and_every_hypervisor_is_a_row_zeros_included(client, demo):
    trend = get(client, group_by="period,hypervisor", period="quarter", synthetic="true")
    periods = list(dict.fromkeys(cell["period"] for cell in trend["cells"]))
    hypervisors = {cell["hypervisor"] for cell in trend["cells"]}
    assert len(trend["cells"]) == len(periods) * len(hypervisors)
    assert any(cell["n"] == 0 for cell in trend["cells"]), "the demo data's first quarters have empty cells"
    starts = [datetime.date.fromisoformat(start) for start in periods]
    for before, after in zip(starts, starts[1:], strict=False):
        assert period_end(before, "quarter") + datetime.timedelta(days=1) == after, "no period is skipped"
    previous: dict[str, int] = {}
    for cell in trend["cells"]:
        assert cell["period_label"].endswith(("Q1", "Q2", "Q3", "Q4"))
        assert cell["change"] == (cell["n"] - previous[cell["hypervisor"]] if cell["hypervisor"] in previous else None)
        assert cell["of"] == sum(c["n"] for c in trend["cells"] if c["period"] == cell["period"])
        previous[cell["hypervisor"]] = cell["n"]


def test_one_dimension_shares_of_the_deployments_reported_by_then(client, demo):
    trend = get(client, group_by="period", period="year", synthetic="true")
    last = trend["cells"][-1]
    assert last["of"] == Deployment.objects.filter(synthetic=True).count()
    assert last["n"] == Deployment.objects.filter(synthetic=True, stage__in=["production", "retired"]).count()
    assert trend["total"]["deployments"] == last["n"]


def test_as_of_ends_the_curve_at_its_date(client, demo):
    trend = get(client, group_by="period", period="quarter", synthetic="true", as_of="2006-08-15")
    assert trend["cells"][-1]["period_label"] == "2006-Q3"
    assert trend["as_of"] == "2006-08-15"


def test_the_wide_csv_is_a_table_ready_to_chart(client, demo):
    response = client.get(
        REPORT,
        {"group_by": "period,hypervisor", "period": "year", "synthetic": "true", "format": "csv", "layout": "wide"},
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    names = set(Hypervisor.objects.filter(deployments__synthetic=True).values_list("name", flat=True))
    assert rows[0][0] == "period" and set(rows[0][1:]) == names
    assert [row[0] for row in rows[1:]] == sorted(row[0] for row in rows[1:])
    assert all(cell.isdigit() for row in rows[1:] for cell in row[1:]), "every cell a count, zeros written"


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"group_by": "hypervisor,period"}, "group_by"),
        ({"group_by": "period,stage"}, "group_by"),
        ({"group_by": "period,guest_os_family"}, "group_by"),
        ({"group_by": "period", "stage": "pilot"}, "stage"),
        ({"group_by": "period", "period": "week"}, "period"),
        ({"group_by": "period", "reached": "everywhere"}, "reached"),
        ({"group_by": "stage", "reached": "pilot"}, "reached"),
        ({"group_by": "period", "records": "responses"}, "group_by"),
        ({"group_by": "period", "layout": "tall"}, "layout"),
    ],
)
def test_a_trend_that_cannot_be_drawn_is_a_400_naming_why(client, seeded, params, parameter):
    response = client.get(REPORT, params)
    assert response.status_code == 400
    assert parameter in response.json()


def test_stages_are_counted_in_the_order_of_the_funnel():
    assert list(STAGE_RANK) == list(Stage.values)
    assert STAGE_RANK["retired"] > STAGE_RANK["production"]


# -- survey waves ------------------------------------------------------------------------------


@pytest.fixture
def two_waves(seeded):
    """A series asked twice: Xen named by 6 of 10 in 2007 and by 9 of 12 in 2008; KVM by 2 in 2008 only;
    VMware ESX Server by the others."""
    xen, kvm = Hypervisor.objects.get(slug="xen"), Hypervisor.objects.get(slug="kvm")
    other = Hypervisor.objects.get(slug="vmware-esx-server")
    later = SurveyFactory(slug="wave-2008", title="IT managers 2008", series="it-managers", fielded_from="2008-03-01")
    earlier = SurveyFactory(slug="wave-2007", title="IT managers 2007", series="it-managers", fielded_from="2007-03-01")
    SurveyFactory(slug="other-series", series="someone-else")

    def answer(survey, hypervisor, count):
        for _ in range(count):
            SurveyResponseFactory(survey=survey, hypervisor__hypervisor=hypervisor)

    answer(earlier, xen, 6)
    answer(earlier, other, 4)
    answer(later, xen, 9)
    answer(later, kvm, 2)
    answer(later, other, 1)
    return earlier, later


def test_waves_of_a_series_compare_shares_in_the_order_fielded(client, admin_client, two_waves):
    report = get(admin_client, group_by="wave,hypervisor", series="it-managers")
    cells = {
        (cell["wave"], cell["hypervisor"]): cell for cell in report["cells"] if cell["hypervisor"] in ("xen", "kvm")
    }
    assert [cell["wave"] for cell in report["cells"]][0] == "wave-2007", "the earlier wave first, whatever its slug"
    assert (cells["wave-2007", "xen"]["share"], cells["wave-2008", "xen"]["share"]) == (0.6, 0.75)
    assert cells["wave-2008", "xen"]["change"] == 0.15
    assert (cells["wave-2007", "kvm"]["n"], cells["wave-2007", "kvm"]["share"]) == (0, 0.0), "a zero, not a gap"
    assert cells["wave-2008", "kvm"]["change"] == round(2 / 12, 4)
    assert all(cell["wave"] != "other-series" for cell in report["cells"])

    # For the public, KVM's 2 answers are withheld, and so is every change that would give them away.
    public = get(client, group_by="wave,hypervisor", series="it-managers")
    kvm = [cell for cell in public["cells"] if cell["hypervisor"] == "kvm"]
    assert [cell["suppressed"] for cell in kvm] == [False, True]
    assert all(cell["change"] is None for cell in kvm)


def test_a_coarse_observation_overtaken_before_it_is_known_counts_nowhere(client, seeded):
    """Production "in 2007" and production from 1 March 2007: in production from 1 March, as as_of says."""
    deployment = Deployment.objects.get(reference="casio-xen-sles-2007")
    deployment.stages.all().delete()
    source = deployment.citations.get().source
    deployment.stages.create(stage="production", held_from=datetime.date(2007, 1, 1), held_from_precision="year",
                             source=source, locator="a")  # fmt: skip
    deployment.stages.create(stage="production", held_from=datetime.date(2007, 3, 1), source=source, locator="b")
    trend = get(client, group_by="period", period="quarter", reference__ic="casio")
    counts = {cell["period_label"]: cell["n"] for cell in trend["cells"]}
    assert counts["2007-Q1"] == 1 and min(counts.values()) >= 0
    as_of = get(client, group_by="stage", reference__ic="casio", as_of="2007-03-31")
    assert [(cell["stage"], cell["n"]) for cell in as_of["cells"]] == [("production", 1)]
