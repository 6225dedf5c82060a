"""The README is the newcomer's page: what the project is, the two commands, and where to
read on. Everything else lives in the documentation site (tests/test_docs.py)."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
README = (ROOT / "README.md").read_text()


def test_the_readme_is_short():
    assert len(README.splitlines()) <= 160


def test_the_readme_gives_the_two_commands_as_the_contract_says():
    assert "make run    # set up and serve on http://127.0.0.1:8000 (HOST=... PORT=... to change)" in README
    assert "make test   # the whole test suite on a throwaway PostgreSQL, and on SQLite" in README
    two = README[README.index("## Two commands") : README.index("## Where to read on")]
    for claim in ("**`make run`**", "**`make test`**", "prints it, once", "never quietly skips the database tests"):
        assert claim in " ".join(two.split()), claim


def test_the_readme_says_where_to_read_on_and_its_links_work():
    assert "make docs" in README and "](docs/index.md)" in README
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    local = [link for link in links if not link.startswith(("http://", "https://"))]
    assert local, "the README links into docs/"
    missing = [link for link in local if not (ROOT / link).exists()]
    assert missing == [], "the README links to generated pages only the built site has, or to nothing"


def test_the_readme_names_no_make_target_that_does_not_exist():
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    named = set(re.findall(r"(?:`|^)make ([a-z][a-z-]*)", README, re.MULTILINE))
    assert {"run", "test", "docs"} <= named
    assert named <= targets, named - targets
