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

This module is the view and its cache; the queries are selectors.dashboard, the drawing
charts.py.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from ..selectors import dashboard as queries
from ..selectors.reports import Report
from . import charts

CACHE_KEY = "adoption:dashboard"  # one rendering per variant: CACHE_KEY:real and CACHE_KEY:with-demo
POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'"


def cache_key(include_demo: bool) -> str:
    return f"{CACHE_KEY}:{'with-demo' if include_demo else 'real'}"


def render_dashboard(include_demo: bool = False) -> str:
    """The dashboard page, computed afresh: of real records only, or with demo data too."""

    def report(group_by: str) -> Report:
        return queries.public_report(charts.report_query(group_by, include_demo))

    context = {
        "totals": queries.totals(include_demo),
        "include_demo": include_demo,
        "charts": [
            charts.adoption_by_hypervisor(report("hypervisor"), include_demo),
            charts.stage_funnel(report("stage"), include_demo),
            charts.guest_mix_by_hypervisor(report(charts.GUEST_MIX), include_demo),
        ],
        "timeline": charts.market_timeline(queries.latest_events(charts.TIMELINE_EVENTS)),
        "width": charts.WIDTH,
        "dot": charts.DOT,
        "label_x": charts.LABEL_WIDTH - 8,
    }
    return render_to_string("adoption/dashboard.html", context)


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    demo = request.GET.getlist("synthetic")
    if demo not in ([], [charts.INCLUDE_DEMO]):
        return HttpResponseBadRequest(
            f"synthetic: use synthetic={charts.INCLUDE_DEMO} to count demo data too, "
            "or leave it out for real data only.",
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
