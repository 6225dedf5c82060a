"""manage.py restore_backup FOLDER: load what `manage.py backup FOLDER` wrote into an empty database."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from adoption.management.commands.backup import HISTORY, RECORDS
from adoption.registry import RESOURCES
from adoption.services import tallies


class Command(BaseCommand):
    help = (
        "Load a backup written by `manage.py backup` into an empty, migrated database of any kind (run "
        "`manage.py migrate` first). The records and the history come back exactly, ids included; all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help=f"The folder holding {RECORDS} and {HISTORY}.")

    def handle(self, *args, folder: Path, **options):
        files = [folder / RECORDS, folder / HISTORY]
        missing = [str(path) for path in files if not path.is_file()]
        if missing:
            raise CommandError(f"Not a backup folder: {', '.join(missing)} missing.")
        filled = [resource.plural_label for resource in RESOURCES.values() if resource.model._default_manager.exists()]
        if filled:
            raise CommandError(
                f"The database already has {', '.join(filled)}; restore into an empty one (a fresh `migrate`)."
            )
        # The history comes from the backup: loading must not write new history rows of its own
        # (many-to-many lists are set after their records are saved, which it would record).
        # Nor count every record as it is saved: the reports' counts are made once, from all of them.
        with override_settings(SIMPLE_HISTORY_ENABLED=False), transaction.atomic():
            with tallies.paused():
                call_command("loaddata", *map(str, files), verbosity=0)
            tallies.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Restored {folder}."))
