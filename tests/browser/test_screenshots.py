"""The dashboard's screenshots in the docs, at a phone's width and a desktop's, light and dark.

`make screenshots` takes them into docs/images/ (SCREENSHOTS_TO names the folder); every run of the suite
takes them again into a scratch folder, so the way they are made keeps working, and checks that the docs
show each one at the size it is taken.
"""

import os
import struct
from pathlib import Path

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "docs" / "images"
PAGE = ROOT / "docs" / "reference" / "dashboard.md"
VIEWS = [(390, 844, "light"), (390, 844, "dark"), (1280, 900, "light"), (1280, 900, "dark")]


def png_size(path: Path) -> tuple[int, int]:
    """A PNG's width and height, from its header."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_the_docs_show_the_dashboard_on_a_phone_and_a_desktop_light_and_dark(page, demo, tmp_path):
    folder = Path(os.environ.get("SCREENSHOTS_TO") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    docs = PAGE.read_text()
    for width, height, scheme in VIEWS:
        page.set_viewport_size({"width": width, "height": height})
        page.emulate_media(color_scheme=scheme)
        page.goto("/?synthetic=include")
        name = f"dashboard-{width}-{scheme}.png"
        page.screenshot(path=folder / name)
        assert png_size(folder / name) == (width, height)
        assert f"](../images/{name})" in docs, f"{PAGE.name} shows {name}"
        assert png_size(IMAGES / name) == (width, height), f"docs/images/{name}: make screenshots"
