"""The dashboard's charts, drawn as SVG geometry (rows of bars, dots and lanes) for its template."""

import datetime
import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse

from ..choices import DatePrecision, EventKind, OSFamily, Stage
from ..dates import format_precise_date
from .palette import EVENT_COLOURS, FAMILY_FILLS, HYPERVISOR_BARS, LINE_COLOURS, LINE_DASHES, STAGE_BARS, Fill

INCLUDE_DEMO = "include"  # ?synthetic=include: real and demo data together
GUEST_MIX = "hypervisor,guest_os_family"  # what the guest mix chart groups by
LABEL_WIDTH = 190  # px left of the bars, for their names
BAR_SPACE = 420  # px the longest bar takes
ROW = 26  # px per bar
WIDTH = LABEL_WIDTH + BAR_SPACE + 90  # px of every chart
NARROW_WIDTH = 320  # px of a chart drawn for a phone (a bar chart's names and values above its bars)...
NARROW_ROW = 40  # ...and its rows
TIMELINE_EVENTS = 200  # the latest ones, drawn and listed; the list behind the chart has them all
TIMELINE_PLOT_LEFT = 175  # px left of the timeline's dots, for the names of its lanes
TIMELINE_GAP_DAYS = 365  # a longer stretch without an event is cut out of the time axis...
TIMELINE_MAX_CUTS = 5  # ...the longest few of them
TIMELINE_BREAK = 24  # px a cut takes
TIMELINE_MIN_RUN = 48  # px each stretch between cuts takes at least
TIMELINE_TICK_SPACE = 64  # px at least between the axis's labels
TIMELINE_MARGIN = 28  # px right of every time axis (half a date under the last tick), and left of the phone's
DOT = 5  # px, the radius of an event's dot
STACK_STEP = 2 * DOT + 2  # px between the centres of stacked dots (and at least between dots on one level)


CURVE = "period,hypervisor"  # what the adoption curve groups by (selectors.trends)
CURVE_STAGE = "production"  # the stage the curve counts deployments at or past, unless the reader picks another
CURVE_PERIOD = "year"
CURVE_HEIGHT = 260  # px of the curve's plot
CURVE_LEFT = 48  # px left of the plot, for the counts
CURVE_RIGHT = 170  # px right of the plot, for the hypervisors' names at the ends of their lines


@dataclass
class Table:
    """A chart's data as a table: what screen readers read, what keyboards follow, what copy-paste takes."""

    caption: str
    head: list[str]
    rows: list[list[dict]] = field(default_factory=list)  # cells: {"text", "href" (optional), "header" (bool)}


@dataclass
class Curve:
    """The adoption curve drawn at one width: a line per hypervisor, its name at the line's end, the
    horizontal rules with their counts, and the periods under the plot."""

    width: int
    plot_right: int  # px: the plot's right edge, the names right of it
    axis_y: int  # the baseline of the periods' labels
    plot_left: int = CURVE_LEFT  # px: the plot's left edge, the counts left of it
    height: int = 0
    lines: list[dict] = field(default_factory=list)  # points, colour, dash, label, end_x, end_y
    grid: list[dict] = field(default_factory=list)  # y, label
    ticks: list[dict] = field(default_factory=list)  # x, label


@dataclass
class Timeline:
    """The market events' timeline drawn at one width: a lane per kind of event, a dot per event, and the
    broken time axis under them (TimeAxis)."""

    width: int
    ticks: list[dict]  # x, label
    axis_lines: list[tuple[float, float]]  # the stretches of the axis
    breaks: list[float]  # the x of each cut between them
    dots: list[dict] = field(default_factory=list)  # cx, cy, colour, href, title
    lanes: list[dict] = field(default_factory=list)  # x, anchor, label, y, rule
    axis_y: int = 0
    height: int = 0


@dataclass
class Chart:
    """One chart: what it shows, where its data is, the SVG rows to draw and the table of its data."""

    title: str
    description: str
    links: list[tuple[str, str]]  # (text, href)
    height: int = 0
    rows: list = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (label, paint: a colour or a pattern's url)
    patterns: list[Fill] = field(default_factory=list)  # the patterns its marks and legend paint with
    note: str = ""
    latest: list[dict] = field(default_factory=list)  # the timeline's events, latest first, for its table
    timeline: Timeline | None = None  # the timeline, drawn for a wide screen...
    narrow_timeline: Timeline | None = None  # ...and for a phone
    table: Table | None = None
    curve: Curve | None = None  # the adoption curve, drawn for a wide screen...
    narrow_curve: Curve | None = None  # ...and for a phone
    slug: str = ""  # the section's id

    @property
    def narrow_rows(self) -> list[dict]:
        """The bars (or split bars) of `rows`, drawn for a phone: each row's name and value above a bar that
        may take the whole NARROW_WIDTH, so that its text stays legible at a phone's width."""
        scale = NARROW_WIDTH / BAR_SPACE

        def x(wide: float) -> float:
            return round((wide - LABEL_WIDTH) * scale, 1)

        narrow = []
        for index, row in enumerate(self.rows):
            row = {**row, "y": index * NARROW_ROW, "value_x": NARROW_WIDTH}
            if row.get("segments"):
                row["segments"] = [
                    {**segment, "x": x(segment["x"]), "width": round(segment["width"] * scale, 1)}
                    for segment in row["segments"]
                ]
            else:
                # A withheld share has no bar (width 0); any other at least a sliver.
                row.update(x=x(row["x"]), width=max(2, round(row["width"] * scale, 1)) if row["width"] else 0)
                if row.get("interval"):
                    row["interval"] = {"x1": x(row["interval"]["x1"]), "x2": x(row["interval"]["x2"])}
            narrow.append(row)
        return narrow

    @property
    def narrow_height(self) -> int:
        return max(1, len(self.rows)) * NARROW_ROW


def _report_links(query: dict) -> list[tuple[str, str]]:
    url = reverse("api:adoption-report")
    return [
        ("Report (JSON)", f"{url}?{urlencode(query)}"),
        ("CSV", f"{url}?{urlencode({**query, 'format': 'csv'})}"),
    ]


def _list_url(resource: str, options, **filters) -> str:
    """A list of the records a bar counts: real ones only unless the dashboard includes demo data, and on
    the as_of date when the dashboard is drawn as of one."""
    if not options.include_demo:
        filters["synthetic"] = "false"
    if options.as_of:
        filters["as_of"] = options.as_of.isoformat()
    return f"{reverse(f'api:{resource}-list')}?{urlencode(filters)}"


def _withheld_note(report) -> str:
    withheld = sum(cell["suppressed"] for cell in report.cells)
    return f"{withheld} small survey cells withheld to protect respondents." if withheld else ""


def _of(cell) -> str:
    """ "12 of 40 records", or "12 records" when the total is withheld."""
    return f"{cell['n']:,} of {cell['of']:,} records" if cell["of"] is not None else f"{cell['n']:,} records"


def _share(cell) -> str:
    return f"{cell['share']:.0%}" if cell["share"] is not None else "—"


def _dated(options) -> str:
    """What the charts count when the reader picked a date or a moment, in words."""
    parts = []
    if options.as_of:
        parts.append(f"each case study at its stage on {options.as_of.isoformat()}")
    if options.known_on:
        parts.append(f"as the database held them at {options.known_on}")
    return f" Drawn {' and '.join(parts)}: case studies only." if parts else ""


def _bars(report, dimension: str, colour: str, options, centred: bool = False, largest_first=False):
    cells = [cell for cell in report.cells if not cell["suppressed"] and cell["n"]]
    if largest_first:
        cells.sort(key=lambda cell: -cell["n"])
    top = max((cell["n"] for cell in cells), default=1)
    rows, table = [], []
    for index, cell in enumerate(cells):
        width = max(2, round(BAR_SPACE * cell["n"] / top))
        key = cell[dimension]
        # The list of the case studies it counts, where there are any (survey responses are listed apart).
        listed = key is not None and cell.get("deployments") and not options.known_on
        href = _list_url("deployment", options, **{dimension: key}) if listed else ""
        rows.append(
            {
                "y": index * ROW,
                "label": cell[f"{dimension}_label"],
                "x": LABEL_WIDTH + ((BAR_SPACE - width) // 2 if centred else 0),
                "width": width,
                "value": f"{cell['n']:,} ({_share(cell)})",
                "value_x": LABEL_WIDTH + (BAR_SPACE + width) // 2 + 6 if centred else LABEL_WIDTH + width + 6,
                "colour": colour,
                "href": href,
                "title": f"{cell[f'{dimension}_label']}: {_of(cell)}",
            }
        )
        table.append(
            [
                {"text": cell[f"{dimension}_label"], "header": True},
                {"text": f"{cell['n']:,}"},
                {"text": f"{cell['of']:,}" if cell["of"] is not None else "—"},
                {"text": _share(cell)},
                {"text": f"{cell.get('deployments', 0):,}", "href": href},
            ]
        )
    return rows, max(1, len(rows)) * ROW, table


def _report_chart(report, query: dict, title: str, description: str, options, **extra) -> Chart:
    """A chart of `report`, linked to it (the report for `query`)."""
    return Chart(title, description + _dated(options), _report_links(query), note=_withheld_note(report), **extra)


def _bar_chart(report, query, dimension: str, title: str, description: str, colour: str, options, **shape):
    chart = _report_chart(report, query, title, description, options, slug=f"chart-{dimension}")
    chart.rows, chart.height, rows = _bars(report, dimension, colour, options, **shape)
    label = dimension.replace("_", " ").capitalize()
    chart.table = Table(f"{title}: the data", [label, "Records", "Of", "Share", "Case studies"], rows)
    return chart


def adoption_by_hypervisor(report, options, query) -> Chart:
    return _bar_chart(
        report,
        query,
        "hypervisor",
        "Adoption by hypervisor",
        "Case studies and survey responses naming each hypervisor; a response naming two counts for both.",
        HYPERVISOR_BARS,
        options,
        largest_first=True,
    )


def stage_funnel(report, options, query) -> Chart:
    return _bar_chart(
        report,
        query,
        "stage",
        "Stage funnel",
        "How far along each case study and survey respondent is, from considering to production.",
        STAGE_BARS,
        options,
        centred=True,
    )


def guest_mix_by_hypervisor(report, options, query) -> Chart:
    """Per hypervisor, a bar split by guest OS family in proportion to the records naming each."""
    chart = _report_chart(
        report,
        query,
        "Guest OS mix by hypervisor",
        "For each hypervisor, the guest OS families its case studies and respondents virtualise, in proportion "
        "to how many name each family.",
        options,
        legend=[(label, FAMILY_FILLS[value].paint) for value, label in OSFamily.choices],
        patterns=[fill for fill in FAMILY_FILLS.values() if fill.hatch],
        slug="chart-guest-mix",
    )
    chart.table = Table(
        f"{chart.title}: the data", ["Hypervisor", "Guest OS family", "Records", "Share", "Case studies"]
    )
    groups: dict = {}
    for cell in report.cells:
        if not cell["suppressed"] and cell["n"] and cell["guest_os_family"] is not None:
            groups.setdefault((cell["hypervisor"], cell["hypervisor_label"]), []).append(cell)
    for index, ((slug, label), cells) in enumerate(groups.items()):
        mentions = sum(cell["n"] for cell in cells)
        x, segments = LABEL_WIDTH, []
        for cell in cells:
            width = BAR_SPACE * cell["n"] / mentions
            href = (
                _list_url("deployment", options, hypervisor=slug, guest_os_family=cell["guest_os_family"])
                if cell.get("deployments")
                else ""
            )
            segments.append(
                {
                    "x": round(x, 1),
                    "width": round(width, 1),
                    "colour": FAMILY_FILLS[cell["guest_os_family"]].paint,
                    "href": href,
                    "title": f"{label}, {cell['guest_os_family_label']} guests: {_of(cell)}"
                    + (f" ({cell['share']:.0%})" if cell["share"] is not None else ""),
                }
            )
            chart.table.rows.append(
                [
                    {"text": label, "header": True},
                    {"text": cell["guest_os_family_label"]},
                    {"text": f"{cell['n']:,}"},
                    {"text": _share(cell)},
                    {"text": f"{cell.get('deployments', 0):,}", "href": href},
                ]
            )
            x += width
        chart.rows.append({"y": index * ROW, "label": label, "segments": segments})
    chart.height = max(1, len(chart.rows)) * ROW
    return chart


def adoption_curve(report, options, query) -> Chart:
    """Deployments at or past a stage at the end of each period, a line per hypervisor (selectors.trends)."""
    stage = dict(Stage.choices)[options.reached].lower()
    chart = _report_chart(
        report,
        query,
        "Adoption curve",
        f"Case studies at or past {stage}, by hypervisor, at the end of each {options.period}: each counted at "
        "its stage then, from its stage history.",
        options,
        slug="chart-curve",
    )
    periods = list(dict.fromkeys(cell["period_label"] for cell in report.cells))
    names = list(dict.fromkeys(cell["hypervisor_label"] for cell in report.cells))
    counts = {(cell["period_label"], cell["hypervisor_label"]): cell["n"] for cell in report.cells}
    chart.table = Table(f"{chart.title}: case studies at or past {stage}", [options.period.capitalize(), *names])
    for period in periods:
        chart.table.rows.append(
            [{"text": period, "header": True}, *({"text": f"{counts[(period, name)]:,}"} for name in names)]
        )
    if not periods:
        return chart
    chart.curve = _curve(periods, names, counts, WIDTH, most_ticks=8)
    chart.narrow_curve = _curve(periods, names, counts, NARROW_WIDTH, most_ticks=4)
    return chart


def _curve(periods: list[str], names: list[str], counts: dict, width: int, most_ticks: int) -> Curve:
    """The adoption curve drawn `width` px wide (CURVE_RIGHT of them right of the plot, for the names at the
    lines' ends), with at most `most_ticks` periods labelled under it."""
    top = max(max(counts.values()), 1)
    step = 10 ** max(0, len(str(top)) - 1)
    top = math.ceil(top / step) * step
    plot = width - CURVE_LEFT - CURVE_RIGHT
    xs = {period: CURVE_LEFT + (plot * index / max(1, len(periods) - 1)) for index, period in enumerate(periods)}

    def y(value: int) -> float:
        return round(8 + CURVE_HEIGHT * (1 - value / top), 1)

    curve = Curve(width=width, plot_right=width - CURVE_RIGHT, axis_y=8 + CURVE_HEIGHT + 18)
    curve.grid = [{"y": y(value), "label": f"{value:,}"} for value in range(0, top + 1, max(1, top // 4))]
    every = math.ceil(len(periods) / most_ticks)
    curve.ticks = _apart(
        [{"x": round(xs[period], 1), "label": period} for index, period in enumerate(periods) if index % every == 0]
    )
    ends: list[tuple[float, str, int]] = []  # where each line ends: its y, its name, its number
    for number, name in enumerate(names):
        points = [(round(xs[period], 1), y(counts[(period, name)])) for period in periods]
        ends.append((points[-1][1], name, number))
        curve.lines.append(
            {
                "points": " ".join(f"{x},{y_}" for x, y_ in points),
                "colour": LINE_COLOURS[number % len(LINE_COLOURS)],
                "dash": LINE_DASHES[(number // len(LINE_COLOURS) + number) % len(LINE_DASHES)],
                "label": name,
                "end_x": round(xs[periods[-1]] + 6, 1),
            }
        )
    # The names at the lines' ends, pushed apart so that none covers another.
    last = -math.inf
    for end_y, _, number in sorted(ends):
        last = max(end_y, last + 13)
        curve.lines[number]["end_y"] = round(last + 4, 1)
    curve.height = max(curve.axis_y, round(last)) + 8
    return curve


def survey_waves(report, options, query) -> Chart:
    """Each wave's share of respondents at each stage, with its interval, wave after wave."""
    weighted = " weighted to the survey's population," if query.get("weighted") == "true" else ""
    chart = _report_chart(
        report,
        query,
        "Survey waves",
        f"The share of respondents at each stage,{weighted} wave by wave in the series {query['series']}. The "
        f"line across each bar is its {float(report.stated['confidence']):.0%} interval; a change marked "
        "significant is larger than chance.",
        options,
        slug="chart-waves",
    )
    waves = list(dict.fromkeys(cell["wave"] for cell in report.cells))
    chart.table = Table(
        f"{chart.title}: the data",
        ["Stage", "Wave", "Share", f"{float(report.stated['confidence']):.0%} interval", "Respondents", "Change"],
    )
    cells = sorted(report.cells, key=lambda cell: Stage.values.index(cell["stage"]) if cell["stage"] else 99)
    for index, cell in enumerate(cells):
        number = waves.index(cell["wave"]) + 1
        shown = cell["share"] is not None
        interval = f"{cell['ci_low']:.0%}–{cell['ci_high']:.0%}" if shown and cell["ci_low"] is not None else "—"
        change = "—" if cell["change"] is None else f"{cell['change']:+.0%}"
        if cell["significant"]:
            change += " (significant)"
        width = max(2, round(BAR_SPACE * cell["share"])) if shown else 0
        chart.rows.append(
            {
                "y": index * ROW,
                "label": f"{cell['stage_label']}, wave {number}",
                "x": LABEL_WIDTH,
                "width": width,
                "value": f"{_share(cell)} ({interval})" if shown else "withheld",
                "value_x": LABEL_WIDTH + BAR_SPACE + 6 if shown else LABEL_WIDTH + 6,
                "colour": LINE_COLOURS[(number - 1) % len(LINE_COLOURS)],
                "href": "",
                "title": f"{cell['stage_label']}, {cell['wave_label']}: {_share(cell)}",
                "interval": {
                    "x1": LABEL_WIDTH + round(BAR_SPACE * cell["ci_low"], 1),
                    "x2": LABEL_WIDTH + round(BAR_SPACE * cell["ci_high"], 1),
                }
                if shown and cell["ci_low"] is not None
                else None,
            }
        )
        chart.table.rows.append(
            [
                {"text": cell["stage_label"], "header": True},
                {"text": f"{number}: {cell['wave_label']}"},
                {"text": _share(cell)},
                {"text": interval},
                {"text": f"{cell['n']:,} of {cell['of']:,}" if cell["n"] is not None and cell["of"] else "—"},
                {"text": change},
            ]
        )
    chart.height = max(1, len(chart.rows)) * ROW
    return chart


def no_survey_series() -> Chart:
    return Chart(
        "Survey waves",
        "No survey series to draw: give surveys of the same population one series to compare their waves.",
        [],
        slug="chart-waves",
    )


def unavailable(draw, options, errors: dict) -> Chart:
    """A chart that cannot be drawn for the options picked (a report refused them), saying why."""
    titles = {
        adoption_curve: "Adoption curve",
        adoption_by_hypervisor: "Adoption by hypervisor",
        stage_funnel: "Stage funnel",
        guest_mix_by_hypervisor: "Guest OS mix by hypervisor",
        survey_waves: "Survey waves",
    }
    reasons = " ".join(message for messages in errors.values() for message in messages)
    return Chart(titles[draw], f"Not drawn for the date or moment picked. {reasons}", [], slug=f"chart-{draw.__name__}")


def _datetime_attribute(day: datetime.date, precision: str) -> str:
    """The machine-readable form of a date at its precision for <time datetime>; '' for a
    quarter, which HTML cannot write."""
    if precision == DatePrecision.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return "" if precision == DatePrecision.QUARTER else format_precise_date(day, precision)


def _cut_runs(dates: list[datetime.date], most: int) -> list[tuple[datetime.date, datetime.date]]:
    """The stretches of the axis to draw: the sorted `dates` split at every quiet gap longer
    than TIMELINE_GAP_DAYS (at most `most` of them, the longest)."""
    gaps = sorted(
        (index for index in range(1, len(dates)) if (dates[index] - dates[index - 1]).days > TIMELINE_GAP_DAYS),
        key=lambda index: -(dates[index] - dates[index - 1]).days,
    )
    cuts = sorted(gaps[:most])
    starts = [0, *cuts]
    ends = [*(cut - 1 for cut in cuts), len(dates) - 1]
    return [(dates[start], dates[end]) for start, end in zip(starts, ends, strict=True)]


def _month_starts(start: datetime.date, end: datetime.date, months: int):
    """The first days of every `months`-th month (counted from January) from `start` to `end`."""
    index = start.year * 12 + start.month - 1
    index += -index % months
    while (day := datetime.date(index // 12, index % 12 + 1, 1)) <= end:
        if day >= start:
            yield day
        index += months


def _apart(ticks: list[dict]) -> list[dict]:
    """Of an axis's `ticks` (x, label), left to right, those whose labels do not touch the last one kept:
    labels are centred on their tick, about 7 px a character."""
    kept: list[dict] = []
    for tick in ticks:
        if not kept or tick["x"] - kept[-1]["x"] >= 3.5 * (len(tick["label"]) + len(kept[-1]["label"])) + 10:
            kept.append(tick)
    return kept


class TimeAxis:
    """A broken time axis. Every stretch of more than TIMELINE_GAP_DAYS without an event is cut
    out and drawn as a break (two slashes) TIMELINE_BREAK px wide, so one event years away
    from the rest costs a break and a short stretch of axis, not the busy period's room.
    Within a stretch time is linear; each stretch gets TIMELINE_MIN_RUN px plus a share of
    the remaining width in proportion to the events in it, so the busy periods get the room.
    A narrow axis makes fewer cuts (TIMELINE_MAX_CUTS at most): as many as leave every stretch
    its TIMELINE_MIN_RUN."""

    def __init__(self, dates: list[datetime.date], left: float, right: float):
        self.runs = []  # (first date, last date, x of the first, x of the last)
        self.lines = []  # (x from, x to) of each stretch of the axis
        fitting = int((right - left - TIMELINE_MIN_RUN) // (TIMELINE_BREAK + TIMELINE_MIN_RUN))
        runs = _cut_runs(sorted(set(dates)), min(TIMELINE_MAX_CUTS, fitting))
        room = right - left - TIMELINE_BREAK * (len(runs) - 1) - TIMELINE_MIN_RUN * len(runs)
        x = left
        for start, end in runs:
            width = TIMELINE_MIN_RUN + room * sum(start <= day <= end for day in dates) / len(dates)
            if start == end:  # one date: at the middle of its stretch
                self.runs.append((start, end, x + width / 2, x + width / 2))
            else:
                self.runs.append((start, end, x + DOT + 1, x + width - DOT - 1))
            self.lines.append((round(x, 1), round(x + width, 1)))
            x += width + TIMELINE_BREAK
        self.breaks = [round(x1 + TIMELINE_BREAK / 2, 1) for _, x1 in self.lines[:-1]]

    def x(self, day: datetime.date) -> float:
        for start, end, x0, x1 in self.runs:
            if start <= day <= end:
                return round(x0 + (x1 - x0) * (day - start).days / max(1, (end - start).days), 1)
        raise ValueError(f"{day} lies in a cut of the axis")

    def ticks(self) -> list[dict]:
        """Labels under the axis, at the finest of months, quarters and years (or every few
        years) that leaves TIMELINE_TICK_SPACE px between them, written as dates of that
        precision ('2007-08', '2007-Q3', '2007'); a stretch too short for one is labelled with
        its year."""
        ticks: list[dict[str, Any]] = []
        for start, end, x0, x1 in self.runs:
            inside = []
            if x1 - x0 >= TIMELINE_TICK_SPACE or start.year != end.year:
                per_day = (x1 - x0) / (end - start).days
                units = ((1, DatePrecision.MONTH), (3, DatePrecision.QUARTER), (12, DatePrecision.YEAR))
                fitting = [unit for unit in units if per_day * 30.4 * unit[0] >= TIMELINE_TICK_SPACE]
                months, precision = fitting[0] if fitting else (12, DatePrecision.YEAR)
                if not fitting:  # every few years
                    months *= math.ceil(TIMELINE_TICK_SPACE / (per_day * 365.25))
                inside = [
                    (self.x(day), format_precise_date(day, precision)) for day in _month_starts(start, end, months)
                ]
            if not inside:
                inside = [(round((x0 + x1) / 2, 1), f"{start.year}")]
            ticks += [{"x": x, "label": label} for x, label in inside]
        return _apart(ticks)


def market_timeline(events: list[dict[str, Any]]) -> Chart:
    """The latest market events on a time axis (see TimeAxis), a lane per kind of event, one
    dot each; dots that would overlap in a lane are stacked, so each can be seen, hovered
    (its title) and followed (a link to the event). The same events are listed under the
    chart as a table."""
    list_url = reverse("api:marketevent-list")
    chart = Chart(
        "Market events",
        "IPOs, acquisitions and their rumours, releases and roadmaps, by date. Quiet years between events are "
        "cut out of the axis (marked //).",
        [("Events (JSON)", list_url), ("CSV", f"{list_url}?format=csv")],
        legend=[(label, EVENT_COLOURS[value]) for value, label in EventKind.choices],
    )
    if not events:
        return chart
    kinds = dict(EventKind.choices)
    for event in events:
        event["when"] = format_precise_date(event["date"], event["date_precision"])
        event["datetime"] = _datetime_attribute(event["date"], event["date_precision"])
        event["href"] = reverse("api:marketevent-detail", args=[event["pk"]])
        event["kind_label"] = kinds[event["kind"]]
        event["organizations"] = event["organization__name"] + (
            f" (counterparty: {event['counterparty__name']})" if event["counterparty__name"] else ""
        )
    chart.latest = events  # the table, latest first
    chart.timeline = _timeline(events, WIDTH, TIMELINE_PLOT_LEFT, names_above=False)
    chart.narrow_timeline = _timeline(events, NARROW_WIDTH, TIMELINE_MARGIN, names_above=True)
    return chart


def _timeline(events: list[dict[str, Any]], width: int, left: int, names_above: bool) -> Timeline:
    """The timeline drawn `width` px wide, its dots from `left` to TIMELINE_MARGIN from the right edge
    (room for half a date under the last); each lane's name left of it, or above it."""
    axis = TimeAxis([event["date"] for event in events], left, width - TIMELINE_MARGIN)
    drawing = Timeline(width=width, ticks=axis.ticks(), axis_lines=axis.lines, breaks=axis.breaks)
    top = 4
    for kind, label in EventKind.choices:
        lane = sorted(
            (event for event in events if event["kind"] == kind), key=lambda event: (event["date"], event["slug"])
        )
        if not lane:
            continue
        dots_top = top + 16 if names_above else top
        levels: list[float] = []  # the x of the last dot on each level of the lane
        for event in lane:
            x = axis.x(event["date"])
            level = next((n for n, last in enumerate(levels) if x - last >= STACK_STEP), len(levels))
            levels[level : level + 1] = [x]
            drawing.dots.append(
                {
                    "cx": x,
                    "cy": dots_top + DOT + 1 + STACK_STEP * level,
                    "colour": EVENT_COLOURS[kind],
                    "href": event["href"],
                    "title": f"{event['when']}: {event['title']} ({label}; {event['organizations']})",
                }
            )
        drawing.lanes.append(
            {
                "x": 4 if names_above else left - 12,
                "anchor": "start" if names_above else "end",
                "label": label,
                "y": top + 12 if names_above else top + DOT + 5,
                "rule": dots_top + STACK_STEP * len(levels) + 3,
            }
        )
        top = dots_top + STACK_STEP * len(levels) + 6
    drawing.axis_y = top + 18
    drawing.height = top + 24
    return drawing
