"""The public dashboard at `/`: charts drawn as SVG on the server from the adoption reports.

No script and nothing fetched from elsewhere: the page is HTML, inline SVG and one local
stylesheet, and its Content-Security-Policy lets the browser load from this server only.
Every chart links to the report (JSON and CSV) or list behind it, and each bar to the
records it counts. The figures are the public ones (computed as for an anonymous user,
so small survey cells are withheld), whoever is looking, so one rendering serves
everyone: it is cached for DASHBOARD_CACHE_SECONDS.

Demo data (records flagged `synthetic`) is left out by default: the page counts real
records only, says how many demo records it leaves out, and links to `?synthetic=include`,
which counts real and demo data together under a banner that says so. Each variant is
cached apart, and its charts link to reports and lists that count what they count.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Count
from django.http import HttpResponse, HttpResponseBadRequest, QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from .choices import EventKind, OSFamily
from .models import Deployment, MarketEvent, SurveyResponse
from .services.demo_data import SYNTHETIC_DEPLOYMENT, SYNTHETIC_RESPONSE
from .services.reports import adoption_report

CACHE_KEY = "adoption:dashboard"  # one rendering per variant: CACHE_KEY:real and CACHE_KEY:with-demo
INCLUDE_DEMO = "include"  # ?synthetic=include: real and demo data together
POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'"
LABEL_WIDTH = 190  # px left of the bars, for their names
BAR_SPACE = 420  # px the longest bar takes
ROW = 26  # px per bar
TIMELINE_EVENTS = 200  # the latest ones; the list behind the chart has them all

FAMILY_COLOURS = {
    OSFamily.LINUX: "#2a9d8f",
    OSFamily.WINDOWS: "#3a6ea5",
    OSFamily.UNIX: "#e9c46a",
    OSFamily.BSD: "#f4a261",
    OSFamily.OTHER: "#9a8c98",
    None: "#cccccc",
}
EVENT_COLOURS = {
    EventKind.IPO: "#e76f51",
    EventKind.ACQUISITION: "#264653",
    EventKind.ACQUISITION_RUMOUR: "#f4a261",
    EventKind.FUNDING: "#2a9d8f",
    EventKind.PARTNERSHIP: "#8ab17d",
    EventKind.PRODUCT_RELEASE: "#3a6ea5",
    EventKind.ROADMAP_ANNOUNCEMENT: "#6d597a",
    EventKind.ANALYST_NOTE: "#9a8c98",
    EventKind.MARKET_COMMENTARY: "#b5838d",
}


@dataclass
class Chart:
    """One chart: what it shows, where its data is, and the SVG rows to draw."""

    title: str
    description: str
    links: list[tuple[str, str]]  # (text, href)
    height: int = 0
    rows: list = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (label, colour)
    note: str = ""
    ticks: list[dict] = field(default_factory=list)  # a time axis's years
    axis_y: int = 0
    latest: list[dict] = field(default_factory=list)  # the timeline's latest events, listed


def cache_key(include_demo: bool) -> str:
    return f"{CACHE_KEY}:{'with-demo' if include_demo else 'real'}"


def _report_links(query: dict) -> list[tuple[str, str]]:
    url = reverse("api:adoption-report")
    return [
        ("Report (JSON)", f"{url}?{urlencode(query)}"),
        ("CSV", f"{url}?{urlencode({**query, 'format': 'csv'})}"),
    ]


def _report(query: dict):
    params = QueryDict(mutable=True)
    params.update(query)
    return adoption_report(params, AnonymousUser())


def _list_url(resource: str, include_demo: bool, **filters) -> str:
    """A list of the records a bar counts: real ones only unless the dashboard includes demo data."""
    if not include_demo:
        filters["synthetic"] = "false"
    return f"{reverse(f'api:{resource}-list')}?{urlencode(filters)}"


def _withheld_note(report) -> str:
    withheld = sum(cell["suppressed"] for cell in report.cells)
    return f"{withheld} small survey cells withheld to protect respondents." if withheld else ""


def _of(cell) -> str:
    """ "12 of 40 records", or "12 records" when the total is withheld."""
    return f"{cell['n']:,} of {cell['of']:,} records" if cell["of"] is not None else f"{cell['n']:,} records"


def _bars(
    report, dimension: str, colour: str, include_demo: bool, centred: bool = False, largest_first=False
) -> tuple[list[dict], int]:
    cells = [cell for cell in report.cells if not cell["suppressed"] and cell["n"]]
    if largest_first:
        cells.sort(key=lambda cell: -cell["n"])
    top = max((cell["n"] for cell in cells), default=1)
    rows = []
    for index, cell in enumerate(cells):
        width = max(2, round(BAR_SPACE * cell["n"] / top))
        share = f"{cell['share']:.0%}" if cell["share"] is not None else "—"
        key = cell[dimension]
        rows.append(
            {
                "y": index * ROW,
                "label": cell[f"{dimension}_label"],
                "x": LABEL_WIDTH + ((BAR_SPACE - width) // 2 if centred else 0),
                "width": width,
                "value": f"{cell['n']:,} ({share})",
                "value_x": LABEL_WIDTH + (BAR_SPACE + width) // 2 + 6 if centred else LABEL_WIDTH + width + 6,
                "colour": colour,
                "href": _list_url("deployment", include_demo, **{dimension: key}) if key is not None else "",
                "title": f"{cell[f'{dimension}_label']}: {_of(cell)}",
            }
        )
    return rows, max(1, len(rows)) * ROW


def _report_chart(group_by: str, title: str, description: str, include_demo: bool, **extra):
    """A chart of the report grouped by `group_by`, linked to it; and the report."""
    query = {"group_by": group_by, **({"synthetic": INCLUDE_DEMO} if include_demo else {})}
    report = _report(query)
    return Chart(title, description, _report_links(query), note=_withheld_note(report), **extra), report


def _bar_chart(dimension: str, title: str, description: str, colour: str, include_demo: bool, **options) -> Chart:
    chart, report = _report_chart(dimension, title, description, include_demo)
    chart.rows, chart.height = _bars(report, dimension, colour, include_demo, **options)
    return chart


def adoption_by_hypervisor(include_demo: bool = False) -> Chart:
    return _bar_chart(
        "hypervisor",
        "Adoption by hypervisor",
        "Case studies and survey responses naming each hypervisor; a response naming two counts for both.",
        "#3a6ea5",
        include_demo,
        largest_first=True,
    )


def stage_funnel(include_demo: bool = False) -> Chart:
    return _bar_chart(
        "stage",
        "Stage funnel",
        "How far along each case study and survey respondent is, from considering to production.",
        "#2a9d8f",
        include_demo,
        centred=True,
    )


def guest_mix_by_hypervisor(include_demo: bool = False) -> Chart:
    """Per hypervisor, a bar split by guest OS family in proportion to the records naming each."""
    chart, report = _report_chart(
        "hypervisor,guest_os_family",
        "Guest OS mix by hypervisor",
        "For each hypervisor, the guest OS families its case studies and respondents virtualise, in proportion "
        "to how many name each family.",
        include_demo,
        legend=[(label, FAMILY_COLOURS[value]) for value, label in OSFamily.choices],
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
            segments.append(
                {
                    "x": round(x, 1),
                    "width": round(width, 1),
                    "colour": FAMILY_COLOURS.get(cell["guest_os_family"], FAMILY_COLOURS[None]),
                    "href": _list_url(
                        "deployment", include_demo, hypervisor=slug, guest_os_family=cell["guest_os_family"]
                    ),
                    "title": f"{label}, {cell['guest_os_family_label']} guests: {_of(cell)}"
                    + (f" ({cell['share']:.0%})" if cell["share"] is not None else ""),
                }
            )
            x += width
        chart.rows.append({"y": index * ROW, "label": label, "segments": segments})
    chart.height = max(1, len(chart.rows)) * ROW
    return chart


def market_timeline() -> Chart:
    """The latest market events on a time axis, one dot each, coloured by kind."""
    events = list(
        MarketEvent.objects.order_by("-date", "slug").values("pk", "slug", "title", "kind", "date")[:TIMELINE_EVENTS]
    )
    events.reverse()
    list_url = reverse("api:marketevent-list")
    chart = Chart(
        "Market events",
        "IPOs, acquisitions and their rumours, releases and roadmaps, by date.",
        [("Events (JSON)", list_url), ("CSV", f"{list_url}?format=csv")],
        legend=[(label, EVENT_COLOURS[value]) for value, label in EventKind.choices],
    )
    if not events:
        return chart
    first, last = events[0]["date"], events[-1]["date"]
    span = max(1, (last - first).days)
    lanes = [value for value, _ in EventKind.choices]
    for event in events:
        chart.rows.append(
            {
                "cx": round(20 + (BAR_SPACE + LABEL_WIDTH - 40) * (event["date"] - first).days / span, 1),
                "cy": 14 + 14 * lanes.index(event["kind"]),
                "colour": EVENT_COLOURS[event["kind"]],
                "href": reverse("api:marketevent-detail", args=[event["pk"]]),
                "title": f"{event['date']:%Y-%m-%d}: {event['title']}",
            }
        )
    chart.height = 14 * len(lanes) + 30
    width = BAR_SPACE + LABEL_WIDTH - 40
    years = [first.replace(year=year, month=1, day=1) for year in range(first.year + 1, last.year + 1)]
    # The first and last dates at the ends, the years between (those not crowding an end).
    chart.ticks = [
        {"x": 10, "label": f"{first:%Y-%m-%d}", "anchor": "start"},
        {"x": 30 + width, "label": f"{last:%Y-%m-%d}", "anchor": "end"},
    ] + [
        {"x": round(20 + width * (start - first).days / span, 1), "label": start.year, "anchor": "middle"}
        for start in years
        if 60 < width * (start - first).days / span < width - 60
    ]
    chart.axis_y = chart.height - 10
    chart.latest = list(reversed(events))[:8]
    return chart


def render_dashboard(include_demo: bool = False) -> str:
    """The dashboard page, computed afresh: of real records only, or with demo data too."""
    counted = {} if include_demo else {"filter": ~SYNTHETIC_DEPLOYMENT}
    counted_responses = {} if include_demo else {"filter": ~SYNTHETIC_RESPONSE}
    context = {
        # Demo data is counted apart, so that no one takes it for the real thing.
        "totals": {
            **Deployment.objects.aggregate(
                deployments=Count("pk", **counted), synthetic_deployments=Count("pk", filter=SYNTHETIC_DEPLOYMENT)
            ),
            **SurveyResponse.objects.aggregate(
                responses=Count("pk", **counted_responses),
                synthetic_responses=Count("pk", filter=SYNTHETIC_RESPONSE),
            ),
            "events": MarketEvent.objects.count(),
        },
        "include_demo": include_demo,
        "charts": [
            adoption_by_hypervisor(include_demo),
            stage_funnel(include_demo),
            guest_mix_by_hypervisor(include_demo),
        ],
        "timeline": market_timeline(),
        "width": LABEL_WIDTH + BAR_SPACE + 90,
        "label_x": LABEL_WIDTH - 8,
    }
    return render_to_string("adoption/dashboard.html", context)


@require_safe
def dashboard(request):
    demo = request.GET.getlist("synthetic")
    if demo not in ([], [INCLUDE_DEMO]):
        return HttpResponseBadRequest(
            f"synthetic: use synthetic={INCLUDE_DEMO} to count demo data too, or leave it out for real data only.",
            content_type="text/plain; charset=utf-8",
        )
    include_demo = bool(demo)
    seconds = settings.DASHBOARD_CACHE_SECONDS
    key = cache_key(include_demo)
    html = cache.get(key) if seconds else None
    if html is None:
        html = render_dashboard(include_demo)
        if seconds:
            cache.set(key, html, seconds)
    response = HttpResponse(html)
    response["Content-Security-Policy"] = POLICY
    if seconds:
        patch_cache_control(response, public=True, max_age=seconds)
    return response
