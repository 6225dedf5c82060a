"""manage.py generate_demo_data: synthetic deployments for demos and benchmarks."""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from adoption.services.demo_data import generate_demo_data


class Command(BaseCommand):
    help = (
        "Replace the synthetic demo data with N generated deployments (references synthetic-NNNNNNN, "
        "summaries marked [synthetic]). The same --seed gives the same data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--deployments", type=int, default=1000, help="How many deployments (default 1000).")
        parser.add_argument("--seed", type=int, default=2007, help="Random seed, for reproducible data.")

    def handle(self, *args, deployments, seed, **options):
        if deployments < 0:
            raise CommandError("--deployments cannot be negative.")
        with tqdm(total=deployments, unit="deployment", disable=not sys.stderr.isatty()) as bar:
            try:
                result = generate_demo_data(deployments=deployments, seed=seed, progress=bar.update)
            except ValueError as exc:
                raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Wrote {result.deployments} synthetic deployments with {result.guests} guests "
            f"for {result.organizations} synthetic organizations (seed {seed})."
        )
