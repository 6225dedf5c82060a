"""manage.py import_csv RESOURCE FILE [--dry-run] [--user USERNAME]: CSV into records, all or nothing."""

import sys

from django.core.management.base import CommandError

from adoption.audit import current
from adoption.csv_codec import CsvFileError
from adoption.management.audited import AuditedCommand
from adoption.registry import RESOURCES
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError


class Command(AuditedCommand):
    help = (
        "Create and update a resource's records from a CSV file in the form export writes. Rows are matched "
        "by id (when it exists here) or natural key (slug, reference). All or nothing: if any row is wrong, "
        "every problem is listed with its line and column, nothing is written, and the exit status is 1. "
        "Import files in this order when they refer to each other: " + ", ".join(RESOURCES) + "."
    )

    def add_arguments(self, parser):
        parser.add_argument("resource", choices=list(RESOURCES), help="What the file holds.")
        parser.add_argument("file", help="The CSV file (UTF-8, with or without BOM); - reads standard input.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check everything and say what would change; write nothing."
        )
        super().add_arguments(parser)

    def handle(self, *args, resource, file, dry_run, **options):
        spec = RESOURCES[resource]
        data = self._read(file)
        try:
            result = import_csv(spec, data, user=current().user, dry_run=dry_run)
        except CsvFileError as exc:
            raise CommandError(f"Nothing was imported. {exc}", returncode=1) from None
        except UpsertError as exc:
            lines = "\n".join(f"  - {problem}" for problem in exc.problems)
            raise CommandError(
                f"Nothing was imported: {len(exc.problems)} problem(s) in {file}.\n{lines}", returncode=1
            ) from None
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + result.summary()))

    def _read(self, file) -> bytes:
        if file == "-":
            return sys.stdin.buffer.read()
        try:
            with open(file, "rb") as handle:
                return handle.read()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from None
