"""Everything the generated reference reads from the project, and the only module that imports it.

The code is being reorganised (resources are moving to `adoption/registry.py`, settings to
a declarative table in `config/settings/env.py`): when a name moves, change it here and
nowhere else. Each function returns plain project objects; `reference.py` turns them into
pages. Nothing here touches the database.
"""

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The reference describes the code, not this machine: always the local settings, whatever
# DJANGO_SETTINGS_MODULE the shell has (production settings would demand a secret key).
SETTINGS_MODULE = "config.settings.local"


def setup() -> None:
    """Make the project importable and Django ready (once; a no-op under pytest-django)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django.conf import settings

    if not settings.configured:
        os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


# Resources (CSV, seeds, API) ------------------------------------------------------------


def resources() -> list:
    """Every resource, in import order: name, model, key, columns, column_name(), nested, name_lists."""
    from adoption.registry import RESOURCES

    return list(RESOURCES.values())


def natural_key_field(model) -> str:
    """The field a relation to `model` is written with in CSV and the API (slug, or reference)."""
    from adoption.registry import natural_key_field as key_field

    return key_field(model)


@dataclass(frozen=True)
class ApiList:
    """One list of the REST API, as the reference describes it."""

    name: str  # the URL segment: /api/<name>/
    model: type
    description: str
    filterset: type | None
    ordering: tuple[str, ...]
    search: tuple[str, ...]


def api_lists() -> list[ApiList]:
    """The API's resources in the order /api/ lists them, with their filters, ordering and search."""
    from django.db.models import Model

    from adoption.api.urls import router
    from adoption.api.views import RecordViewSet
    from adoption.filters import filterset_for

    lists = []
    for prefix, viewset, _ in router.registry:
        assert issubclass(viewset, RecordViewSet) and viewset.queryset is not None  # made by viewset_for()
        model: type[Model] = viewset.queryset.model
        filterset = filterset_for(model)
        lists.append(
            ApiList(
                name=prefix,
                model=model,
                description=" ".join((viewset.__doc__ or "").split()),
                filterset=filterset,
                ordering=tuple(viewset.ordering_fields or ()),
                search=tuple(getattr(filterset, "search_fields", ()) or ()),
            )
        )
    return lists


def pagination() -> tuple[int, int, int, int]:
    """The default and largest page size of every list (`limit`), the row from which links carry
    a cursor, and the count up to which `count` is exact."""
    from adoption.api.pagination import CURSOR_AFTER, EXACT_COUNT_UP_TO, LimitOffsetPagination

    return LimitOffsetPagination.default_limit, LimitOffsetPagination.max_limit, CURSOR_AFTER, EXACT_COUNT_UP_TO


def confidential_fields(model) -> dict[str, str]:
    """A model's confidential fields, each with the permission that shows it."""
    return dict(getattr(model, "CONFIDENTIAL", {}))


# CSV cells ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvFormat:
    formula_triggers: tuple[str, ...]
    quote: str
    list_separator: str
    field_separator: str
    escape: str


def csv_dtypes(resource) -> dict[str, str]:
    """{column: pandas dtype, or "date"} of the resource's CSV (adoption.selectors.csv_dtypes)."""
    from adoption.selectors import csv_dtypes

    return csv_dtypes.dtypes(resource)


def csv_format() -> CsvFormat:
    from adoption import csv_codec

    return CsvFormat(
        formula_triggers=tuple(csv_codec.FORMULA_TRIGGERS),
        quote=csv_codec.QUOTE,
        list_separator=csv_codec.LIST_SEPARATOR,
        field_separator=csv_codec.FIELD_SEPARATOR,
        escape=csv_codec.ESCAPE,
    )


# Settings -------------------------------------------------------------------------------


def settings_table() -> tuple:
    """`config.settings.env.SETTINGS`: every environment variable the settings, gunicorn and
    the scripts read (name, kind, default, who reads it, help)."""
    from config.settings.env import SETTINGS

    return tuple(SETTINGS)


# Variables the Makefile and the scripts read (not Django settings) ----------------------

# Files read for `NAME ?= default` (Makefile), `${NAME:-default}` (shell) and
# `os.environ.get("NAME", "default")` (Python), outside Django's settings.
SCRIPT_FILES = ("Makefile", "scripts/*.sh", "scripts/*.py", "config/gunicorn.conf.py")
PATTERNS = (
    re.compile(r"^(?P<name>[A-Z][A-Z0-9_]*)\s*\?=\s*(?P<default>.*?)\s*$", re.MULTILINE),
    re.compile(r"\$\{(?P<name>[A-Z][A-Z0-9_]*):-(?P<default>[^}]*)\}"),
    re.compile(r"os\.environ\.get\(\s*\"(?P<name>[A-Z][A-Z0-9_]*)\"(?:\s*,\s*\"(?P<default>[^\"]*)\")?\s*\)"),
)


def script_variables() -> dict[str, tuple[str, list[str]]]:
    """Environment variables the Makefile, scripts and gunicorn read: name -> (default, files)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for pattern_path in SCRIPT_FILES:
        for path in sorted(ROOT.glob(pattern_path)):
            text = path.read_text()
            where = str(path.relative_to(ROOT))
            for pattern in PATTERNS:
                for match in pattern.finditer(text):
                    name, default = match["name"], (match["default"] or "").replace("$$", "$")
                    old_default, files = found.get(name, ("", []))
                    if where not in files:
                        files.append(where)
                    found[name] = (old_default or default, files)
    return found


# Commands and make targets --------------------------------------------------------------

# Commands from Django and DRF that the documentation tells people to run.
OTHER_COMMANDS = ("drf_create_token", "changepassword", "loaddata", "migrate")


def commands() -> list[tuple[str, object]]:
    """The project's management commands, then the others the docs use: (name, command)."""
    from django.core.management import get_commands, load_command_class

    known = get_commands()
    own = sorted(name for name, app in known.items() if app == "adoption")
    return [(name, load_command_class(known[name], name)) for name in (*own, *OTHER_COMMANDS)]


def project_commands() -> list[str]:
    from django.core.management import get_commands

    return sorted(name for name, app in get_commands().items() if app == "adoption")


def base_dir() -> Path:
    from django.conf import settings

    return Path(settings.BASE_DIR)


def module_docstrings(packages: tuple[str, ...] = ("adoption", "config")) -> list[tuple[str, str]]:
    """(path, first paragraph of the docstring) of every module of `packages`, read without
    importing them; migrations and modules without a docstring left out."""
    import ast

    found = []
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            docstring = ast.get_docstring(ast.parse(path.read_text()))
            if docstring:
                found.append((str(path.relative_to(ROOT)), " ".join(docstring.split("\n\n")[0].split())))
    return found


MAKE_TARGET = re.compile(r"^(?P<target>[a-z][a-z-]*):(?P<deps>[^#=\n]*)## (?P<help>.+)$", re.MULTILINE)


def make_targets() -> list[tuple[str, str, str]]:
    """The Makefile's documented targets: (target, prerequisites, help)."""
    text = (ROOT / "Makefile").read_text()
    return [(m["target"], " ".join(m["deps"].split()), m["help"].strip()) for m in MAKE_TARGET.finditer(text)]
