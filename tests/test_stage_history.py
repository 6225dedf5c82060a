"""Stage histories: a deployment's stage is the latest it was reported at, and it is counted at the
stage it had on a date (`as_of`) or as the database held it at a moment (`known_on`)."""

import csv
import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F
from django.utils import timezone
from rest_framework.test import APIClient

from adoption.choices import DatePrecision
from adoption.dates import period_end, period_start
from adoption.models import Deployment, Source, StageObservation
from adoption.models.base import PeriodEnd
from adoption.models.stages import latest_of, refresh_stages
from adoption.registry import resource_for
from adoption.services.restore import restore
from tests.api.conftest import ARTICLE, editor, editor_user, new_record  # noqa: F401 (fixtures)
from tests.factories import SourceFactory
from tests.test_admin import change_form_data, deployment_form, form_errors

pytestmark = pytest.mark.django_db

REPORT = "/api/reports/adoption/"


def observed(stage: str, day: str, source: str, precision: str = "day") -> dict:
    return {"stage": stage, "held_from": day, "held_from_precision": precision, "source": source}


def casio_body(stages, **more) -> dict:
    """A new case study reported as evaluating, then in production, each by its own source."""
    body = {**new_record("deployments"), "reference": "acme-xen-2007"}
    body.pop("stage")
    return {**body, "stages": stages, **more}


@pytest.fixture
def anonymous():
    return APIClient()


@pytest.fixture
def two_sources(seeded):
    return SourceFactory(slug="first-report"), SourceFactory(slug="second-report")


@pytest.fixture
def moved_on(editor, two_sources):  # noqa: F811
    """A deployment reported evaluating from 1 March 2007, and in production from 15 September 2007."""
    response = editor.post(
        "/api/deployments/",
        casio_body(
            [
                observed("evaluating", "2007-03-01", "first-report"),
                observed("production", "2007-09-15", "second-report"),
            ]
        ),
        format="json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    return Deployment.objects.get(reference="acme-xen-2007")


def given_back(record: dict) -> list[dict]:
    """A record's stages as read, to be written back (sources by slug)."""
    return [{**row, "source": row["source"]["slug"]} for row in record["stages"]]


def stages_in_list(client, **params) -> dict[str, str]:
    response = client.get("/api/deployments/", {"reference__ic": "acme-xen", **params})
    assert response.status_code == 200, response.json()
    return {row["reference"]: row["stage"] for row in response.json()["results"]}


def report_stages(client, **params) -> dict[str, int]:
    response = client.get(REPORT, {"group_by": "stage", "reference__ic": "acme-xen", **params})
    assert response.status_code == 200, response.json()
    return {cell["stage"]: cell["n"] for cell in response.json()["cells"]}


# -- the stage is derived ------------------------------------------------------------------------


def test_the_stage_is_the_latest_observation(moved_on):
    assert moved_on.stage == "production"
    assert [(row.stage, row.held_from) for row in moved_on.stages.order_by("held_from")] == [
        ("evaluating", datetime.date(2007, 3, 1)),
        ("production", datetime.date(2007, 9, 15)),
    ]
    history = moved_on.history.latest()
    assert history.stage == "production", "the history row the write made holds the derived stage"


def test_a_stage_given_with_stages_must_agree(editor, two_sources):  # noqa: F811
    body = casio_body(
        [{"stage": "pilot", "held_from": "2007-03-01", "held_from_precision": "day", "source": "first-report"}],
        stage="production",
    )
    response = editor.post("/api/deployments/", body, format="json")
    assert response.status_code == 400
    assert "latest is pilot" in response.json()["stage"][0]
    assert not Deployment.objects.filter(reference="acme-xen-2007").exists()


def test_a_stage_alone_cannot_change_a_stored_history(editor, moved_on):  # noqa: F811
    response = editor.patch(f"/api/deployments/{moved_on.pk}/", {"stage": "retired"}, format="json")
    assert response.status_code == 400
    assert "add an observation to stages" in response.json()["stage"][0]
    moved_on.refresh_from_db()
    assert moved_on.stage == "production"


def test_adding_an_observation_moves_the_stage(editor, moved_on):  # noqa: F811
    record = editor.get(f"/api/deployments/{moved_on.pk}/").json()
    stages = given_back(record)
    stages.append(observed("retired", "2009-01-01", "second-report", "year"))
    response = editor.patch(f"/api/deployments/{moved_on.pk}/", {"stages": stages}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["stage"] == "retired"
    assert [row["id"] for row in response.json()["stages"][:2]] == [row["id"] for row in record["stages"]]


def test_a_deployment_needs_a_stage_observation(editor, two_sources):  # noqa: F811
    response = editor.post("/api/deployments/", casio_body([]), format="json")
    assert response.status_code == 400
    assert "at least one stage observation" in response.json()["stages"][0]


def test_a_new_deployment_given_only_its_stage_observes_it_from_its_reported_date(editor, seeded):  # noqa: F811
    body = {**new_record("deployments"), "reference": "acme-shorthand", "stage": "pilot"}
    body.pop("stages", None)
    response = editor.post("/api/deployments/", body, format="json")
    assert response.status_code == 201, response.json()
    (first,) = response.json()["stages"]
    assert (first["stage"], first["held_from"]) == ("pilot", response.json()["reported_on"])
    assert (first["source"]["slug"], first["locator"]) == (body["citations"][0]["source"], "paragraph 9")


def test_sql_and_python_pick_the_same_latest_observation(seeded):
    """Same date: the furthest stage; then a later date wins whatever its stage."""
    deployment = Deployment.objects.get(reference="casio-xen-sles-2007")
    source = Source.objects.get(slug=ARTICLE)
    day = datetime.date(2008, 1, 1)
    rows = [
        StageObservation(deployment=deployment, stage="pilot", held_from=day, source=source, locator="a"),
        StageObservation(deployment=deployment, stage="retired", held_from=day, source=source, locator="b"),
        StageObservation(deployment=deployment, stage="evaluating", held_from=day, source=source, locator="c"),
    ]
    StageObservation.objects.bulk_create(rows)
    assert latest_of(list(deployment.stages.all())).stage == "retired"
    assert refresh_stages([deployment.pk]) == [deployment.pk]
    deployment.refresh_from_db()
    assert deployment.stage == "retired"
    StageObservation.objects.create(
        deployment=deployment, stage="considering", held_from=datetime.date(2008, 1, 2), source=source
    )
    assert latest_of(list(deployment.stages.all())).stage == "considering"
    refresh_stages([deployment.pk])
    deployment.refresh_from_db()
    assert deployment.stage == "considering"


# -- as of a date: the done-when case, in the list, its CSV, the report and the dashboard -------------


@pytest.mark.parametrize(
    "day, expected",
    [("2007-02-28", None), ("2007-03-01", "evaluating"), ("2007-09-14", "evaluating"), ("2007-09-15", "production")],
)
def test_as_of_counts_the_stage_held_that_day(anonymous, client, moved_on, day, expected):
    assert stages_in_list(anonymous, as_of=day) == ({"acme-xen-2007": expected} if expected else {})
    assert report_stages(anonymous, as_of=day) == ({expected: 1} if expected else {})

    text = anonymous.get("/api/deployments/", {"reference__ic": "acme-xen", "as_of": day, "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(text.streaming_content).decode())))
    assert [row["stage"] for row in rows] == ([expected] if expected else [])

    if expected:
        filtered = stages_in_list(anonymous, as_of=day, stage=expected)
        assert filtered == {"acme-xen-2007": expected}
        other = "production" if expected == "evaluating" else "evaluating"
        assert stages_in_list(anonymous, as_of=day, stage=other) == {}


def test_the_dashboard_draws_the_stage_held_on_the_day_picked(client, moved_on):
    def funnel(query: str) -> str:
        html = client.get(f"/{query}").content.decode()
        section = html[html.index('id="chart-2"') :].split("</section>")[0]
        return section[section.index("<table") :]

    # The seeds' two case studies are in production from August 2007.
    assert '<th scope="row">Evaluating</th><td>1</td>' in funnel("?as_of=2007-06-01")
    assert '<th scope="row">Production</th><td>3</td>' in funnel("?as_of=2007-10-01")
    assert "Evaluating" not in funnel("?as_of=2007-10-01")


def test_a_period_is_known_to_hold_only_from_its_last_day(anonymous, seeded):
    deployment = Deployment.objects.get(reference="casio-xen-sles-2007")
    deployment.stages.update(held_from=datetime.date(2007, 7, 1), held_from_precision="quarter")
    listed = {
        day: stages_in_list(anonymous, as_of=day, reference__ic="casio")
        for day in ("2007-07-01", "2007-09-29", "2007-09-30")
    }
    assert listed == {
        "2007-07-01": {},
        "2007-09-29": {},
        "2007-09-30": {"casio-xen-sles-2007": "production"},
    }


def test_as_of_is_a_date(anonymous, seeded):
    response = anonymous.get("/api/deployments/", {"as_of": "last year"})
    assert response.status_code == 400
    assert "as_of" in response.json()


# -- as the database stood -----------------------------------------------------------------------


def test_known_on_reads_the_records_as_they_stood(editor, anonymous, moved_on):  # noqa: F811
    before_edit = timezone.now()
    record = editor.get(f"/api/deployments/{moved_on.pk}/").json()
    stages = given_back(record)
    stages.append(
        {"stage": "retired", "held_from": "2008-06-30", "held_from_precision": "day", "source": "second-report"}
    )
    assert editor.patch(f"/api/deployments/{moved_on.pk}/", {"stages": stages}, format="json").status_code == 200
    after_edit = timezone.now()

    assert report_stages(anonymous, known_on=before_edit.isoformat()) == {"production": 1}
    assert report_stages(anonymous, known_on=after_edit.isoformat()) == {"retired": 1}
    # Both together: on a day, as the database knew it at a moment.
    assert report_stages(anonymous, known_on=before_edit.isoformat(), as_of="2008-12-31") == {"production": 1}
    assert report_stages(anonymous, known_on=after_edit.isoformat(), as_of="2008-12-31") == {"retired": 1}
    assert report_stages(anonymous, known_on=after_edit.isoformat(), as_of="2007-06-01") == {"evaluating": 1}

    editor.delete(f"/api/deployments/{moved_on.pk}/")
    assert report_stages(anonymous, known_on=after_edit.isoformat()) == {"retired": 1}, "deleted later: still there"
    assert report_stages(anonymous, known_on=timezone.now().isoformat()) == {}


def test_known_on_before_the_record_existed_counts_nothing(anonymous, moved_on):
    created = moved_on.history.earliest().history_date
    assert report_stages(anonymous, known_on=(created - datetime.timedelta(seconds=1)).isoformat()) == {}


@pytest.mark.parametrize("group_by", ["guest_os_family", "purpose"])
def test_known_on_refuses_what_history_rows_do_not_keep(anonymous, seeded, group_by):
    response = anonymous.get(REPORT, {"group_by": group_by, "known_on": "2030-01-01"})
    assert response.status_code == 400
    assert "known_on" in response.json()["group_by"][0]


def test_known_on_refuses_events_and_bad_moments(anonymous, seeded):
    assert anonymous.get(REPORT, {"group_by": "kind", "known_on": "2030-01-01"}).status_code == 400
    response = anonymous.get(REPORT, {"group_by": "stage", "known_on": "soon"})
    assert response.status_code == 400 and "known_on" in response.json()


# -- every path: CSV round trip, admin, history and restore, migration --------------------------------


def test_the_csv_round_trip_keeps_the_stage_history(moved_on, tmp_path):
    exported = tmp_path / "deployments.csv"
    call_command("export_csv", "deployments", "--filter", "reference__ic=acme-xen", "-o", str(exported))
    before = [(row.pk, row.stage, row.held_from, row.source_id) for row in moved_on.stages.order_by("pk")]
    row = next(csv.DictReader(exported.open()))
    assert row["stages"].startswith("evaluating|2007-03-01|day|first-report||;production|2007-09-15")
    call_command("import_csv", "deployments", str(exported))
    assert [(r.pk, r.stage, r.held_from, r.source_id) for r in moved_on.stages.order_by("pk")] == before

    # An observation added in the spreadsheet moves the stage (whose cell, left as it was, is refused).
    rows = list(csv.DictReader(exported.open()))
    rows[0]["stages"] += ";retired|2009-01-01|year|second-report||"
    with exported.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(CommandError, match="stage: The stage is derived from stages: their latest is retired"):
        call_command("import_csv", "deployments", str(exported))
    rows[0]["stage"] = ""
    with exported.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    call_command("import_csv", "deployments", str(exported))
    moved_on.refresh_from_db()
    assert (moved_on.stage, moved_on.stages.count()) == ("retired", 3)


def test_a_csv_row_whose_stage_disagrees_is_refused(moved_on, tmp_path):
    path = tmp_path / "stage.csv"
    path.write_text("reference,stage\nacme-xen-2007,pilot\n")
    with pytest.raises(Exception, match="stage: The stage is derived from the stage history"):
        call_command("import_csv", "deployments", str(path))


def test_restore_brings_the_stage_history_back(editor, editor_user, moved_on):  # noqa: F811
    ids = sorted(moved_on.stages.values_list("pk", flat=True))
    assert editor.delete(f"/api/deployments/{moved_on.pk}/").status_code == 204
    restored = restore(resource_for(Deployment), moved_on.pk, user=editor_user)
    assert sorted(restored.stages.values_list("pk", flat=True)) == ids
    assert restored.stage == "production"


def test_the_admin_derives_the_stage_from_its_inline(admin_client, seeded):
    source = Source.objects.get(slug=ARTICLE).pk
    later = {
        "stages-TOTAL_FORMS": "2",
        "stages-1-stage": "production",
        "stages-1-held_from": "2008-11-02",
        "stages-1-held_from_precision": "day",
        "stages-1-source": source,
    }
    response = admin_client.post("/admin/adoption/deployment/add/", deployment_form(**later))
    assert response.status_code == 302, form_errors(response)
    deployment = Deployment.objects.get(reference="casio-vmware-esx-2008")
    assert deployment.stage == "production"
    assert {row.stage for row in deployment.history.all()} == {"production"}, "its history holds the derived stage"

    page = admin_client.get(f"/admin/adoption/deployment/{deployment.pk}/change/")
    assert "stage" not in page.context["adminform"].form.fields, "the stage is shown, not typed"
    data = change_form_data(page)
    data.update({"stages-1-DELETE": "on"})
    assert admin_client.post(f"/admin/adoption/deployment/{deployment.pk}/change/", data).status_code == 302
    deployment.refresh_from_db()
    assert deployment.stage == "evaluating"

    data = change_form_data(admin_client.get(f"/admin/adoption/deployment/{deployment.pk}/change/"))
    data.update({"stages-0-DELETE": "on"})
    refused = admin_client.post(f"/admin/adoption/deployment/{deployment.pk}/change/", data)
    assert refused.status_code == 200
    assert "at least one stage observation" in form_errors(refused)


# -- what the probe found ------------------------------------------------------------------------


def test_one_row_at_a_time_the_stage_still_follows(editor, moved_on):  # noqa: F811
    rows = f"/api/deployments/{moved_on.pk}/stages/"
    added = editor.post(rows, observed("retired", "2009-06-01", "second-report"), format="json")
    assert added.status_code == 201, added.json()
    moved_on.refresh_from_db()
    assert (moved_on.stage, moved_on.history.latest().stage) == ("retired", "retired")
    assert editor.delete(f"{rows}{added.json()['id']}/").status_code == 204
    moved_on.refresh_from_db()
    assert moved_on.stage == "production"
    first, second = moved_on.stages.order_by("held_from")
    assert editor.delete(f"{rows}{second.pk}/").status_code == 204
    refused = editor.delete(f"{rows}{first.pk}/")
    assert refused.status_code == 400 and "at least one stage observation" in refused.json()["stages"][0]
    moved_on.refresh_from_db()
    assert (moved_on.stage, moved_on.stages.count()) == ("evaluating", 1)


@pytest.mark.parametrize("day", ["0001-06-01", "9999-12-31", "1899-12-31"])
def test_dates_out_of_range_are_a_400_everywhere(anonymous, client, seeded, day):
    assert anonymous.get("/api/deployments/", {"as_of": day}).status_code == 400
    assert anonymous.get("/api/deployments/", {"as_of": day, "format": "csv"}).status_code == 400
    for params in ({"as_of": day}, {"known_on": day}, {"known_on": f"{day}T23:59:59-05:00"}):
        response = anonymous.get(REPORT, {"group_by": "stage", **params})
        assert response.status_code == 400 and "Give a date from 1900-01-01" in str(response.json()), params
    assert client.get("/", {"as_of": day}).status_code == 400
    assert client.get("/", {"known_on": day}).status_code == 400


def test_an_observation_is_not_a_forecast_nor_prehistory(editor, moved_on):  # noqa: F811
    rows = f"/api/deployments/{moved_on.pk}/stages/"
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    for day, message in ((tomorrow, "not forecast"), ("1959-12-31", "before 1960")):
        response = editor.post(rows, observed("retired", day, "second-report"), format="json")
        assert response.status_code == 400 and message in str(response.json()), day
    assert moved_on.stages.count() == 2


def test_a_trend_as_of_the_future_stops_today(anonymous, moved_on):
    trend = anonymous.get(REPORT, {"group_by": "period", "period": "year", "as_of": "2999-12-31"}).json()
    assert trend["cells"][-1]["period_label"] == str(timezone.localdate().year)


def test_as_of_orders_by_the_stage_it_shows(anonymous, moved_on, seeded):
    response = anonymous.get("/api/deployments/", {"as_of": "2007-08-31", "ordering": "-stage"})
    shown = [row["stage"] for row in response.json()["results"]]
    assert shown == ["production", "production", "evaluating"], "the seeds' two in production by then"
    response = anonymous.get("/api/deployments/", {"as_of": "2007-08-31", "ordering": "stage"})
    assert [row["stage"] for row in response.json()["results"]] == ["evaluating", "production", "production"]


def test_a_filter_of_one_value_given_twice_is_a_400(anonymous, seeded):
    response = anonymous.get("/api/deployments/", {"as_of": ["2007-12-31", "2008-12-31"]})
    assert response.status_code == 400 and "once" in response.json()["as_of"][0]
    assert anonymous.get("/api/surveys/", {"series": ["a", "b"]}).status_code == 400


@pytest.mark.parametrize(
    "params", [{"group_by": "linux_years"}, {"group_by": "wave"}, {"group_by": "stage", "series": "x"}]
)
def test_known_on_with_what_only_survey_responses_have_is_a_400(anonymous, seeded, params):
    response = anonymous.get(REPORT, {**params, "known_on": "2030-01-01"})
    assert response.status_code == 400 and "known_on" in response.json()


def test_a_date_alone_means_the_end_of_that_day_however_written(anonymous, moved_on):
    today = timezone.localdate()
    for written in (today.isoformat(), today.strftime("%Y%m%d")):
        assert report_stages(anonymous, known_on=written) == {"production": 1}, written


def test_a_trend_as_the_database_stood_before_stage_histories(anonymous, moved_on):
    """Before migration 0014 there are no observation history rows: each deployment's stage then, from its
    reported date, is its one observation, in the trend as in the report."""
    StageObservation.history.all().delete()
    moment = timezone.now().isoformat()
    trend = anonymous.get(
        REPORT, {"group_by": "period", "period": "year", "known_on": moment, "reference__ic": "acme-xen"}
    ).json()
    assert trend["cells"], "not an empty curve"
    last = trend["cells"][-1]
    assert last["n"] == report_stages(anonymous, known_on=moment, as_of=f"{last['period_label']}-12-31")["production"]


def test_period_end_in_sql_is_dates_period_end_for_every_precision(seeded):
    """The trend's SQL (PeriodEnd) and as_of's Python (dates.period_end) end a period on the same day."""
    deployment = Deployment.objects.get(reference="casio-xen-sles-2007")
    source = deployment.citations.get().source
    start = datetime.date(1999, 12, 27)
    days = [start + datetime.timedelta(days=step * 37) for step in range(60)]
    rows = [
        StageObservation(
            deployment=deployment, stage="pilot", held_from=period_start(day, precision),
            held_from_precision=precision, source=source, locator=f"end-check {precision} {day}",
        )
        for day in days
        for precision in DatePrecision.values
    ]  # fmt: skip
    StageObservation.objects.bulk_create(rows)
    ends = StageObservation.objects.filter(locator__startswith="end-check").annotate(
        end=PeriodEnd(F("held_from"), F("held_from_precision"))
    )
    assert len(ends) == len(rows)
    for row in ends:
        assert row.end == period_end(row.held_from, row.held_from_precision), row.locator


def test_a_stage_alone_is_held_from_a_reported_date_that_can_hold_it(editor, seeded):  # noqa: F811
    body = {**new_record("deployments"), "reference": "acme-from-the-future", "stage": "pilot"}
    body["reported_on"] = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    response = editor.post("/api/deployments/", body, format="json")
    assert response.status_code == 400 and "not forecast" in response.json()["reported_on"][0]
    assert not Deployment.objects.filter(reference="acme-from-the-future").exists()


def test_the_timeline_shows_the_events_dated_by_the_day_picked(client, seeded):
    def listed(query: str) -> int:
        html = client.get(f"/{query}").content.decode()
        section = html[html.index('id="timeline"') :].split("</section>")[0]
        return section.count('<th scope="row">')

    assert listed("") > listed("?as_of=2007-08-01") > 0
    assert listed("?as_of=2000-01-01") == 0
