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

Pickers redraw every chart (a plain GET form, no script): `as_of` counts each case study
at the stage it had on that date, `known_on` counts them as the database held them at that
moment (from the history), `reached` and `period` shape the adoption curve. Each chart
has a data table under it, which is where its links are for keyboards and screen readers.

This module is the view and its cache; the queries are selectors.dashboard, the drawing
charts.py.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from ..choices import Stage
from ..dates import out_of_range
from ..selectors import dashboard as queries
from ..selectors.reports import ReportError, known_on_moment
from ..selectors.trends import GRANULARITIES
from . import charts

CACHE_KEY = "adoption:dashboard"  # one rendering per variant (cache_key)
POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
PARAMETERS = ("synthetic", "as_of", "known_on", "reached", "period")


@dataclass(frozen=True)
class Options:
    """What the reader asked the dashboard for (its query string, checked)."""

    include_demo: bool = False
    as_of: datetime.date | None = None
    known_on: str = ""  # as given (a date, or a date and time), checked
    reached: str = charts.CURVE_STAGE
    period: str = charts.CURVE_PERIOD

    def report_query(self, group_by: str) -> dict[str, str]:
        """The report a chart draws: `group_by`, with the demo data, date and moment asked for."""
        query = {"group_by": group_by}
        if self.include_demo:
            query["synthetic"] = charts.INCLUDE_DEMO
        if self.as_of:
            query["as_of"] = self.as_of.isoformat()
        if self.known_on:
            query["known_on"] = self.known_on
        return query

    @property
    def dated(self) -> bool:
        return bool(self.as_of or self.known_on)


def cache_key(options: "Options | bool" = False) -> str:
    """The cache entry of one variant of the page (a bool: the default view, with or without demo data)."""
    if isinstance(options, bool):
        options = Options(include_demo=options)
    key = f"{CACHE_KEY}:{'with-demo' if options.include_demo else 'real'}"
    if options != Options(include_demo=options.include_demo):
        key += f":{options.as_of}:{options.known_on}:{options.reached}:{options.period}"
    return key


def parse(query: QueryDict) -> Options:
    """The reader's options; ValueError with a sentence for anything the page cannot draw."""
    problems = [f"Unknown parameter {name}: the dashboard takes {', '.join(PARAMETERS)}." for name in query
                if name not in PARAMETERS]  # fmt: skip
    given = {}
    for name in PARAMETERS:
        values = [value.strip() for value in query.getlist(name) if value.strip()]
        if len(values) > 1:
            problems.append(f"{name}: give it once.")
        elif values:
            given[name] = values[0]
    if given.get("synthetic", charts.INCLUDE_DEMO) != charts.INCLUDE_DEMO:
        problems.append(
            f"synthetic: use synthetic={charts.INCLUDE_DEMO} to count demo data too, "
            "or leave it out for real data only."
        )
    as_of = _checked(forms.DateField(), given.get("as_of"), "as_of: a date, YYYY-MM-DD.", problems)
    if as_of is not None and (problem := out_of_range(as_of)):
        problems.append(f"as_of: {problem}")
    if "known_on" in given:
        errors: dict[str, list[str]] = {}
        known_on_moment([given["known_on"]], errors)
        problems.extend(f"known_on: {message}" for message in errors.get("known_on", []))
    if given.get("reached", charts.CURVE_STAGE) not in Stage.values:
        problems.append(f"reached: one of {', '.join(Stage.values)}.")
    if given.get("period", charts.CURVE_PERIOD) not in GRANULARITIES:
        problems.append(f"period: one of {', '.join(GRANULARITIES)}.")
    if problems:
        raise ValueError(" ".join(problems))
    return Options(
        include_demo="synthetic" in given,
        as_of=as_of,
        known_on=given.get("known_on", ""),
        reached=given.get("reached", charts.CURVE_STAGE),
        period=given.get("period", charts.CURVE_PERIOD),
    )


def _checked(field: forms.Field, value: str | None, problem: str, problems: list[str]) -> Any:
    if value is None:
        return None
    try:
        return field.clean(value)
    except ValidationError:
        problems.append(problem)
        return None


def render_dashboard(options: "Options | bool" = False) -> str:
    """The dashboard page, computed afresh for `options` (a bool: the default view, with or without demo data)."""
    if isinstance(options, bool):
        options = Options(include_demo=options)

    def chart(draw: Callable[..., charts.Chart], group_by: str, **query: str) -> charts.Chart:
        request = {**options.report_query(group_by), **query}
        try:
            return draw(queries.public_report(request), options, request)
        except ReportError as exc:
            return charts.unavailable(draw, options, exc.errors)

    drawn = [
        chart(charts.adoption_by_hypervisor, "hypervisor"),
        chart(charts.stage_funnel, "stage"),
        chart(charts.guest_mix_by_hypervisor, charts.GUEST_MIX),
        chart(charts.adoption_curve, charts.CURVE, reached=options.reached, period=options.period),
        _waves(chart, options),
    ]
    context = {
        "totals": queries.totals(options.include_demo),
        "options": options,
        "include_demo": options.include_demo,
        "stages": Stage.choices,
        "periods": list(GRANULARITIES),
        "today": timezone.localdate().isoformat(),
        "charts": drawn,
        "timeline": charts.market_timeline(queries.latest_events(charts.TIMELINE_EVENTS, options.as_of)),
        "width": charts.WIDTH,
        "narrow_width": charts.NARROW_WIDTH,
        "dot": charts.DOT,
        "label_x": charts.LABEL_WIDTH - 8,
    }
    return render_to_string("adoption/dashboard.html", context)


def _waves(chart: Callable[..., charts.Chart], options: Options) -> charts.Chart:
    """The survey waves of the series fielded last, weighted when every wave is."""
    latest = queries.latest_series(options.include_demo)
    if latest is None:
        return charts.no_survey_series()
    series, weighted = latest
    return chart(charts.survey_waves, "wave,stage", records="responses", series=series, weighted=str(weighted).lower())


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    try:
        options = parse(request.GET)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    seconds = settings.DASHBOARD_CACHE_SECONDS
    key = cache_key(options)
    html = cache.get(key) if seconds else None
    if html is None:
        html = render_dashboard(options)
        if seconds:
            cache.set(key, html, seconds)
    response = HttpResponse(html)
    response["Content-Security-Policy"] = POLICY
    if seconds:
        patch_cache_control(response, public=True, max_age=seconds)
    return response
