"""manage.py load_seeds [PATH ...]: load seed files, all or nothing."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from adoption.management.audited import AuditedCommand
from adoption.services.seeds import SeedError, load_seeds


class Command(AuditedCommand):
    help = (
        "Load seed files (TOML, one per source document) and the facts they carry. "
        "Records are matched by natural key, so loading twice changes nothing and an edited "
        "file updates its records. Any problem in any file loads nothing."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "paths", nargs="*", type=Path, help=f"Seed files or folders of them (default: {settings.SEEDS_DIR})."
        )

    def handle(self, *args, paths, **options):
        try:
            result = load_seeds(paths=paths or [Path(settings.SEEDS_DIR)])
        except SeedError as exc:
            lines = "\n".join(f"  - {problem}" for problem in exc.problems)
            raise CommandError(
                f"Nothing was loaded: the seeds have {len(exc.problems)} problem(s).\n{lines}", returncode=1
            ) from None
        if not result.files:
            raise CommandError("No seed files found (looked for *.toml in the paths given).")
        self.stdout.write(self.style.SUCCESS(f"Loaded {result.summary()}"))
