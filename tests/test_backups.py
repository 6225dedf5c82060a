"""Backups: a dump restored into an empty database gives back every record, history included.

Two ways, both in the docs (how-to: back up and restore): `manage.py backup` (dumpdata with natural keys, restored by
loaddata into any database, PostgreSQL or SQLite), and PostgreSQL's own pg_dump / pg_restore.
"""

import gzip
import io
import json
import os
import shutil
import stat
import subprocess
from typing import Any

import psycopg
import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg.types.string import TextLoader

from adoption.management.commands.backup import DERIVED, HISTORY, RECORDS
from adoption.management.commands.backup import Command as BackupCommand
from adoption.models import Deployment

from .api.conftest import editor, editor_user  # noqa: F401 (fixtures)

KEPT_APPS = {"adoption", "auth", "authtoken"}


def snapshot() -> dict:
    """Every row of every table a backup must bring back, by model, in pk order."""
    tables: dict[str, list[Any]] = {}
    permissions = {p.pk: p.natural_key() for p in Permission.objects.select_related("content_type")}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label not in KEPT_APPS or model._meta.label_lower == "auth.permission":
            continue
        if model._meta.label in DERIVED:
            # The reports' running counts: not in a backup, counted again on restoring (test_tallies checks them).
            continue
        if model._meta.auto_created:
            # A many-to-many table: its pairs (loaddata numbers the rows afresh), permissions by
            # natural key (migrate creates them anew in the empty database, under other ids).
            columns = [field.attname for field in model._meta.fields if not field.primary_key]
            tables[model._meta.label] = sorted(
                tuple(
                    permissions.get(value, value) if column == "permission_id" else value
                    for column, value in zip(columns, row, strict=True)
                )
                for row in model._default_manager.values_list(*columns)
            )
        else:
            tables[model._meta.label] = list(model._default_manager.order_by("pk").values())
    return tables


@pytest.fixture
def data(seeded, editor):  # noqa: F811
    """The seeds, plus what users leave behind: edits, a deletion (history), an account with a token."""
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    assert (
        editor.patch(f"/api/deployments/{casio.pk}/", {"hypervisor_version": "3.1"}, format="json").status_code == 200
    )
    ipo = "/api/events/" + str(apps.get_model("adoption", "MarketEvent").objects.get(slug="vmware-ipo-2007").pk) + "/"
    assert editor.delete(ipo).status_code == 204
    before = snapshot()
    assert before["adoption.HistoricalDeployment"] and before["authtoken.Token"]
    return before


@pytest.mark.django_db(transaction=True)
def test_a_dumpdata_backup_restored_into_an_empty_database_gives_back_every_record(data, tmp_path):
    call_command("backup", str(tmp_path / "backup"), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    assert not Deployment.objects.exists() and not Deployment.history.exists()
    call_command("restore_backup", str(tmp_path / "backup"), verbosity=0)

    after = snapshot()
    for label in data:
        assert after[label] == data[label], label
    # New records get new ids after the restore (the sequences were moved on).
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    created = Deployment.objects.create(
        reference="after-restore", customer=casio.customer, hypervisor=casio.hypervisor, reported_on="2008-01-01"
    )
    assert created.pk > max(row["id"] for row in data["adoption.Deployment"])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump is PostgreSQL's")
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump and pg_restore")
@pytest.mark.django_db(transaction=True)
def test_a_pg_dump_restored_into_an_empty_database_gives_back_every_row(data, tmp_path):
    settings = connection.settings_dict
    env = {
        **os.environ,
        "PGHOST": settings["HOST"] or "",
        "PGPORT": str(settings["PORT"] or ""),
        "PGUSER": settings["USER"] or "",
        "PGPASSWORD": settings["PASSWORD"] or "",
    }
    dump = tmp_path / "backup.dump"
    subprocess.run(["pg_dump", "--format=custom", "--no-owner", "-f", dump, settings["NAME"]], env=env, check=True)
    restored = f"{settings['NAME']}_restored"
    subprocess.run(["dropdb", "--if-exists", restored], env=env, check=True)
    subprocess.run(["createdb", restored], env=env, check=True)
    try:
        subprocess.run(["pg_restore", "--no-owner", "-d", restored, dump], env=env, check=True)
        tables = [model._meta.db_table for model in apps.get_models(include_auto_created=True)]
        with connection.cursor() as cursor:
            original = {table: _rows(cursor, table) for table in tables}
        with psycopg.connect(
            dbname=restored, **{k: env[f"PG{k.upper()}"] for k in ("host", "port", "user", "password")}
        ) as other:
            # JSON columns as text, as Django's own connection reads them (a survey's import mapping).
            other.adapters.register_loader("jsonb", TextLoader)
            with other.cursor() as cursor:
                copy = {table: _rows(cursor, table) for table in tables}
    finally:
        subprocess.run(["dropdb", "--if-exists", restored], env=env, check=True)
    assert copy == original
    assert original["adoption_deployment"] and original["adoption_historicaldeployment"]


def _rows(cursor, table: str) -> list[tuple]:
    # Sorted whole: the first column is not always unique (a history table's first is the record's
    # id, repeated for each of its versions), so ORDER BY 1 left ties in any order.
    cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (table names from the models)
    return sorted(cursor.fetchall(), key=repr)


@pytest.mark.django_db
def test_restoring_refuses_a_database_that_has_records_or_a_folder_that_is_no_backup(seeded, tmp_path):
    with pytest.raises(CommandError, match="Not a backup folder"):
        call_command("restore_backup", str(tmp_path))
    call_command("backup", str(tmp_path / "backup"), verbosity=0)
    with pytest.raises(CommandError, match="The database already has .*deployments.*restore into an empty one"):
        call_command("restore_backup", str(tmp_path / "backup"))


@pytest.fixture
def open_umask():
    """The most permissive umask, so only the command itself can make its files private."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.django_db
def test_a_backup_is_readable_by_its_owner_only_and_says_what_it_holds(seeded, tmp_path, open_umask):
    folder = tmp_path / "backup"
    out = io.StringIO()
    call_command("backup", str(folder), stdout=out)
    assert mode(folder / RECORDS) == mode(folder / HISTORY) == 0o600
    assert mode(folder) == 0o700
    said = out.getvalue()
    assert "password hashes" in said and "API tokens" in said and "confidential survey respondents" in said
    assert "keep them private" in said
    help_text = " ".join(BackupCommand().create_parser("manage.py", "backup").format_help().split())
    assert "password hashes" in help_text and "keep them private" in help_text


@pytest.mark.django_db
def test_a_backup_over_world_readable_files_leaves_them_private_and_complete(seeded, tmp_path, open_umask):
    folder = tmp_path / "backup"
    folder.mkdir(mode=0o755)
    for name in (RECORDS, HISTORY):
        (folder / name).write_bytes(b"an older backup")
        (folder / name).chmod(0o644)
    call_command("backup", str(folder), verbosity=0)
    assert mode(folder / RECORDS) == mode(folder / HISTORY) == 0o600
    assert mode(folder) == 0o755  # a folder of the user's own is left as it is
    with gzip.open(folder / RECORDS, "rt", encoding="utf-8") as records:
        assert any(row["model"] == "adoption.deployment" for row in json.load(records))
    assert sorted(path.name for path in folder.iterdir()) == sorted([RECORDS, HISTORY])  # no temporary file left
