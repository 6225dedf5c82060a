"""manage.py backup FOLDER: a database-neutral backup, restored with loaddata into any database.

The files hold every account's password hash and API token and who answered each survey,
so they are readable by their owner only (0600) from the moment they exist.
"""

import gzip
import io
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from simple_history.models import HistoricalRecords

from adoption.models import tallies

RECORDS, HISTORY = "records.json.gz", "history.json.gz"
# What is worked out from the records, not kept in a backup: restore_backup counts it again.
DERIVED = [model._meta.label for model in tallies.DERIVED]
WHAT_THEY_HOLD = (
    "They hold every account's password hashes and API tokens and the confidential survey respondents: "
    "keep them private (they are written readable by you only, mode 0600) and never share or commit them."
)


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
        f"into an empty, migrated database of any kind with: manage.py restore_backup FOLDER. {WHAT_THEY_HOLD}"
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="Where to write the two files (created if need be).")

    def handle(self, *args, folder: Path, **options):
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the mode applies to a folder made here
        except OSError as exc:
            raise CommandError(f"Cannot create {folder}: {exc.strerror}.") from None
        history = history_models()
        with private_file(folder / RECORDS) as records:
            call_command(
                "dumpdata", "adoption", "auth", "authtoken", natural_foreign=True,
                exclude=["auth.permission", *DERIVED, *history], stdout=records, verbosity=0,
            )  # fmt: skip
        with private_file(folder / HISTORY) as stream:
            call_command("dumpdata", *history, stdout=stream, verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Wrote {folder / RECORDS} and {folder / HISTORY}."))
        self.stdout.write(WHAT_THEY_HOLD)


@contextmanager
def private_file(path: Path):
    """A gzip text stream whose file is 0600 from its creation; it replaces `path` once written whole.

    The data goes to a new temporary file beside `path` (mkstemp creates it 0600, whatever the
    umask), so neither a new file nor one written over an older backup is ever readable by others,
    and a failed backup leaves the older one as it was.
    """
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with open(fd, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw) as compressed:
            with io.TextIOWrapper(compressed, encoding="utf-8") as text:
                yield text
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
