"""The reports' running counts: read back, they give the report counting the records gives; every write keeps them.

The groupings are generated from the report's own dimensions, so a new dimension is
tested without a word here; the writes are those of every path: the admin, the API, CSV
import, restore, demo data, a backup restored, and the vocabulary records the counts read.
"""

import csv
import datetime
import io
from itertools import permutations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import QueryDict

from adoption.choices import Stage
from adoption.models import (
    Deployment,
    Hypervisor,
    Industry,
    OperatingSystem,
    Organization,
    Purpose,
    ReportTally,
    StageObservation,
    Survey,
    SurveyResponse,
)
from adoption.registry import RESOURCES
from adoption.selectors import reports, stage_tallies, tallies
from adoption.selectors.csv_export import stream_csv
from adoption.selectors.trends import GRANULARITIES
from adoption.services import tallies as keeping
from adoption.services.csv_import import import_csv
from adoption.services.demo_data import generate_demo_data, remove_demo_data
from adoption.services.restore import restore
from tests.api.conftest import editor_user, new_record, token_client  # noqa: F401 (editor_user: a fixture)
from tests.test_admin import change_form_data, deployment_form, url

pytestmark = pytest.mark.django_db
DEMO_MODES = ("false", "include")  # "true" reads the same rows as "include" does, less the real ones


def groupings(kind: str) -> list[tuple[str, ...]]:
    """Every dimension, and every ordered pair, the counts are kept for."""
    counted = tallies.COUNTED[kind]
    names = [name for name in reports.DIMENSIONS if name in counted.dimensions]
    return [(name,) for name in names] + list(permutations(names, 2))


def report(kind: str, group_by, demo: str, user, **filters) -> dict:
    params = QueryDict(mutable=True)
    params.update({"records": kind, "group_by": ",".join(group_by), "synthetic": demo, **filters})
    try:
        return reports.adoption_report(params, user).as_dict()
    except reports.ReportError as exc:
        return exc.errors  # a 400, which must be the same either way


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("tally-admin", password="unused-password-9")


def both_ways(monkeypatch, answer, *args) -> tuple:
    """`answer(*args)` read from the counts, then counted from the records."""
    read = []
    counts = tallies.counts

    def reading(*given, **kwargs):
        read.append(given)
        return counts(*given, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(tallies, "counts", reading)
        kept = answer(*args)
    assert read, "the report did not read the counts"
    with monkeypatch.context() as patched:
        patched.setattr(tallies, "serves", lambda *args: False)
        counted = answer(*args)
    return kept, counted


def in_every_mode(kind: str, group_by, user) -> dict:
    return {mode: report(kind, group_by, mode, user) for mode in DEMO_MODES}


def filtered_by(kind: str, dimension: str, name: str, value: str, user) -> list:
    return [report(kind, [dimension], "include", user, **{name: given}) for given in (value, "no-such-slug")]


@pytest.mark.parametrize("kind", list(tallies.COUNTED))
def test_a_report_read_from_the_counts_is_the_report_counted_from_the_records(demo, superuser, monkeypatch, kind):
    # One test per kind, the groupings in a loop: the data is loaded once, and every grouping that differs is named.
    differ = []
    for group_by in groupings(kind):
        kept, counted = both_ways(monkeypatch, in_every_mode, kind, group_by, superuser)
        assert kept["include"]["cells"], f"nothing counted by {group_by}: the comparison would prove nothing"
        if kept != counted:
            differ.append(",".join(group_by))
    assert differ == []


def filters_of(kind: str) -> list[tuple[str, str]]:
    """(dimension, filter) for every dimension of a kind and every filter that keeps one value of another."""
    counted = tallies.COUNTED[kind]
    filters = reports.KINDS[kind].filterset.base_filters
    return [
        (dimension, name)
        for dimension in counted.dimensions
        for name in tallies.LOOKUPS
        if name in filters and name in counted.dimensions and tallies.fits_filter(kind, dimension, name)
    ]


@pytest.mark.parametrize("kind", list(tallies.COUNTED))
def test_a_report_filtered_by_one_value_of_a_dimension_is_the_report_counted(demo, superuser, monkeypatch, kind):
    differ = []
    for dimension, name in filters_of(kind):
        counted = [row for row in tallies.counts(kind, [name], "include").cells if row["key0"] is not None]
        if counted:  # the value most records have
            value = max(counted, key=lambda row: row["n"])["key0"]
        else:  # no record has any: a value of the vocabulary
            model, key, _ = tallies.LOOKUPS[name]
            value = getattr(model._default_manager.order_by("pk").first(), key)
        kept, recounted = both_ways(monkeypatch, filtered_by, kind, dimension, name, value, superuser)
        assert not counted or (kept[0]["cells"] and kept[0]["total"]["n"])
        if kept != recounted:
            differ.append(f"{dimension} where {name}={value}")
    assert differ == []


def trend(group_by: str, period: str, reached: str, demo: str, user, **more) -> dict:
    return report("deployments", group_by.split(","), demo, user, period=period, reached=reached, **more)


def trends_both_ways(monkeypatch, user) -> tuple[dict, dict]:
    """Every trend the counts keep (by period alone and beside each key, every period and stage, demo data in
    and out), read from the counts, then counted from the deployments' histories."""
    asked = [
        (group_by, period, reached, demo)
        for group_by in ["period", *(f"period,{key}" for key in stage_tallies.KEYS)]
        for period in GRANULARITIES
        for reached in Stage.values
        for demo in DEMO_MODES
    ]
    read = []
    trend_counts = stage_tallies.trend_counts

    def reading(*args):
        read.append(args)
        return trend_counts(*args)

    with monkeypatch.context() as patched:
        patched.setattr(stage_tallies, "trend_counts", reading)
        kept = {what: trend(*what, user) for what in asked}
    assert len(read) == len(asked), "a trend did not read the counts"
    with monkeypatch.context() as patched:
        patched.setattr(stage_tallies, "trend_counts", lambda *args: pytest.fail("read the counts"))
        patched.setattr(tallies, "kept_current", lambda: False)
        counted = {what: trend(*what, user) for what in asked}
    return kept, counted


def overtaken_and_coarse(deployment: Deployment) -> None:
    """Observations that try the trend's rules: a year's overtaken by a day's within it (never the latest
    known), a quarter's known only at its end, and two on one day told apart by their stage."""
    for stage, day, precision in (
        ("evaluating", datetime.date(2006, 1, 1), "year"),
        ("pilot", datetime.date(2006, 3, 14), "day"),
        ("production", datetime.date(2006, 7, 1), "quarter"),
        ("retired", datetime.date(2006, 7, 1), "day"),
    ):
        held = {"held_from": day, "held_from_precision": precision}
        StageObservation.objects.create(deployment=deployment, stage=stage, **held)


def test_a_trend_read_from_the_counts_is_the_trend_counted_from_the_histories(demo, superuser, monkeypatch):
    overtaken_and_coarse(Deployment.objects.filter(synthetic=False).first())
    overtaken_and_coarse(Deployment.objects.filter(synthetic=True).first())
    agree()
    kept, counted = trends_both_ways(monkeypatch, superuser)
    assert any(cell["n"] for answer in kept.values() for cell in answer["cells"]), "nothing counted"
    assert [what for what in kept if kept[what] != counted[what]] == []


def test_a_trend_with_a_filter_or_a_date_counts_the_histories(demo, superuser, monkeypatch):
    monkeypatch.setattr(stage_tallies, "trend_counts", lambda *args: pytest.fail("read the counts"))
    for more in ({"hypervisor": "xen"}, {"as_of": "2008-01-01"}, {"known_on": "2030-01-01"}):
        assert trend("period", "year", "production", "include", superuser, **more)["cells"]
    assert trend("period,host_os", "year", "production", "include", superuser)["cells"]


def test_a_filter_or_a_date_counts_the_records(demo, superuser, monkeypatch):
    monkeypatch.setattr(tallies, "counts", lambda *args, **kwargs: pytest.fail("read the counts"))
    for extra in ({"customer": "casio-computer"}, {"q": "xen"}, {"as_of": "2008-01-01"}, {"known_on": "2030-01-01"}):
        params = QueryDict(mutable=True)
        params.update({"records": "deployments", "group_by": "stage", **extra})
        assert reports.adoption_report(params, superuser).cells
    # A response's own stage, of those with a hypervisor: the pair holds each hypervisor's stage instead.
    params = QueryDict(mutable=True)
    params.update({"records": "responses", "group_by": "stage", "hypervisor": "xen", "synthetic": "include"})
    assert reports.adoption_report(params, superuser).cells


def test_a_database_upgraded_with_records_counts_them_until_rebuilt(demo, superuser):
    before = report("deployments", ("hypervisor", "stage"), "include", superuser)
    ReportTally.objects.all().delete()
    ReportTally.objects.create(**tallies.STALE, n=1)
    assert report("deployments", ("hypervisor", "stage"), "include", superuser) == before
    with pytest.raises(CommandError, match="not kept yet"):
        call_command("check_tallies")
    call_command("check_tallies", "--rebuild", stdout=io.StringIO())
    assert tallies.kept_current()
    assert report("deployments", ("hypervisor", "stage"), "include", superuser) == before


def test_check_tallies_names_a_cell_that_differs_and_rebuild_repairs_it(demo):
    call_command("check_tallies", stdout=io.StringIO())
    cell = ReportTally.objects.filter(kind="deployments", dimensions="hypervisor", demo=False).first()
    cell.n += 1
    cell.save()
    with pytest.raises(CommandError) as failed:
        call_command("check_tallies")
    assert f"deployments by hypervisor at ({cell.key0}, null): {cell.n} kept, {cell.n - 1} counted." in str(
        failed.value
    )
    assert failed.value.returncode == 1
    call_command("check_tallies", "--rebuild", stdout=io.StringIO())
    call_command("check_tallies", stdout=io.StringIO())


def agree() -> None:
    """The kept counts are what counting every record again gives."""
    assert tallies.differences() == []


def test_the_orm_and_the_admin_keep_the_counts(demo, admin_client):
    agree()
    response = admin_client.post(url(Deployment, "add"), deployment_form())
    assert response.status_code == 302, response.content[:2000]
    agree()
    deployment = Deployment.objects.order_by("-pk").first()
    page = admin_client.get(url(Deployment, "change", deployment.pk))
    data = change_form_data(page)
    data["guests-0-operating_system"] = OperatingSystem.objects.get(slug="solaris").pk
    data["purposes"] = []
    assert admin_client.post(url(Deployment, "change", deployment.pk), data).status_code == 302
    assert deployment.guests.filter(operating_system__slug="solaris").exists()
    agree()
    # Links from either side, and cleared from either side.
    consolidation = Purpose.objects.get(slug="server-consolidation")
    deployment.purposes.add(Purpose.objects.get(slug="hardware-utilisation"))
    consolidation.deployments.add(deployment)
    agree()
    consolidation.deployments.clear()
    agree()
    guest = deployment.guests.first()
    guest.deployment = Deployment.objects.exclude(pk=deployment.pk).first()
    guest.save()
    agree()
    # A deployment's stage history: observations added, moved in time and deleted.
    overtaken_and_coarse(deployment)
    agree()
    observation = deployment.stages.order_by("held_from").first()
    observation.held_from, observation.held_from_precision = datetime.date(2010, 1, 1), "month"
    observation.save()
    agree()
    observation.delete()
    agree()
    response = SurveyResponse.objects.first()
    response.hypervisors.all().delete()
    response.guest_families.create(family="bsd")
    response.size_band = ""
    response.save()
    agree()
    assert admin_client.post(url(Deployment, "delete", deployment.pk), {"post": "yes"}).status_code == 302
    agree()


def test_what_other_records_read_keeps_the_counts(demo):
    casio = Organization.objects.get(slug="casio-computer")
    casio.industry = Industry.objects.exclude(pk=casio.industry_id).first()
    casio.country = "FR"
    casio.save()
    agree()
    xen = Hypervisor.objects.get(slug="xen")
    xen.vendor = Organization.objects.get(slug="red-hat")
    xen.save()
    agree()
    windows = OperatingSystem.objects.get(slug="windows-server")
    windows.family = "other"
    windows.save()
    agree()
    survey = Survey.objects.filter(synthetic=True).first()
    survey.fielded_from = datetime.date(2001, 1, 1)
    survey.save()
    agree()
    purpose = Purpose.objects.create(slug="tally-test", name="Tally test")
    purpose.deployments.add(*Deployment.objects.all()[:5])
    purpose.survey_responses.add(*SurveyResponse.objects.all()[:5])
    agree()
    purpose.delete()
    agree()
    Survey.objects.filter(synthetic=False).first().delete()
    agree()


def test_the_api_keeps_the_counts(demo, editor_user):  # noqa: F811 (the fixture)
    editor = token_client(editor_user)
    created = editor.post("/api/deployments/", new_record("deployments"), format="json")
    assert created.status_code == 201, created.content
    agree()
    path = f"/api/deployments/{created.json()['id']}/"
    version = editor.get(path)["ETag"]
    changed = editor.patch(
        path, {"hypervisor": "kvm", "guests": [], "purposes": []}, format="json", HTTP_IF_MATCH=version
    )
    assert changed.status_code == 200, changed.content
    agree()
    stages = [{key: row[key] for key in ("stage", "held_from", "held_from_precision", "source")}
              for row in changed.json()["stages"]]  # fmt: skip
    stages.append({**stages[0], "stage": "retired", "held_from": "2009-01-01", "held_from_precision": "year"})
    version = editor.get(path)["ETag"]
    changed = editor.patch(path, {"stages": stages}, format="json", HTTP_IF_MATCH=version)
    assert changed.status_code == 200, changed.content
    agree()
    response = editor.post("/api/survey-responses/", new_record("survey-responses"), format="json")
    assert response.status_code == 201, response.content
    agree()
    version = editor.get(path)["ETag"]
    assert editor.delete(path, HTTP_IF_MATCH=version).status_code == 204
    agree()


def export(name: str, queryset=None) -> bytes:
    resource = RESOURCES[name]
    return b"".join(stream_csv(resource, queryset if queryset is not None else resource.model._default_manager.all()))


def test_csv_import_and_restore_keep_the_counts(demo):
    # Deployments changed by CSV: a new hypervisor, their guests and purposes as exported with it.
    exported = export("deployments", Deployment.objects.filter(synthetic=True).order_by("pk")[:20])
    rows = list(csv.DictReader(io.StringIO(exported.decode())))
    for row in rows:
        row["hypervisor"], row["product"], row["purposes"] = "kvm", "", ""
    # One's stage history gains a year at the end (the trends count it from then).
    rows[1]["stages"] += f";retired|2025-01-01|year|{rows[1]['stages'].split('|')[3]}||"
    rows[1]["stage"] = "retired"
    rows[0]["reference"], rows[0]["id"] = "tally-test-new-deployment", ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    result = import_csv(RESOURCES["deployments"], out.getvalue().encode())
    assert result.counts.get("created") == 1 and result.counts.get("updated"), result.counts
    agree()
    # An organization's industry and country, which its deployments are counted by.
    casio = Organization.objects.get(slug="casio-computer")
    exported = export("organizations", Organization.objects.filter(pk=casio.pk)).decode()
    row = next(csv.DictReader(io.StringIO(exported)))
    row.update(industry=Industry.objects.exclude(pk=casio.industry_id).first().slug, country="JP")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(row)
    assert import_csv(RESOURCES["organizations"], out.getvalue().encode()).counts == {"updated": 1}
    agree()
    # Deleted, then restored from its history.
    deployment = Deployment.objects.filter(synthetic=False).first()
    pk = deployment.pk
    deployment.delete()
    agree()
    restore(RESOURCES["deployments"], pk)
    agree()


def test_demo_data_keeps_the_counts(demo):
    generate_demo_data(deployments=30, responses=20, seed=11)
    agree()
    assert tallies.counts("deployments", ["stage"], "only").total == 30
    remove_demo_data()
    agree()
    assert tallies.counts("deployments", ["stage"], "only").total == 0


@pytest.mark.django_db(transaction=True)
def test_a_backup_restored_is_counted_once(demo, tmp_path):
    before = {kind: tallies.kept(kind) for kind in tallies.COUNTED}
    call_command("backup", str(tmp_path / "backup"), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    call_command("restore_backup", str(tmp_path / "backup"), verbosity=0)
    agree()
    assert {kind: tallies.kept(kind) for kind in tallies.COUNTED} == before


def test_a_rebuild_gives_the_counts_the_writes_kept(demo):
    before = {kind: tallies.kept(kind) for kind in tallies.COUNTED}
    keeping.rebuild()
    assert {kind: tallies.kept(kind) for kind in tallies.COUNTED} == before
