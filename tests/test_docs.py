"""The documentation site: its generated reference covers the code, and the claims written
by hand that could drift from the code are held to it.

The reference pages are rendered here by the same hook `make docs` runs
(docs/hooks/reference.py); what they must cover is read from the code directly (the
router, the filter sets, the resources, the commands), so a resource, filter, column or
command the hook missed fails here.
"""

import re
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands, load_command_class
from drf_spectacular.generators import SchemaGenerator

from adoption.api.urls import router
from adoption.api.views import RecordViewSet
from adoption.registry import RESOURCES
from adoption.selectors import reports
from adoption.selectors.csv_export import header
from adoption.services import csv_import

ROOT = Path(settings.BASE_DIR)
DOCS = ROOT / "docs"
HOOKS = DOCS / "hooks"
PAGES = sorted(path for path in DOCS.rglob("*.md") if HOOKS not in path.parents)
COMMON = {"limit", "offset", "cursor", "count", "ordering", "brief", "format", "q", "synthetic"}


def page(path: str) -> str:
    return (DOCS / path).read_text()


def flat(text: str) -> str:
    """`text` with every run of whitespace one space, so a claim may wrap."""
    return " ".join(text.split())


def hook():
    """docs/hooks/reference.py, the hook `make docs` runs."""
    sys.path.insert(0, str(HOOKS))
    try:
        import reference
    finally:
        sys.path.remove(str(HOOKS))
    return reference


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    """Every generated reference page, as `make docs` writes it."""
    return hook().pages()


def section(markdown: str, heading: str) -> str:
    """The text under `## heading`, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", markdown, re.MULTILINE | re.DOTALL)
    assert match, f"no section ## {heading}"
    return match.group(1)


def table_keys(markdown: str) -> set[str]:
    """The first cell of every table row, when it is code: `| `name` | ...`."""
    return set(re.findall(r"^\| `([^`]+)` \|", markdown, re.MULTILINE))


# The generated reference covers the code ---------------------------------------------------


def test_the_api_filters_page_has_every_list_and_every_filter_and_ordering_field(generated):
    text = generated["reference/api-filters.md"]
    for prefix, viewset, _ in router.registry:
        part = section(text, prefix)
        assert set(viewset.filterset_class.base_filters) == table_keys(part), prefix
        for field in viewset.ordering_fields:
            assert f"`{field}`" in part.split("**Ordering**")[1].split("\n")[0], (prefix, field)


def test_the_api_filters_page_documents_exactly_what_the_schema_says_each_list_takes(generated):
    text = generated["reference/api-filters.md"]
    common = table_keys(section(text, "Common parameters"))
    assert common == COMMON
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for prefix, _, _ in router.registry:
        documented = {parameter["name"] for parameter in schema["paths"][f"/api/{prefix}/"]["get"]["parameters"]}
        # `format` is content negotiation: taken everywhere, not declared (CSV has its own operations).
        assert table_keys(section(text, prefix)) | common == documented | {"format"}, prefix


def test_the_csv_page_has_every_resource_with_its_columns_in_order(generated):
    text = generated["reference/csv-columns.md"]
    listed = re.findall(r"^\| \[([a-z-]+)\]\(#", section(text, "Resources"), re.MULTILINE)
    assert listed == list(RESOURCES), "the resources, in import order"
    for name, resource in RESOURCES.items():
        part = section(text, name)
        assert f"Header: `{','.join(header(resource))}`" in part, name
        columns = re.findall(r"^\| `([^`]+)` \|", part.split("\n\n**`")[0], re.MULTILINE)
        assert columns == header(resource), name
        for nested in resource.nested:
            assert f"**`{resource.column_name(nested)}`**" in part, (name, nested)


def test_the_commands_page_has_every_command_and_every_option(generated):
    text = generated["reference/commands.md"]
    common = hook().common_options()
    for name, app in get_commands().items():
        if app != "adoption":
            continue
        part = text.split(f"### {name}\n")[1].split("\n### ")[0]
        parser = load_command_class(app, name).create_parser("manage.py", name)
        for action in parser._actions:
            if action.dest in common:
                continue
            names = action.option_strings or [action.metavar or action.dest]
            assert all(f"`{option}`" in part for option in names), (name, names)


def test_the_make_targets_page_has_every_documented_target(generated):
    targets = re.findall(r"^([a-z][a-z-]*):[^=\n]*## ", (ROOT / "Makefile").read_text(), re.MULTILINE)
    text = generated["reference/make-targets.md"]
    assert targets and all(f"`make {target}`" in text for target in targets)


def test_the_settings_page_names_every_variable_the_scripts_read(generated):
    text = generated["reference/settings.md"]
    for name in ("HOST", "PORT", "DEMO", "BIND", "WEB_WORKERS", "LOAD_SECONDS", "BENCH_DEPLOYMENTS", "FUZZ_EXAMPLES"):
        assert f"`{name}`" in text, name


def test_the_data_model_page_describes_every_model():
    """A model added without saying here what it is fails: the rest of the reference is generated."""
    from django.apps import apps

    text = page("explanation/data-model.md")
    for model in apps.get_app_config("adoption").get_models():
        if not hasattr(model, "instance_type"):  # not a history table
            assert f"**{model.__name__}**" in text, model.__name__


# Make and the site -------------------------------------------------------------------------


def test_make_test_builds_the_site_strictly_and_the_site_is_not_committed():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^test:[^#\n]*\bdocs\b", makefile, re.MULTILINE)
    recipe = re.search(r"^docs:.*\n\t(.+)", makefile, re.MULTILINE).group(1)
    assert "mkdocs build --strict" in recipe and "--site-dir site" in recipe
    assert re.search(r"^\.PHONY:.*\bdocs\b", makefile, re.MULTILINE), "docs/ exists: the target must be phony"
    assert "site/" in (ROOT / ".gitignore").read_text().split()
    config = (ROOT / "mkdocs.yml").read_text()
    assert "font: false" in config and "docs/hooks/reference.py" in config


# Hand-written claims that could drift --------------------------------------------------------


def all_docs() -> str:
    return "\n".join(path.read_text() for path in [ROOT / "README.md", *PAGES])


def test_every_make_target_the_docs_name_exists():
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    named = set(re.findall(r"`(?:[A-Z_]+=\S+ )*make ([a-z][a-z-]*)", all_docs()))
    assert named and named <= targets, named - targets


def test_every_command_the_docs_run_exists():
    named = set(re.findall(r"manage\.py ([a-z_]+)", all_docs()))
    assert named and named <= set(get_commands()), named - set(get_commands())


def known_parameters() -> dict[str, set[str]]:
    known: dict[str, set[str]] = {}
    for prefix, viewset, _ in router.registry:
        assert issubclass(viewset, RecordViewSet) and viewset.filterset_class is not None
        known[prefix] = set(viewset.filterset_class.base_filters) | COMMON
    filters = set().union(*(set(kind.filterset.base_filters) for kind in reports.KINDS.values()))
    known["reports/adoption"] = {*reports.REPORT_PARAMETERS, *filters}
    return known


# The examples of a typo answered with "Did you mean ...?".
DELIBERATE_TYPOS = {"custmer", "kindd"}


def test_every_query_parameter_in_the_docs_examples_exists():
    known = known_parameters()
    examples = re.findall(r"/api/([a-z-]+(?:/adoption)?)/\?([^\s'\"`)>]+)", all_docs())
    assert len(examples) > 20
    for resource, query in examples:
        for pair in query.split("&"):
            name = pair.split("=")[0]
            if name in DELIBERATE_TYPOS:
                continue
            assert name in known[resource], f"/api/{resource}/?{query}: {name}"


def test_every_environment_variable_the_docs_name_is_read_by_the_code():
    code = "\n".join(
        path.read_text()
        for pattern in ("config/**/*.py", "adoption/**/*.py", "scripts/*", "Makefile", "manage.py")
        for path in ROOT.glob(pattern)
        if path.is_file()
    )
    text = all_docs()
    named = set(re.findall(r"`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:=[^`]*)?`", text))
    assert "DATABASE_URL" in named
    assert {name for name in named if name not in code} == set()


def test_the_import_order_the_docs_give_is_the_import_order():
    text = flat(page("how-to/import-export-csv.md"))
    listed = re.search(r"in this order, so that each finds what it refers to: ([^.]+)\.", text).group(1)
    assert [name.strip() for name in listed.split(",")] == list(RESOURCES)
    loop = re.search(r"for r in ([a-z \\\n-]+); do", page("how-to/import-export-csv.md")).group(1)
    assert loop.replace("\\", " ").split() == list(RESOURCES)


def test_the_admin_import_reason_is_the_one_the_docs_give():
    source = (ROOT / "adoption" / "admin" / "csv.py").read_text()
    reason = re.search(r'reason="([^"]+)"', source).group(1)
    assert f'"{reason}"' in flat(page("how-to/import-export-csv.md"))


def test_the_csv_header_limits_are_the_ones_the_docs_give():
    text = flat(page("how-to/import-export-csv.md"))
    words = {5: "five", 20: "20"}
    assert f"the first {words[csv_import.NAMED_COLUMNS]}, then how many more" in text
    assert f"more than {words[csv_import.EXTRA_COLUMNS]} columns beyond the resource's own" in text


def test_the_page_sizes_are_the_ones_the_docs_give():
    from adoption.api.pagination import LimitOffsetPagination as Pagination

    text = flat(page("how-to/query-the-api.md"))
    assert f"Pages hold {Pagination.default_limit} records; ask for up to {Pagination.max_limit}" in text


def test_the_report_dimensions_are_the_ones_the_reference_gives():
    rows = re.findall(r"^\| `([a-z_]+)` \|", section(page("reference/reports.md"), "Dimensions"), re.MULTILINE)
    assert rows == list(reports.DIMENSIONS)
    for name, dimension in reports.DIMENSIONS.items():
        row = re.search(rf"^\| `{name}` \|(.*)$", section(page("reference/reports.md"), "Dimensions"), re.MULTILINE)
        row = row.group(1)
        for kind, column in (("deployments", 1), ("responses", 2)):
            applies = "does not apply" not in row.split("|")[column - 1]
            assert applies == (kind in dimension.keys), (name, kind)


def test_the_limits_and_rates_are_the_ones_the_docs_give():
    from config.settings import base

    rates = base.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    api = flat(page("reference/http-api.md"))
    assert f"| anonymous clients | {rates['anon'].replace('/minute', ' requests a minute')} |" in api
    assert f"| signed-in clients | {rates['user'].replace('/minute', ' requests a minute')} |" in api
    assert f"| {rates['login'].replace('/minute', ' a minute')} | `LOGIN_THROTTLE` |" in api
    assert settings.API_MAX_BODY_BYTES == 1024 * 1024 and "(1 MiB)" in api
    assert f"`API_MAX_JSON_DEPTH` ({settings.API_MAX_JSON_DEPTH})" in api


def test_the_timeline_is_the_one_the_docs_give():
    from adoption.dashboard import charts as dashboard

    text = flat(page("reference/dashboard.md"))
    assert f"of the latest {dashboard.TIMELINE_EVENTS} market events" in text
    assert f"the {['one', 'two', 'three', 'four', 'five'][dashboard.TIMELINE_MAX_CUTS - 1]} longest" in text


def test_the_lint_rules_are_the_ones_the_docs_give():
    import tomllib

    rules = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["lint"]["select"]
    assert f"lint rules `{' '.join(rules)}`" in flat(page("how-to/run-tests.md"))


def test_the_settings_page_lists_every_variable_of_the_settings_table(generated):
    """config.settings.env.SETTINGS is the source: each variable once, with its default."""
    from config.settings.env import SETTINGS

    text = generated["reference/settings.md"]
    for setting in SETTINGS:
        assert text.count(f"| `{setting.name}` |") == 1, setting.name
        if setting.default:
            assert f"| `{setting.default}` |" in text, setting.name
