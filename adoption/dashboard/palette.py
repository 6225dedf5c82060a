"""The dashboard's colours and fill patterns, one palette for the light scheme and the dark one.

Every colour is of middling lightness, so each stands out from the charts' panel by at least 3:1 in both
schemes (the panel is `--panel` in dashboard.css; tests/test_dashboard_colours.py works out every contrast). Where
colour alone would tell marks apart, something else does too: the guest OS mix gives each family its own
pattern, the adoption curve gives each line its own dash and writes its name at its end, the timeline puts
each kind of event in its own lane, and the survey waves name the wave on each bar.
"""

from dataclasses import dataclass

from ..choices import EventKind, OSFamily

BLUE = "#3d7cc9"
TEAL = "#1f8a80"
OCHRE = "#a8771a"
ORANGE = "#c8602a"
PURPLE = "#8a63b8"
RED = "#c94a4a"
GREEN = "#4c8c3a"
PINK = "#b8558a"
GREY = "#7a7a7a"


@dataclass(frozen=True)
class Fill:
    """A colour with a pattern drawn over it (an SVG path in an 8 x 8 tile; "" for none), named for its
    <pattern> element's id."""

    name: str
    colour: str
    hatch: str = ""

    @property
    def paint(self) -> str:
        """The value of a `fill` attribute that paints with it."""
        return f"url(#fill-{self.name})" if self.hatch else self.colour


# By choice value (the enums are str): a report cell and a choice give the plain value. The hatching is drawn
# in --hatch (dashboard.css): dark on the light scheme's panel, light on the dark one's.
FAMILY_FILLS: dict[str, Fill] = {
    OSFamily.LINUX: Fill("linux", TEAL),
    OSFamily.WINDOWS: Fill("windows", BLUE, "M-2 2l4-4M0 8l8-8M6 10l4-4"),  # rising stripes
    OSFamily.UNIX: Fill("unix", PURPLE, "M1 2h2M5 6h2"),  # dots
    OSFamily.BSD: Fill("bsd", OCHRE, "M0 0l8 8M8 0l-8 8"),  # cross-hatch
    OSFamily.OTHER: Fill("other", GREY, "M0 2h8M0 6h8"),  # rows
}
EVENT_COLOURS: dict[str, str] = {
    EventKind.IPO: RED,
    EventKind.ACQUISITION: BLUE,
    EventKind.ACQUISITION_RUMOUR: ORANGE,
    EventKind.FUNDING: TEAL,
    EventKind.PARTNERSHIP: GREEN,
    EventKind.PRODUCT_RELEASE: PURPLE,
    EventKind.ROADMAP_ANNOUNCEMENT: OCHRE,
    EventKind.ANALYST_NOTE: GREY,
    EventKind.MARKET_COMMENTARY: PINK,
}
# The curve's lines and the survey waves' bars, in turn; neighbours differ in hue.
LINE_COLOURS = [BLUE, ORANGE, TEAL, PURPLE, OCHRE, PINK, GREEN, GREY]
LINE_DASHES = ["", "6 3", "2 3", "8 3 2 3"]
HYPERVISOR_BARS = BLUE
STAGE_BARS = TEAL

EVERY_COLOUR = sorted(
    {
        *(fill.colour for fill in FAMILY_FILLS.values()),
        *EVENT_COLOURS.values(),
        *LINE_COLOURS,
        HYPERVISOR_BARS,
        STAGE_BARS,
    }
)
