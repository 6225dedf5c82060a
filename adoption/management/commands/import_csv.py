"""manage.py import_csv RESOURCE FILE [--dry-run] [--user USERNAME]: CSV into records, all or nothing."""

import getpass
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from adoption.services.csv_codec import CsvFileError
from adoption.services.csv_import import import_csv
from adoption.services.resources import RESOURCES
from adoption.services.upsert import UpsertError


class Command(BaseCommand):
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
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="The account the history records as having made the changes (default: none, with your "
            "system login named in the change reason).",
        )

    def handle(self, *args, resource, file, dry_run, user, **options):
        spec = RESOURCES[resource]
        account = self._account(user)
        data = self._read(file)
        reason = "CSV import" if account else f"CSV import by {getpass.getuser()} (manage.py import_csv)"
        try:
            result = import_csv(spec, data, user=account, reason=reason, dry_run=dry_run)
        except CsvFileError as exc:
            raise CommandError(f"Nothing was imported. {exc}", returncode=1) from None
        except UpsertError as exc:
            lines = "\n".join(f"  - {problem}" for problem in exc.problems)
            raise CommandError(
                f"Nothing was imported: {len(exc.problems)} problem(s) in {file}.\n{lines}", returncode=1
            ) from None
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + result.summary()))

    def _account(self, username):
        if username is None:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"There is no user {username!r} to record in the history.") from None

    def _read(self, file) -> bytes:
        if file == "-":
            return sys.stdin.buffer.read()
        try:
            with open(file, "rb") as handle:
                return handle.read()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from None
