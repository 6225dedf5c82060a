"""Colour arithmetic for the tests of what readers see: WCAG's relative luminance and contrast ratio."""

import re


def channels(colour: str) -> list[float]:
    """A "#rrggbb" colour, or a computed "rgb(r, g, b)" one, as three channels from 0 to 1."""
    if colour.startswith("#"):
        return [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    return [int(value) / 255 for value in re.findall(r"\d+", colour)[:3]]


def luminance(colour: str) -> float:
    """WCAG's relative luminance."""
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(ground: str, paint: str, opacity: float) -> str:
    """`paint` at `opacity` over `ground`, as "#rrggbb"."""
    mixed = [round(255 * (g + (p - g) * opacity)) for g, p in zip(channels(ground), channels(paint), strict=True)]
    return "#" + "".join(f"{value:02x}" for value in mixed)
