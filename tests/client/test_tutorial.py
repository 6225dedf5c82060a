"""docs/tutorial/python-client.md runs, cell after cell, against a live `make run` server, and each cell
prints what the tutorial shows after it (`...` standing for ids, times and counts of demo data)."""

import contextlib
import doctest
import io
import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.any_database]
TUTORIAL = Path(__file__).resolve().parents[2] / "docs" / "tutorial" / "python-client.md"
# A ```python cell, and the ```text block right after it, if any: what it prints.
CELL = re.compile(r"```python\n(?P<code>.*?)```\n(?:\n```text\n(?P<output>.*?)```\n)?", re.DOTALL)
CHECKER = doctest.OutputChecker()
FLAGS = doctest.ELLIPSIS


def cells(text: str) -> list[tuple[str, str | None]]:
    return [(match["code"], match["output"]) for match in CELL.finditer(text)]


def test_the_tutorial_has_cells_with_their_output():
    found = cells(TUTORIAL.read_text())
    assert len(found) >= 10 and all(output is not None for _, output in found)


def test_the_tutorial_runs_and_prints_what_it_shows(live, monkeypatch):
    monkeypatch.setenv("ADOPTION_URL", live.url)
    monkeypatch.setenv("ADOPTION_PASSWORD", live.password)
    namespace: dict = {"__name__": "tutorial"}
    for number, (code, expected) in enumerate(cells(TUTORIAL.read_text()), start=1):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"{TUTORIAL.name}, cell {number}", "exec"), namespace)  # noqa: S102 - our own docs
        if expected is not None:
            assert CHECKER.check_output(expected, printed.getvalue(), FLAGS), (
                f"cell {number} printed:\n{printed.getvalue()}\nthe tutorial shows:\n{expected}"
            )
