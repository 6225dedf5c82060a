"""manage.py check_tallies [--rebuild]: recount the reports' running counts from the records and compare."""

import time

from django.core.management.base import BaseCommand, CommandError

from adoption.selectors.tallies import differences
from adoption.services import tallies


class Command(BaseCommand):
    help = (
        "Count every record again, as a report with no filter would, and compare with the running counts the "
        "reports read (kept current by every write). Exits 1 and names each cell that differs. --rebuild counts "
        "them from scratch first: after an upgrade that added them to a database with records, or to repair."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Count everything from scratch first.")

    def handle(self, *args, **options):
        started = time.perf_counter()
        if options["rebuild"]:
            tallies.rebuild()
            self.stdout.write(f"Counted every record from scratch in {time.perf_counter() - started:.1f} s.")
        found = differences()
        if found:
            lines = "\n".join(f"  - {line}" for line in found)
            raise CommandError(
                f"The running counts differ from the records:\n{lines}\nRun manage.py check_tallies --rebuild.",
                returncode=1,
            )
        self.stdout.write(
            self.style.SUCCESS(f"The running counts match the records ({time.perf_counter() - started:.1f} s).")
        )
