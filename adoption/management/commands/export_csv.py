"""manage.py export_csv RESOURCE [--filter KEY=VALUE ...] [-o FILE]: the API's CSV, from the shell."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from tqdm import tqdm

from adoption.filters import filterset_for
from adoption.registry import RESOURCES
from adoption.selectors.csv_export import stream_csv


class Command(BaseCommand):
    help = (
        "Write a resource's records as CSV, the same CSV as the API's ?format=csv: every record, "
        "or those the filters select (the API's list filters, e.g. --filter hypervisor=xen). "
        "A progress bar shows on a terminal when writing to a file."
    )

    def add_arguments(self, parser):
        parser.add_argument("resource", choices=list(RESOURCES), help="What to export.")
        parser.add_argument(
            "--filter",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="A list filter of the API, e.g. stage=production; repeat a key for OR, use several for AND.",
        )
        parser.add_argument("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")

    def handle(self, *args, resource, filter, output, **options):
        spec = RESOURCES[resource]
        queryset = self._filtered(spec, filter)
        show = output is not None and sys.stderr.isatty()
        written = 0
        try:
            target = open(output, "wb") if output else sys.stdout.buffer  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc.strerror}.") from None
        try:
            with tqdm(total=queryset.count() if show else None, unit="row", disable=not show, file=sys.stderr) as bar:

                def count(rows: int) -> None:
                    nonlocal written
                    written += rows
                    bar.update(rows)

                for block in stream_csv(spec, queryset, on_rows=count):
                    target.write(block)
        except OSError as exc:
            raise CommandError(f"Cannot write {output or 'the output'}: {exc.strerror}.") from None
        finally:
            if output:
                target.close()
            else:
                target.flush()
        if output:
            self.stderr.write(f"Wrote {written} {spec.plural_label} to {output}.")

    def _filtered(self, spec, filters):
        data = QueryDict(mutable=True)
        filterset_class = filterset_for(spec.model)
        if filterset_class is None:
            if filters:
                raise CommandError(f"{resource_label(spec)} have no filters: export them all.")
            return spec.model.objects.all()
        for item in filters:
            key, sep, value = item.partition("=")
            if not sep:
                raise CommandError(f"--filter {item!r} needs the form KEY=VALUE, e.g. --filter stage=production.")
            if key not in filterset_class.base_filters:
                known = ", ".join(sorted(filterset_class.base_filters))
                raise CommandError(f"{resource_label(spec)} have no filter {key!r}. Filters: {known}.")
            data.appendlist(key, value)
        filterset = filterset_class(data=data, queryset=spec.model.objects.all())
        if not filterset.is_valid():
            problems = "; ".join(f"{key}: {' '.join(messages)}" for key, messages in filterset.errors.items())
            raise CommandError(f"Bad filter: {problems}")
        return filterset.qs


def resource_label(spec) -> str:
    return str(spec.plural_label).capitalize()
