"""Claims in the README that the code could drift from, checked against the code."""

import re
from pathlib import Path

from django.conf import settings

from adoption.registry import RESOURCES

README = (Path(settings.BASE_DIR) / "README.md").read_text()


def test_the_order_for_moving_records_between_databases_is_the_import_order():
    paragraph = README[README.index("**Moving records between databases.**") :]
    listed = re.search(r"in this order, so that each finds what it refers\s+to: ([^.]+)\.", paragraph).group(1)
    assert [name.strip() for name in listed.split(",")] == list(RESOURCES)


def test_the_admin_import_reason_is_the_one_the_readme_gives():
    source = (Path(settings.BASE_DIR) / "adoption" / "admin" / "csv.py").read_text()
    reason = re.search(r'reason="([^"]+)"', source).group(1)
    assert f'"{reason}"' in " ".join(README.split())
