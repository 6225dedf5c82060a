"""manage.py generate_demo_data: synthetic deployments, market events and a survey for demos and benchmarks."""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from adoption.services.demo_data import DemoDataError, generate_demo_data, remove_demo_data


class Command(BaseCommand):
    help = (
        "Replace the synthetic demo data with N generated deployments (references synthetic-NNNNNNN, "
        "summaries marked [synthetic]), market events in proportion (one story per 25 deployments: "
        "products, parties in roles, figures, links, ownership periods) and a synthetic survey, every "
        "record flagged synthetic. The same --seed gives the same data; --remove deletes the records "
        "flagged synthetic, and only those."
    )

    def add_arguments(self, parser):
        parser.add_argument("--deployments", type=int, default=1000, help="How many deployments (default 1000).")
        parser.add_argument(
            "--responses",
            type=int,
            default=200,
            help="Responses to the synthetic survey (default 200; 0 for no survey).",
        )
        parser.add_argument("--seed", type=int, default=2007, help="Random seed, for reproducible data.")
        parser.add_argument(
            "--remove",
            action="store_true",
            help="Only delete the records flagged synthetic (refused, deleting nothing, while real records "
            "refer to them).",
        )

    def handle(self, *args, deployments, responses, seed, remove, **options):
        if remove:
            try:
                removed = remove_demo_data()
            except DemoDataError as exc:
                raise CommandError(str(exc)) from None
            self.stdout.write(f"Removed the synthetic demo data: {removed}.")
            return
        if deployments < 0 or responses < 0:
            raise CommandError("--deployments and --responses cannot be negative.")
        with tqdm(total=deployments, unit="deployment", disable=not sys.stderr.isatty()) as bar:
            try:
                result = generate_demo_data(
                    deployments=deployments, responses=responses, seed=seed, progress=bar.update
                )
            except ValueError as exc:
                raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Wrote {result.deployments} synthetic deployments with {result.guests} guests "
            f"for {result.organizations} synthetic customers, {result.events} synthetic market events "
            f"with {result.figures} figures, {result.products} synthetic products, {result.ownerships} "
            f"synthetic ownership periods, and a synthetic survey with {result.responses} responses (seed {seed})."
        )
