"""manage.py generate_client [--check]: write the Python client's generated parts from this server's code."""

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer

from adoption.registry import api_resources
from adoption.selectors.csv_dtypes import dtypes

PACKAGE = Path(settings.BASE_DIR) / "clients" / "python" / "adoption_client"
GENERATED = "generated"  # openapi-python-client's package, written whole: never edit it
COLUMNS = "csv_columns.json"  # each resource's CSV columns and their pandas dtypes
# The generator's own settings. Its ruff passes are --isolated: the same output wherever it is written,
# whatever ruff configuration a folder above or the user's home holds.
GENERATOR_CONFIG = {
    "post_hooks": [
        "ruff check . --isolated --fix-only --extend-select=I --line-length 120",
        "ruff format . --isolated --line-length 120",
    ]
}


class Command(BaseCommand):
    help = (
        "Write the generated parts of the Python client in clients/python/adoption_client/: the package "
        "openapi-python-client makes from the OpenAPI schema (generated/), and each resource's CSV columns with "
        "their pandas dtypes (csv_columns.json). --check writes nothing and exits 1, naming each file that "
        "differs, if they are not what this code generates. Needs the dev dependencies (make install-dev)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Compare, write nothing; exit 1 if out of date.")

    def handle(self, *args, **options):
        # Next to the package, so that the new files are moved in, not copied across file systems.
        with tempfile.TemporaryDirectory(dir=PACKAGE.parent, prefix=".generate-") as scratch:
            fresh = Path(scratch) / "adoption_client"
            fresh.mkdir()
            write(fresh)
            differing = compare(fresh, PACKAGE)
            if options["check"]:
                if differing:
                    lines = "\n".join(f"  - {name}" for name in differing)
                    raise CommandError(
                        f"The client's generated files are out of date:\n{lines}\nRun manage.py generate_client.",
                        returncode=1,
                    )
                self.stdout.write(self.style.SUCCESS("The client's generated files are up to date."))
                return
            for name in (GENERATED, COLUMNS):
                replace(fresh / name, PACKAGE / name)
            changed = f"{len(differing)} files changed" if differing else "nothing changed"
            self.stdout.write(self.style.SUCCESS(f"Wrote {PACKAGE / GENERATED} and {PACKAGE / COLUMNS}: {changed}."))


def schema() -> bytes:
    """The OpenAPI schema as /api/schema/ answers it to anyone."""
    document = SchemaGenerator().get_schema(request=None, public=True)
    return OpenApiJsonRenderer().render(document, renderer_context={})


def write(package: Path) -> None:
    """The generated parts, in `package`."""
    columns = {resource.name: dtypes(resource) for resource in api_resources()}
    (package / COLUMNS).write_text(json.dumps(columns, indent=2) + "\n")
    spec, config = package.parent / "schema.json", package.parent / "generator.json"
    spec.write_bytes(schema())
    config.write_text(json.dumps(GENERATOR_CONFIG))
    # The generator runs ruff (pinned in requirements/dev.txt) over what it writes, if it finds it on PATH.
    environment = dict(os.environ)  # passed on to the generator, with our interpreter's tools first
    environment["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), environment.get("PATH", "")])
    environment["RUFF_NO_CACHE"] = "true"
    try:
        made = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(spec),
                "--config",
                str(config),
                "--meta",
                "none",
                "--output-path",
                str(package / GENERATED),
            ],  # fmt: skip
            capture_output=True,
            text=True,
            env=environment,
            check=False,
        )
    except OSError as exc:
        raise CommandError(f"Could not run openapi-python-client: {exc}.") from None
    output = made.stdout + made.stderr
    if made.returncode != 0 or "warning" in output.lower():
        raise CommandError(
            f"openapi-python-client failed or warned (is it installed? make install-dev):\n{output.strip()}"
        )


def compare(fresh: Path, committed: Path) -> list[str]:
    """The generated files that differ between two packages, or that only one of them has."""
    differing = []
    for name in (GENERATED, COLUMNS):
        ours, theirs = _files(fresh / name), _files(committed / name)
        for path in sorted(ours | theirs):
            a, b = fresh / name / path, committed / name / path
            if path not in ours or path not in theirs or not filecmp.cmp(a, b, shallow=False):
                differing.append(f"{name}/{path}" if path != "." else name)
    return differing


def _files(path: Path) -> set[str]:
    if path.is_file():
        return {"."}
    if not path.is_dir():
        return set()
    files = (file for file in path.rglob("*") if file.is_file() and "__pycache__" not in file.parts)
    return {str(file.relative_to(path)) for file in files}


def replace(source: Path, target: Path) -> None:
    """Put `source` where `target` is: the old one is moved aside first and removed once the new one is in."""
    aside = source.parent / f"{source.name}.old"
    if target.exists():
        target.rename(aside)
    source.rename(target)
    if aside.is_dir():
        shutil.rmtree(aside)
    elif aside.exists():
        aside.unlink()
