"""MkDocs hook: the reference pages, generated from the code at build time.

`on_files` adds the pages below as virtual files (`File.generated`), so nothing is written
into the source tree and the pages cannot drift from the code: a filter, a CSV column, a
command option or a setting added to the code is in the next build. Everything read from
the project comes through `internals.py`, the one module that imports it.
"""

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import internals  # noqa: E402

GENERATED_BY = "docs/hooks/reference.py"


def generated_note(source: str) -> str:
    return (
        f'!!! info "Generated from the code"\n'
        f"    This page is written at build time by `{GENERATED_BY}` from {source}. "
        f"Change the code, not this page.\n\n"
    )


def code(text: str) -> str:
    """`text` as inline code, safe in a table cell."""
    text = str(text)
    fence = "``" if "`" in text else "`"
    padding = " " if "`" in text else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def cell(text: str) -> str:
    """Text for a table cell: one line."""
    return " ".join(str(text).split())


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """A Markdown table. A | inside code (a nested row's form) stays as it is; elsewhere it is escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(escape_pipes(cell(text)) for text in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


CODE_SPAN = re.compile(r"(``.*?``|`[^`]*`)")


def escape_pipes(text: str) -> str:
    parts = CODE_SPAN.split(text)
    return "".join(part if index % 2 else part.replace("|", "\\|") for index, part in enumerate(parts))


def a(noun: str) -> str:
    """`noun` with its indefinite article."""
    return f"{'an' if noun[:1].lower() in 'aeio' else 'a'} {noun}"


def choice_list(choices, limit: int = 12) -> str:
    """The choices' values, or for a long list (currencies) how many there are and one of them."""
    values = [value for value, _ in choices if value != ""]
    if len(values) > limit:
        return f"{len(values)} codes, e.g. {code(values[0])}"
    return ", ".join(code(value) for value in values)


# API filters ------------------------------------------------------------------------------


def model_field(model, path: str):
    """The model field at the end of a lookup path (`customer__industry__slug`), or None."""
    field = None
    for part in path.split("__"):
        try:
            field = model._meta.get_field(part)
        except Exception:  # a method filter's name, or a lookup
            return field
        if field.is_relation and field.related_model is not None:
            model = field.related_model
    return field


def filter_value(model, name: str, filter_) -> str:
    """What a filter takes, in words."""
    import django_filters

    if isinstance(filter_, django_filters.ModelMultipleChoiceFilter):
        related = filter_.queryset.model._meta.verbose_name
        key = filter_.extra.get("to_field_name") or "id"
        return f"{related} {key}; repeat for OR"
    if isinstance(filter_, django_filters.MultipleChoiceFilter):
        target = model_field(model, filter_.field_name)
        if type(target).__name__ == "CountryField":
            return "country code (ISO 3166-1 alpha-2); repeat for OR"
        return f"one of {choice_list(filter_.extra.get('choices', ()))}; repeat for OR"
    if isinstance(filter_, django_filters.BooleanFilter):
        return f"{code('true')} or {code('false')}"
    if isinstance(filter_, django_filters.DateFilter):
        return "date, YYYY-MM-DD"
    if isinstance(filter_, django_filters.NumberFilter):
        # A figure's value takes decimals (12.5 for 12.5%); a count does not.
        target = model_field(model, filter_.field_name)
        return "number" if type(target).__name__ == "DecimalField" else "whole number"
    return "text"


def filter_target(filter_) -> str:
    """The field path a filter compares, with its lookup."""
    if getattr(filter_, "method", None):
        # A method decides (q searches, organization matches subject or counterparty).
        return "the search fields below" if filter_.field_name == "q" else "see the description"
    path = filter_.field_name
    lookup = getattr(filter_, "lookup_expr", "exact")
    described = {"exact": "", "icontains": " contains", "gte": " ≥", "lte": " ≤"}.get(lookup, f" {lookup}")
    text = f"{code(path)}{described}"
    return f"not {text}" if getattr(filter_, "exclude", False) else text


def api_filters_page() -> str:
    default_limit, max_limit, cursor_after, exact_up_to = internals.pagination()
    lists = internals.api_lists()
    parts = [
        "# API filters\n\n",
        generated_note(
            "the API's router (`adoption.api.urls`), each list's django-filter FilterSet "
            "(`adoption.filters.filterset_for(model).base_filters`), its ordering and search fields, "
            "and the pagination class"
        ),
        "Every list of the API, `GET /api/<resource>/`, takes the parameters of its section below "
        "and the common ones; any other query parameter is a 400 that names it "
        "(see [strict input](../explanation/strict-input.md)). Repeating a filter means OR; "
        "different filters combine with AND.\n\n",
        "## Common parameters\n\n",
        table(
            ("Parameter", "Value", "Meaning"),
            [
                (
                    code("limit"),
                    "whole number",
                    f"Page size: {default_limit} by default, at most {max_limit} (a larger value gives "
                    f"{max_limit}, with a `next` link). Refused with `format=csv`, as `brief`, `cursor` and "
                    "`count` are.",
                ),
                (code("offset"), "whole number", "Records to skip (each one costs). Refused with `format=csv`."),
                (
                    code("cursor"),
                    "a cursor from a link",
                    f"Where the page starts, instead of `offset`: `next` and `previous` links carry one past "
                    f"{cursor_after:,} rows in (and after one), where the ordering's columns are never empty. "
                    "Refused with `format=csv`.",
                ),
                (
                    code("count"),
                    code("exact"),
                    f"Count every row: `count` is otherwise exact up to {exact_up_to:,} and then PostgreSQL's "
                    "estimate, with `count_estimated` true.",
                ),
                (
                    code("ordering"),
                    "field names, comma-separated",
                    "Sort by the fields the resource offers (below), each with a leading `-` for descending. "
                    "Any other term is a 400 that lists the offered ones.",
                ),
                (
                    code("brief"),
                    f"{code('true')} or {code('false')}",
                    "Only the brief form of each record: `id`, `url`, key, label. Lists and records.",
                ),
                (
                    code("format"),
                    f"{code('json')} or {code('csv')}",
                    "`csv`: the whole filtered, searched and ordered list as CSV, streamed (the same as "
                    "`Accept: text/csv`, and as the list's `.csv` address, `/api/deployments.csv`). See "
                    "[CSV columns](csv-columns.md). Content negotiation, so not in the schema, where CSV has "
                    "its own operations.",
                ),
                (
                    code("q"),
                    "text",
                    "Free text, ignoring case, over the resource's search fields (below).",
                ),
                (
                    code("synthetic"),
                    f"{code('true')} or {code('false')}",
                    "`true`: only demo data (written by `generate_demo_data`); `false`: only real records. "
                    "Any other value is a 400.",
                ),
            ],
        ),
        "\nA record (`GET /api/<resource>/<id>/`) takes only `brief` and `format`; its history "
        "(`.../history/`) only `format`; a write (`POST`, `PUT`, `PATCH`, `DELETE`) none but `format`.\n\n",
        "Resources: " + ", ".join(f"[{item.name}](#{item.name})" for item in lists) + ".\n\n",
    ]
    for item in lists:
        parts.append(api_list_section(item))
    return "".join(parts)


def api_list_section(item) -> str:
    model = item.model
    hidden = internals.confidential_fields(model)
    parts = [f"## {item.name}\n\n", f"`GET /api/{item.name}/`: {item.description}\n\n"]
    if item.filterset is None:
        return "".join([*parts, "No filters.\n\n"])
    rows = []
    for name, filter_ in item.filterset.base_filters.items():
        description = cell(filter_.label or "")
        path_root = (filter_.field_name or "").split("__")[0]
        if path_root in hidden:
            description += f" Only for users with the `{hidden[path_root]}` permission; a 400 for others."
        rows.append((code(name), cell(filter_value(model, name, filter_)), filter_target(filter_), description))
    parts.append(table(("Parameter", "Value", "Filters on", "Description"), rows))
    ordering = ", ".join(code(name) for name in item.ordering) or "none"
    default = ", ".join(code(name) for name in model._meta.ordering) or "by id"
    parts.append(f"\n**Ordering** (`ordering=`): {ordering}. Without it: {default}.\n\n")
    search = ", ".join(code(name) for name in item.search if name.split("__")[0] not in hidden)
    parts.append(f"**Search** (`q=`) looks in: {search or 'nothing'}.\n\n")
    return "".join(parts)


# CSV columns ------------------------------------------------------------------------------


def field_cell(model, field) -> str:
    """How a single-valued field is written in a cell."""
    if field.is_relation:
        related = field.related_model
        return f"{internals.natural_key_field(related)} of {a(str(related._meta.verbose_name))}"
    if type(field).__name__ == "CountryField":
        return "country code (ISO 3166-1 alpha-2)"
    if field.choices:
        return "one of " + choice_list(field.choices)
    return next((describe(field) for kind, describe in _CELLS if isinstance(field, kind)), "text")


def _cells():
    """(field class, how its cell reads), the most specific first."""
    from django.db import models

    def whole_number(field) -> str:
        # The validators the model declares, not the database's integer range.
        maximum = [v.limit_value for v in field._validators if type(v).__name__ == "MaxValueValidator"]
        return "whole number, 0 or more" + (f", at most {maximum[0]}" if maximum else "")

    def text(field) -> str:
        return f"text, up to {field.max_length:,} characters" if field.max_length else "text"

    return (
        (models.BooleanField, lambda field: f"{code('true')} or {code('false')}"),
        (models.DateField, lambda field: "date, YYYY-MM-DD"),
        (
            models.DecimalField,
            lambda field: f"decimal number, up to {field.decimal_places} places, no trailing zeros",
        ),
        (models.PositiveIntegerField | models.PositiveSmallIntegerField, whole_number),
        (models.URLField, lambda field: f"web address, up to {field.max_length} characters"),
        (models.SlugField, lambda field: f"slug (letters, digits, - and _), up to {field.max_length} characters"),
        (models.CharField | models.TextField, text),
    )


_CELLS = _cells()


def needs_value(field) -> str:
    """Whether a new record needs a value in this column."""
    if field.many_to_many:
        return "no"
    if field.has_default():
        default = field.get_default()
        if field.blank or field.null:
            return "no"
        return f"no (empty: {code(str(default).lower() if isinstance(default, bool) else default)})"
    if field.blank or field.null:
        return "no"
    return "yes"


def describe(field) -> str:
    """The field's help text, else its verbose name where that says more than its name."""
    if field.help_text:
        return cell(field.help_text)
    verbose = str(getattr(field, "verbose_name", "") or "")
    if verbose and verbose != field.name.replace("_", " "):
        return verbose[:1].upper() + verbose[1:] + "."
    return ""


def field_notes(resource, name: str, field) -> str:
    notes = [describe(field)] if describe(field) else []
    hidden = internals.confidential_fields(resource.model)
    if name in hidden:
        notes.append(f"Confidential: the column is left out for users without `{hidden[name]}`.")
    if name == resource.key:
        notes.append("The key: every row names its record by it.")
    if not field.editable and not field.many_to_many:
        notes.append("Read-only in the admin and the API; import takes it back, so export → import keeps it.")
    return " ".join(notes)


def nested_section(resource, name: str, nested, fmt) -> str:
    model = nested.model
    if len(nested.fields) == 1:
        return ""  # a plain list, described in its row
    form = fmt.field_separator.join(nested.fields)
    rows = []
    for field_name in nested.fields:
        field = model._meta.get_field(field_name)
        # A field the model fills in when it is left out (a figure's unit) needs no value.
        needs = "no (filled in, see the description)" if field_name in nested.filled else needs_value(field)
        rows.append((code(field_name), cell(field_cell(model, field)), needs, describe(field)))
    identity = " + ".join(code(part) for part in nested.identity[0])
    return (
        f"**`{resource.column_name(name)}`**: one cell, each {model._meta.verbose_name} written as "
        f"{code(form)}, rows separated by {code(fmt.list_separator)}. A row is matched to a stored one by "
        f"{identity}.\n\n" + table(("Field", "Value", "Needs a value", "Description"), rows) + "\n"
    )


def list_cell(resource, name: str, fmt) -> tuple[str, str]:
    """(cell, description) for a column that holds a list."""
    if name in resource.name_lists:
        nested = resource.name_lists[name]
        field = nested.model._meta.get_field(nested.fields[0])
        what = field_cell(nested.model, field)
        return (
            f"items separated by {code(fmt.list_separator)}, each {what}",
            cell((nested.model.__doc__ or "").strip().splitlines()[0]),
        )
    if name in resource.nested:
        nested = resource.nested[name]
        form = fmt.field_separator.join(nested.fields)
        return f"rows {code(form)}, separated by {code(fmt.list_separator)}", "See below."
    field = resource.model._meta.get_field(name)
    related = field.related_model
    key = internals.natural_key_field(related)
    return f"{key}s of {related._meta.verbose_name_plural}, separated by {code(fmt.list_separator)}", describe(field)


def csv_columns_page() -> str:
    fmt = internals.csv_format()
    api = {item.name for item in internals.api_lists()}
    resources = internals.resources()
    triggers = ", ".join(code(repr(char)[1:-1]) for char in fmt.formula_triggers)
    parts = [
        "# CSV columns\n\n",
        generated_note(
            "the resources (`adoption.registry.RESOURCES`), their models' fields "
            "(type, whether a new record needs a value, choices, help text) and the CSV codec's "
            "separators (`adoption.csv_codec`)"
        ),
        "Every file has a header row, then one row per record. The first column is `id` (the "
        "record's id in this database), then the columns below in this order. How export and import "
        "treat them: [Import and export CSV](../how-to/import-export-csv.md).\n\n",
        "## Cells\n\n",
        f"- A relation is written as the related record's slug (a deployment's as its `reference`); "
        f"dates as YYYY-MM-DD; choices as their values; booleans as `true`/`false`; empty means none.\n"
        f"- A list is one cell, its items separated by {code(fmt.list_separator)}. Nested rows are one "
        f"cell too: each row's fields separated by {code(fmt.field_separator)}, rows by "
        f"{code(fmt.list_separator)}. A {code(fmt.list_separator)}, {code(fmt.field_separator)} or "
        f"{code(fmt.escape)} inside a value is escaped with {code(fmt.escape)}.\n"
        f"- Spreadsheet safety: a cell that begins with {triggers} (a formula to a spreadsheet) or with "
        f"{code(fmt.quote)} is written with one more leading {code(fmt.quote)}; import removes exactly "
        f"one, so every value comes back as it was.\n"
        f"- Import: only the key column is required in the header. A column left out keeps its field "
        f"as stored; an empty cell means no value, or the field's default where it has one.\n\n",
        "## Types, for pandas and spreadsheets\n\n",
        "Each column below has the pandas dtype that keeps every cell as exported "
        "(`adoption/selectors/csv_dtypes.py`; `tests/test_csv_dtypes.py` reads every resource's export with them): "
        "`string` for text, keys, versions (RHEL `5`, `1.0`), choices and lists; `Int64` (nullable) for "
        "whole numbers; `Float64` for decimals; `boolean` for `true`/`false`; `date` for dates, which pandas "
        "parses with `parse_dates`. Left to guess, pandas reads versions as numbers and a count with an "
        "empty cell as floats. Only a text cell ever carries the spreadsheet guard: no number column holds "
        "a negative number.\n\n",
        "The project's Python client applies them: `Api.dataframe()` reads a list's CSV from the API, "
        "`to_dataframe()` a file exported before (an empty cell is missing in number, boolean and date "
        "columns, and empty text in text ones). It carries them in `clients/python/adoption_client/"
        "csv_columns.json`, written from the same code. More: "
        "[Script the API from Python](../tutorial/python-client.md).\n\n",
        "```python\n"
        "from adoption_client import Api, to_dataframe\n\n"
        'frame = Api("http://127.0.0.1:8000").dataframe("deployments", hypervisor="xen")\n'
        'with open("deployments.csv", encoding="utf-8") as exported:\n'
        '    frame = to_dataframe(exported.read(), "deployments")\n'
        "```\n\n",
        "## Resources\n\n",
        "In import order: a resource refers only to those before it (events also to other events, "
        "through their links, even to one created by the same file), so files imported in this order "
        "always find what they refer to.\n\n",
        table(
            ("Resource", "Key", "API list", "Columns"),
            [
                (
                    f"[{r.name}](#{r.name})",
                    code(r.column_name(r.key)),
                    f"`/api/{r.name}/`" if r.name in api else "none (commands and admin only)",
                    str(len(r.columns) + 1),
                )
                for r in resources
            ],
        ),
        "\n",
    ]
    for resource in resources:
        parts.append(csv_resource_section(resource, fmt, resource.name in api))
    return "".join(parts)


def csv_resource_section(resource, fmt, in_api: bool) -> str:
    model = resource.model
    header = ["id", *(resource.column_name(name) for name in resource.columns), *resource.read_past]
    where = [f"`manage.py export_csv {resource.name}`", f"`manage.py import_csv {resource.name} FILE`"]
    if in_api:
        where.insert(0, f"`GET /api/{resource.name}/?format=csv`")
    parts = [
        f"## {resource.name}\n\n",
        f"{cell((model.__doc__ or '').strip().splitlines()[0])} "
        f"Key: {code(resource.column_name(resource.key))}. Exported and imported through "
        f"{', '.join(where)} and the admin's Export CSV and Import CSV.\n\n",
        f"Header: {code(','.join(header))}\n\n",
    ]
    rows = [
        (
            code("id"),
            "whole number",
            "no",
            "The record's id in this database. On import, a row whose id exists here updates that record "
            "(this is how a key is renamed where keys are not permanent); leave it empty, or drop the "
            "column, to match by key.",
        )
    ]
    for name in resource.columns:
        column = code(resource.column_name(name))
        if name in resource.nested or name in resource.name_lists:
            value, description = list_cell(resource, name, fmt)
            rows.append((column, cell(value), "no", cell(description)))
            continue
        field = model._meta.get_field(name)
        if field.many_to_many:
            value, description = list_cell(resource, name, fmt)
            rows.append((column, cell(value), "no", cell(description)))
            continue
        rows.append((column, cell(field_cell(model, field)), needs_value(field), field_notes(resource, name, field)))
    for name in resource.read_only:
        field = model._meta.get_field(name)
        rows.append(
            (
                code(name),
                cell(field_cell(model, field)),
                "no",
                cell(f"Read-only: no client writes it; import reads past it. {field.help_text}"),
            )
        )
    for name, (_, description) in resource.derived.items():
        rows.append(
            (
                code(name),
                "list of keys",
                "no",
                cell(f"Read-only, worked out on export; import reads past it. {description}"),
            )
        )
    types = internals.csv_dtypes(resource)
    typed = [(column, value, code(types[column.strip("`")]), *rest) for column, value, *rest in rows]
    parts.append(table(("Column", "Value", "pandas dtype", "New record needs it", "Description"), typed))
    parts.append("\n")
    for name, nested in resource.nested.items():
        parts.append(nested_section(resource, name, nested, fmt))
    return "".join(parts)


# Settings ---------------------------------------------------------------------------------


SCRIPT_VARIABLES = {
    # name: meaning. The default and the files come from the files themselves (internals.script_variables).
    "PYTHON": "The Python that creates `.venv` (3.11).",
    "HOST": "`make run`: the address to serve on.",
    "PORT": "`make run`: the port to serve on.",
    "DEMO": "`make run`: synthetic deployments to add on the first run, with a synthetic survey of half as "
    "many responses (0 for none).",
    "PIP_CONFIG_FILE": "The pip configuration `make` installs with; by default none, so a machine-wide index list "
    "cannot change what is installed. Name a file to use one.",
    "PYTEST_ARGS": '`make test`: options passed to pytest, e.g. `PYTEST_ARGS="-k seeds"`.',
    "FUZZ_EXAMPLES": "`make fuzz`: generated requests per API operation (`make test` runs 8, derandomized).",
    "CHROMIUM": "The Chromium the browser tests drive (Debian's package; never a downloaded browser).",
    "DATABASE_URL": "`make test`, `make bench`, `make load`, `make fuzz`: the PostgreSQL server to use; unset, "
    "a throwaway cluster is started with `pg_virtualenv`.",
    "BENCH_DEPLOYMENTS": "`make bench`: synthetic deployments for the API list benchmark.",
    "BENCH_SECONDS": "`make bench`: seconds to time each side of the API list benchmark.",
    "BENCH_REPORT_DEPLOYMENTS": "`make bench`: deployments for the reports and dashboard benchmark "
    "(with a synthetic survey of a tenth as many responses).",
    "BENCH_STAGE_DEPLOYMENTS": "`make bench`: deployments for the stage history benchmark (`as_of` and the "
    "trend), with about four stage observations each.",
    "BENCH_CSV_DEPLOYMENTS": "`make bench`: deployments for the CSV export benchmark.",
    "BENCH_IMPORT_ROWS": "`make bench`: new deployments the CSV import benchmark imports.",
    "BENCH_ONLY": "`make bench`: the sections to run (`lists`, `reports`, `stages`, `csv`); empty for all.",
    "LOAD_SECONDS": "`make load`: how long the load test runs.",
    "LOAD_READERS": "`make load`: reader threads (list, detail, filter, CSV export).",
    "LOAD_WRITERS": "`make load`: writer threads (create, change with `If-Match`, a shared counter).",
    "LOAD_DEPLOYMENTS": "`make load`: synthetic deployments in the database before the load test.",
    "BIND": "`make serve` (gunicorn): the address to listen on; `0.0.0.0:8000` behind a load balancer.",
    "WEB_WORKERS": "`make serve` (gunicorn): worker processes.",
    "WEB_THREADS": "`make serve` (gunicorn): threads per worker; keep it at most `DATABASE_POOL_MAX_SIZE`.",
    "WEB_TIMEOUT": "`make serve` (gunicorn): request timeout in seconds (a large CSV export streams for a while).",
    "FORWARDED_ALLOW_IPS": "`make serve` (gunicorn): the proxy addresses whose `X-Forwarded-*` headers gunicorn "
    "trusts.",
}


def settings_page() -> str:
    table_ = internals.settings_table()
    body = generated_note("the settings table `config.settings.env.SETTINGS`")
    body += (
        "Settings live in `config/settings/`: `base.py` (shared), `local.py` (`make run`, the default of "
        "`manage.py`), `test.py` (pytest) and `production.py` (`make serve`, the default of `config.wsgi`). "
        "Each variable below is read from the environment; a bad value stops the server with a sentence "
        "naming the variable. An empty value counts as unset.\n\n"
    )
    rows = []
    for setting in table_:
        if setting.default is None:
            default_text = "none: production needs it"
        else:
            default_text = "empty" if setting.default == "" else code(setting.default)
        kind = setting.kind.value + (f", {setting.minimum} or more" if setting.minimum is not None else "")
        rows.append((code(setting.name), cell(kind), default_text, cell(setting.used_by), cell(setting.help)))
    body += "## Variables\n\n" + table(("Variable", "Value", "Default", "Read by", "Meaning"), rows) + "\n"
    return body + script_variables_section({setting.name for setting in table_})


def script_variables_section(declared: set[str]) -> str:
    found = internals.script_variables()
    found.setdefault("PYTEST_ARGS", ("", ["Makefile"]))
    rows = []
    for name, (default, files) in found.items():
        if name in declared:
            continue
        meaning = SCRIPT_VARIABLES.get(name)
        if meaning is None:
            raise ValueError(f"{name} is read by {', '.join(files)} but {GENERATED_BY} does not say what it means.")
        rows.append((code(name), code(default) if default else "none", cell(meaning), ", ".join(map(code, files))))
    return (
        "## Make targets and scripts\n\n"
        "Read by the Makefile, the scripts and gunicorn's configuration rather than by Django. The names and "
        "defaults are read from those files at build time.\n\n"
        + table(("Variable", "Default", "Meaning", "Read by"), rows)
    )


# Commands ---------------------------------------------------------------------------------


def common_options() -> set[str]:
    """The options every Django command has (--verbosity, --settings...), left out of each table."""
    from django.core.management.base import BaseCommand

    parser = BaseCommand().create_parser("manage.py", "command")
    return {action.dest for action in parser._actions}


def command_section(name: str, command, common: set[str], root: Path) -> str:
    parser = command.create_parser("manage.py", name)
    strip = str(root) + "/"
    own = [action for action in parser._actions if action.dest not in common]
    # The usage of the command's own arguments, without Django's common options.
    formatter = parser._get_formatter()
    formatter.add_usage(None, own, [])
    usage = formatter.format_help().replace("usage: ", "").replace(strip, "")
    help_text = cell(str(command.help).replace(strip, ""))
    parts = [f"### {name}\n\n", f"{help_text}\n\n"]
    rows = []
    for action in own:
        flags = ", ".join(code(flag) for flag in action.option_strings) or code(action.metavar or action.dest)
        if isinstance(action, argparse._StoreTrueAction | argparse._StoreFalseAction):
            value = "flag"
        elif action.choices:
            value = "one of " + ", ".join(code(choice) for choice in action.choices)
        else:
            value = code(action.metavar or action.dest.upper())
            if action.nargs in ("*", "+"):
                value += " …"
            if isinstance(action, argparse._AppendAction):
                value += ", repeatable"
        default = action.default
        if value == "flag" or default is None or default == [] or default == argparse.SUPPRESS:
            default_text = ""
        else:
            default_text = code(str(default).replace(strip, ""))
        help_ = cell(str(action.help or "").replace(strip, "")).replace("%%", "%")
        rows.append((flags, value, default_text, help_))
    parts.append(f"```\n{' '.join(usage.split())}\n```\n\n")
    if rows:
        parts.append(table(("Argument", "Value", "Default", "Meaning"), rows))
    else:
        parts.append("No arguments of its own.\n")
    return "".join(parts) + "\n"


def commands_page() -> str:
    common = common_options()
    root = internals.base_dir()
    own = set(internals.project_commands())
    entries = internals.commands()
    parts = [
        "# Management commands\n\n",
        generated_note("each command's argument parser (`create_parser('manage.py', name)`)"),
        "Run them as `.venv/bin/python manage.py NAME ...` (local settings by default). Every command also "
        "takes Django's common options (`--verbosity`, `--settings`, `--traceback`...), left out below. "
        "Commands that change records (those with `--user`) record the changes in the history as theirs: "
        "`manage.py NAME`, by the account named with `--user` (linked when it exists, else the name as given) "
        "or by the system login that ran it.\n\n",
        "## The project's commands\n\n",
    ]
    for name, command in entries:
        if name in own:
            parts.append(command_section(name, command, common, root))
    parts.append("## From Django and Django REST framework\n\nThe ones these pages tell you to run.\n\n")
    for name, command in entries:
        if name not in own:
            parts.append(command_section(name, command, common, root))
    return "".join(parts)


# Make targets -----------------------------------------------------------------------------


def make_targets_page() -> str:
    rows = [
        (f"`make {target}`", cell(help_), ", ".join(code(dep) for dep in deps.split()) or "")
        for target, deps, help_ in internals.make_targets()
    ]
    return (
        "# Make targets\n\n"
        + generated_note("the `## ` comments of the `Makefile`'s targets")
        + "Each target installs what it needs into `.venv` first (the pinned, hash-checked "
        "`requirements/*.txt`).\n\n" + table(("Command", "What it does", "Runs first"), rows)
    )


# Pieces of hand-written pages ---------------------------------------------------------------


def modules_table() -> str:
    rows = [(code(path), cell(doc)) for path, doc in internals.module_docstrings()]
    return table(("Module", "What it holds (its docstring)"), rows)


# A hand-written page may hold `<!-- reference: NAME -->`; the hook puts the piece there.
PIECES = {"modules": modules_table}
PIECE = re.compile(r"<!-- reference: ([a-z-]+) -->")


def fill_pieces(markdown: str) -> str:
    return PIECE.sub(lambda match: PIECES[match.group(1)](), markdown)


# The hook ---------------------------------------------------------------------------------

PAGES = {
    "reference/api-filters.md": api_filters_page,
    "reference/csv-columns.md": csv_columns_page,
    "reference/settings.md": settings_page,
    "reference/commands.md": commands_page,
    "reference/make-targets.md": make_targets_page,
}


def pages() -> dict[str, str]:
    """Every generated page: its path under docs/ -> its Markdown."""
    internals.setup()
    return {path: render() for path, render in PAGES.items()}


def on_files(files, config):
    from mkdocs.structure.files import File

    for path, content in pages().items():
        if files.get_file_from_path(path) is not None:
            raise ValueError(f"docs/{path} is generated by {GENERATED_BY}: delete the file.")
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    return fill_pieces(markdown)
