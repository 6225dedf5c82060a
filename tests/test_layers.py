"""The app's layers: each module imports only from layers below its own, or its own package.

models   the data and its rules
registry what each resource is (and the helpers it stands on)
filters  the query parameters a list takes, usable by reads and writes alike
selectors reads: lists, reports, timelines, the dashboard, deleted records
services writes: imports, seeds, restore, demo data, nested rows
entry points: the API, the admin, the dashboard, the commands (none imports another)
"""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "adoption"

# Each top-level module or package of the app, by layer (lowest first).
LAYERS = [
    {"paths", "batches", "ids", "choices", "currencies", "dates", "csv_codec", "fixtures_json", "stats"},
    {"audit", "limits"},
    {"models", "confidential"},
    {"registry"},
    {"filters"},
    {"selectors"},
    {"services"},
    {"api", "admin", "dashboard", "management", "apps"},
]
RANK = {area: rank for rank, areas in enumerate(LAYERS) for area in areas}


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The adoption modules `path` imports, absolute."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
                if node.module:
                    found.add(target)
                else:
                    found.update(f"{target}.{alias.name}" for alias in node.names)
            elif node.module and node.module.startswith("adoption"):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("adoption"))
    return found


def area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = sorted(path for path in APP.rglob("*.py") if "migrations" not in path.parts)


def test_every_area_has_a_layer():
    assert {area(module_name(path)) for path in MODULES} - {""} <= set(RANK)


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(APP)))
def test_no_import_runs_up_or_across_the_entry_points(path):
    own = area(module_name(path))
    if not own:
        return
    wrong = sorted(
        target
        for target in imports(path)
        if area(target)
        and area(target) != own
        and (RANK[area(target)] > RANK[own] or RANK[area(target)] == RANK[own] == len(LAYERS) - 1)
    )
    assert wrong == [], f"{module_name(path)} imports from a layer above it (or another entry point)"


def test_the_architecture_page_names_every_area_in_its_layer():
    page = (APP.parent / "docs" / "explanation" / "architecture.md").read_text()
    rows = [line for line in page.splitlines() if line.startswith("| ") and not line.startswith("| layer")]
    for areas, row in zip(LAYERS, rows[1:], strict=True):
        for area_name in areas:
            assert f"`{area_name}" in row, (area_name, row)
