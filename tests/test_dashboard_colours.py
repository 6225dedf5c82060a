"""The dashboard's colours, light and dark: every mark stands out from its panel by 3:1, every text by 4.5:1
(WCAG 1.4.11 and 1.4.3), worked out from adoption/dashboard/palette.py and the custom properties of
dashboard.css, and marks that colour alone would not tell apart have a pattern too (WCAG 1.4.1)."""

import re
from pathlib import Path

import pytest

from adoption.dashboard import palette
from tests.colours import contrast, luminance, over

STYLESHEET = Path(__file__).resolve().parents[1] / "adoption" / "static" / "adoption" / "dashboard.css"


def schemes() -> dict[str, dict[str, str]]:
    """The stylesheet's custom properties in the light scheme (its first :root) and the dark one (the :root
    inside its prefers-color-scheme: dark rule, over the light one's)."""
    css = STYLESHEET.read_text()
    blocks = re.findall(r":root\s*{([^}]*)}", css)
    roots = [dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block)) for block in blocks]
    dark = css.index("prefers-color-scheme: dark")
    assert len(roots) == 2 and css.index(":root") < dark < css.rindex(":root"), "a light :root, then a dark one"
    return {"light": roots[0], "dark": {**roots[0], **roots[1]}}


SCHEMES = schemes()


def test_the_contrast_formula_matches_wcag_examples():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54  # the lightest grey that passes on white
    assert over("#ffffff", "#000000", 0.5) == "#808080" and luminance("rgb(255, 255, 255)") == 1


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("colour", palette.EVERY_COLOUR)
def test_every_mark_stands_out_from_the_panel_by_3_to_1(scheme, colour):
    assert contrast(colour, SCHEMES[scheme]["panel"]) >= 3, f"{colour} on the {scheme} panel"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("text", ["text", "muted", "link"])
@pytest.mark.parametrize("ground", ["panel", "page", "head", "banner"])
def test_every_text_is_legible_in_both_schemes(scheme, text, ground):
    colours = SCHEMES[scheme]
    assert contrast(colours[text], colours[ground]) >= 4.5, f"--{text} on --{ground}, {scheme}"


def test_axes_and_the_dark_scheme_differ_from_the_light_one():
    for scheme in SCHEMES.values():
        assert contrast(scheme["axis"], scheme["panel"]) >= 3
    assert luminance(SCHEMES["dark"]["panel"]) < luminance(SCHEMES["light"]["panel"]) / 10


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("fill", [fill for fill in palette.FAMILY_FILLS.values() if fill.hatch], ids=str)
def test_a_patterns_stripes_stand_out_from_the_panel_too(scheme, fill):
    (opacity,) = re.findall(r"\.hatch \{[^}]*stroke-opacity: ([\d.]+)", STYLESHEET.read_text())
    stripes = over(fill.colour, SCHEMES[scheme]["hatch"], float(opacity))
    assert contrast(stripes, SCHEMES[scheme]["panel"]) >= 3, f"{fill.name}'s stripes on the {scheme} panel"


def test_the_guest_families_are_told_apart_by_pattern_as_well_as_colour():
    fills = list(palette.FAMILY_FILLS.values())
    assert len({fill.colour for fill in fills}) == len(fills)
    assert len({fill.hatch for fill in fills}) == len(fills), "no two families share a pattern (one is plain)"


@pytest.mark.django_db
def test_the_page_paints_with_the_palette_and_defines_every_pattern_it_uses(client, demo):
    html = client.get("/?synthetic=include").content.decode()
    painted = set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', html))
    assert painted and painted <= set(palette.EVERY_COLOUR), "no colour outside the palette"
    used = set(re.findall(r'fill="url\(#([\w-]+)\)"', html))
    defined = set(re.findall(r'<pattern id="([\w-]+)"', html))
    assert used and used <= defined
    legend = re.search(r'<ul class="legend" aria-label="Colours">(.*?)</ul>', html, re.S).group(1)
    patterns = {f"fill-{fill.name}" for fill in palette.FAMILY_FILLS.values() if fill.hatch}
    assert set(re.findall(r'fill="url\(#([\w-]+)\)"', legend)) == patterns, "the legend shows each family's pattern"
