"""manage.py backup FOLDER: a database-neutral backup, restored with loaddata into any database."""

from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from simple_history.models import HistoricalRecords

RECORDS, HISTORY = "records.json.gz", "history.json.gz"


def history_models() -> list[str]:
    m2m = set(HistoricalRecords.m2m_models.values())
    return [
        model._meta.label
        for model in apps.get_models(include_auto_created=True)
        if hasattr(model, "instance_type") or model in m2m
    ]


class Command(BaseCommand):
    help = (
        f"Write FOLDER/{RECORDS} (the records, accounts and tokens, relations by natural key) and "
        f"FOLDER/{HISTORY} (the change history, which may name records deleted since, so by id). Restore "
        f"into an empty, migrated database of any kind with: manage.py restore_backup FOLDER"
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="Where to write the two files (created if need be).")

    def handle(self, *args, folder: Path, **options):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"Cannot create {folder}: {exc.strerror}.") from None
        history = history_models()
        call_command(
            "dumpdata", "adoption", "auth", "authtoken", natural_foreign=True,
            exclude=["auth.permission", *history], output=str(folder / RECORDS), verbosity=0,
        )  # fmt: skip
        call_command("dumpdata", *history, output=str(folder / HISTORY), verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Wrote {folder / RECORDS} and {folder / HISTORY}."))
