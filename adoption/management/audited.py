"""Commands that change records: every change they make is recorded as theirs in the history."""

from django.core.management.base import BaseCommand

from adoption.audit import command_audit


class AuditedCommand(BaseCommand):
    """A command whose history rows say `manage.py <name>` and who ran it (--user, or the system login)."""

    def add_arguments(self, parser):
        parser.add_argument(
            "--user",
            metavar="NAME",
            help="Who the history records as having made the changes: an account's username (linked to it) or "
            "any name (default: your system login).",
        )

    def execute(self, *args, **options):
        name = self.__module__.rsplit(".", 1)[-1]
        with command_audit(name, options.get("user")):
            return super().execute(*args, **options)
