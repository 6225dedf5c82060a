"""manage.py export_csv and import_csv: the same CSV as the API, exit codes people can script on."""

import getpass

import pytest
from django.core.management import CommandError, call_command

from adoption.models import Deployment

pytestmark = pytest.mark.django_db


def test_export_with_filters_to_a_file_then_import_it(seeded, tmp_path, capsys):
    path = tmp_path / "xen.csv"
    call_command("export_csv", "deployments", "--filter", "hypervisor=xen", "--filter", "stage=production",
                 "-o", str(path))  # fmt: skip
    lines = path.read_text().splitlines()
    assert lines[0].startswith("id,reference,customer,hypervisor")
    assert len([line for line in lines if ",xen," in line]) == 2
    assert "Wrote 2 deployments to" in capsys.readouterr().err

    call_command("import_csv", "deployments", str(path))
    assert "0 were created, 0 were updated, 2 unchanged." in capsys.readouterr().out


def test_export_to_standard_output(seeded, capsysbinary):
    call_command("export_csv", "operating-systems", "--filter", "family=bsd")
    assert capsysbinary.readouterr().out.decode().splitlines()[1].split(",")[1] == "freebsd"


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (["stage"], "needs the form KEY=VALUE"),
        (["colour=blue"], "Deployments have no filter 'colour'"),
        (["hypervisor=nope"], "Bad filter: hypervisor"),
    ],
)
def test_export_refuses_bad_filters(seeded, filters, message):
    args = [arg for item in filters for arg in ("--filter", item)]
    with pytest.raises(CommandError, match=message):
        call_command("export_csv", "deployments", *args)


def test_import_dry_run_and_user(seeded, tmp_path, capsys, django_user_model):
    path = tmp_path / "stage.csv"
    path.write_text("reference,host_count\ncasio-xen-sles-2007,12\n")
    call_command("import_csv", "deployments", str(path), "--dry-run")
    assert "Dry run, nothing written. 1 deployments read: 0 would be created, 1 would be updated" in (
        capsys.readouterr().out
    )
    assert Deployment.objects.get(reference="casio-xen-sles-2007").host_count is None

    analyst = django_user_model.objects.create_user("analyst")
    call_command("import_csv", "deployments", str(path), "--user", "analyst")
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    latest = casio.history.latest()
    assert (casio.host_count, latest.history_user, latest.history_actor) == (12, analyst, "analyst")
    assert (latest.history_entry_point, latest.history_change_reason) == ("manage.py import_csv", "CSV import")


def test_import_without_user_records_the_system_login(seeded, tmp_path):
    path = tmp_path / "stage.csv"
    path.write_text("reference,host_count\ncasio-xen-sles-2007,12\n")
    call_command("import_csv", "deployments", str(path))
    latest = Deployment.objects.get(reference="casio-xen-sles-2007").history.latest()
    assert (latest.history_user, latest.history_actor) == (None, getpass.getuser())
    assert latest.history_entry_point == "manage.py import_csv"


def test_import_with_a_name_that_is_no_account_records_the_name(seeded, tmp_path):
    path = tmp_path / "stage.csv"
    path.write_text("reference,host_count\ncasio-xen-sles-2007,12\n")
    call_command("import_csv", "deployments", str(path), "--user", "nightly sync")
    latest = Deployment.objects.get(reference="casio-xen-sles-2007").history.latest()
    assert (latest.history_user, latest.history_actor) == (None, "nightly sync")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"reference,stage\ncasio-xen-sles-2007,someday\n", r"1 problem\(s\)"),
        (b"", "The file is empty"),
        (b"\xff\xfe\x00r\x00e\x00f", "binary file"),
    ],
)
def test_import_exits_1_with_the_reason(seeded, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as caught:
        call_command("import_csv", "deployments", str(path))
    assert caught.value.returncode == 1
    assert Deployment.objects.get(reference="casio-xen-sles-2007").host_count is None


def test_import_of_a_missing_file(seeded, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_csv", "deployments", str(tmp_path / "nope.csv"))


def test_export_to_a_folder_that_does_not_exist_says_so(seeded, tmp_path):
    with pytest.raises(CommandError, match="Cannot write .*No such file or directory"):
        call_command("export_csv", "deployments", "-o", str(tmp_path / "missing" / "x.csv"))


def test_the_vocabulary_goes_through_csv_too(vocabulary, tmp_path, capsysbinary):
    call_command("export_csv", "purposes")
    lines = capsysbinary.readouterr().out.decode().splitlines()
    assert lines[0] == "id,slug,name,description"
    assert any(line.split(",")[1] == "server-consolidation" for line in lines[1:])
    with pytest.raises(CommandError, match="Purposes have no filters"):
        call_command("export_csv", "purposes", "--filter", "q=x")
    path = tmp_path / "purposes.csv"
    path.write_text("slug,name\ndisaster-recovery-drills,Disaster recovery drills\n")
    call_command("import_csv", "purposes", str(path))
    from adoption.models import Purpose

    assert Purpose.objects.get(slug="disaster-recovery-drills").name == "Disaster recovery drills"
