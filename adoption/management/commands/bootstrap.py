"""manage.py bootstrap: make a freshly migrated database ready to use (what `make run` calls).

On an empty database it loads the reference vocabulary and the seeds, and with `--demo N`
N synthetic deployments and a synthetic survey, flagged synthetic (the dashboard leaves them
out unless asked, at /?synthetic=include; `generate_demo_data --remove` deletes them); when there is no
superuser it creates `admin` with a generated password and prints it, once. On a
database that is already set up it changes nothing.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from simple_history.utils import get_history_manager_for_model

from adoption.management.audited import AuditedCommand
from adoption.models import Deployment, Hypervisor
from adoption.registry import RESOURCES
from adoption.services.demo_data import generate_demo_data
from adoption.services.history import CREATED, record_history
from adoption.services.seeds import SeedError, load_seeds

ADMIN_USERNAME = "admin"


def record_fixture_history() -> None:
    """loaddata saves without signals: write the vocabulary's "created" history rows in bulk."""
    for resource in RESOURCES.values():
        model = resource.model
        if not get_history_manager_for_model(model).exists():
            record_history(
                model, list(model._default_manager.values_list("pk", flat=True)), CREATED, reason="vocabulary fixture"
            )
            for nested in resource.lists.values():
                record_history(
                    nested.model,
                    list(nested.model._default_manager.values_list("pk", flat=True)),
                    CREATED,
                    reason="vocabulary fixture",
                )


class Command(AuditedCommand):
    help = "Load the vocabulary and seeds into an empty database and create the first admin account."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--admin-url", default="http://127.0.0.1:8000/admin/", help="Where the admin will be served, to print."
        )
        parser.add_argument(
            "--demo",
            type=int,
            default=0,
            metavar="N",
            help="On first run, also write N synthetic deployments and a synthetic survey (default 0: none).",
        )

    def handle(self, *args, admin_url, demo, **options):
        if demo < 0:
            raise CommandError("--demo cannot be negative.")
        if Hypervisor.objects.exists():
            self.stdout.write(f"Database already set up ({Deployment.objects.count()} deployments); keeping its data.")
        else:
            self._load_data()
            if demo:
                self._demo_data(demo)
        self._ensure_admin(admin_url)

    def _demo_data(self, deployments: int):
        result = generate_demo_data(deployments=deployments, responses=max(1, deployments // 2))
        self.stdout.write(
            f"  demo data: {result.deployments} synthetic deployments and a synthetic survey of "
            f"{result.responses} responses, all flagged synthetic: the dashboard counts real data only "
            "unless asked (/?synthetic=include), and manage.py generate_demo_data --remove deletes them"
        )

    def _load_data(self):
        self.stdout.write("First run: loading the reference vocabulary and the seeds...")
        try:
            with transaction.atomic():
                call_command("loaddata", "vocabulary", verbosity=0)
                record_fixture_history()
                result = load_seeds(paths=[Path(settings.SEEDS_DIR)])
        except SeedError as exc:
            raise CommandError(f"The seeds could not be loaded, so nothing was:\n{exc}") from None
        self.stdout.write(f"  vocabulary loaded; {result.summary()}")

    def _ensure_admin(self, admin_url: str):
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            self.stdout.write(f"Admin: {admin_url} (log in with your existing account).")
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser(username=ADMIN_USERNAME, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                "\nCreated the admin account. This password is shown only once:\n"
                f"  URL:      {admin_url}\n"
                f"  user:     {ADMIN_USERNAME}\n"
                f"  password: {password}\n"
                f"Change it with: .venv/bin/python manage.py changepassword {ADMIN_USERNAME}\n"
            )
        )
