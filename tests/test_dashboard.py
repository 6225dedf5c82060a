"""The dashboard at `/`: public, read-only, linked to its data, naming no respondent, in fixed queries."""

import datetime
import html as htmllib
import re

import pytest
from django.core.cache import cache
from django.test import Client

from adoption.dashboard import cache_key, charts
from adoption.models import Deployment, MarketEvent, Organization, Survey, SurveyResponse
from adoption.services.demo_data import generate_demo_data
from tests.factories import MarketEventFactory

pytestmark = pytest.mark.django_db


def test_the_dashboard_is_public_and_links_every_chart_to_its_data(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "<script" not in html, "nothing to run: the charts are SVG drawn on the server"
    for title in ("Adoption by hypervisor", "Stage funnel", "Guest OS mix by hypervisor", "Market events"):
        assert title in html
    links = set(re.findall(r'href="(/api/[^"]+)"', html.replace("&amp;", "&")))
    for query in ("group_by=hypervisor", "group_by=stage", "group_by=hypervisor%2Cguest_os_family"):
        assert f"/api/reports/adoption/?{query}" in links
        assert f"/api/reports/adoption/?{query}&format=csv" in links
    assert "/api/events/?format=csv" in links
    for link in links:
        assert client.get(link).status_code == 200, link


def test_demo_data_is_counted_apart(client, demo, seeded):
    html = client.get("/?synthetic=include").content.decode()
    assert "Includes made-up demo data: 60 synthetic case studies and 40 synthetic survey responses" in html
    generate_demo_data(deployments=0, responses=0)
    assert "made-up demo data" not in client.get("/").content.decode()


def totals(html: str) -> list[int]:
    (line,) = re.findall(r'<p class="totals">(.*?)</p>', html, re.S)
    return [int(n.replace(",", "")) for n in re.findall(r"<strong>([\d,]+)</strong>", line)]


def test_the_dashboard_counts_real_data_only_unless_asked_and_says_which(client, demo):
    real = client.get("/").content.decode()
    real_counts = [
        Deployment.objects.filter(synthetic=False).count(),
        SurveyResponse.objects.filter(synthetic=False).count(),
    ]
    assert totals(real)[:2] == real_counts
    assert "Real data only: 60 synthetic case studies and 40 synthetic survey responses of made-up demo data" in real
    assert 'href="/?synthetic=include"' in real, "one click shows demo data too"
    links = [link.replace("&amp;", "&") for link in re.findall(r'href="(/api/[^"]+)"', real)]
    assert all("synthetic=include" not in link for link in links)
    assert all("synthetic=false" in link for link in links if link.startswith("/api/deployments/?"))

    both = client.get("/?synthetic=include").content.decode()
    assert totals(both)[:2] == [Deployment.objects.count(), SurveyResponse.objects.count()]
    assert "Real and demo data together." in both and 'href="/">Show real data only' in both
    links = [link.replace("&amp;", "&") for link in re.findall(r'href="(/api/[^"]+)"', both)]
    assert all("synthetic=include" in link for link in links if link.startswith("/api/reports/"))
    assert all("synthetic" not in link for link in links if link.startswith("/api/deployments/?"))
    for link in links:
        assert client.get(link).status_code == 200, link


def test_an_unknown_synthetic_value_is_a_400(client, demo):
    response = client.get("/", {"synthetic": "true"})
    assert response.status_code == 400
    assert "synthetic=include" in response.content.decode()


def test_the_dashboard_is_read_only(client, demo):
    assert client.post("/").status_code == 405


def test_the_dashboard_never_names_a_respondent(client, django_user_model, demo):
    secret = Organization.objects.create(slug="secretive-corp", name="Secretive Corp")
    survey = Survey.objects.get(slug="synthetic-survey")
    survey.responses.update(respondent=secret)
    superuser = django_user_model.objects.create_superuser("boss", password="unused-password-3")
    anonymous, boss = Client(), Client()
    boss.force_login(superuser)
    for viewer in (anonymous, boss):
        html = viewer.get("/").content.decode()
        assert "Secretive" not in html and "secretive-corp" not in html


def test_small_survey_cells_are_withheld_and_said_to_be(client, seeded, settings):
    settings.ADOPTION_REPORT_MIN_COUNT = 5
    html = client.get("/").content.decode()
    assert "small survey cells withheld" in html, "the seeded test survey has one response"


def test_the_dashboard_takes_the_same_queries_for_more_data(client, demo, django_assert_num_queries):
    generate_demo_data(deployments=100, responses=200, seed=4)  # a survey large enough to be weighted
    client.get("/")
    with django_assert_num_queries(23) as first:
        client.get("/")
    with django_assert_num_queries(34) as with_demo:  # more charts drawn (the demo survey's waves)
        client.get("/?synthetic=include")
    generate_demo_data(deployments=400, responses=800, seed=4)
    with django_assert_num_queries(len(first.captured_queries)):
        client.get("/")
    with django_assert_num_queries(len(with_demo.captured_queries)):
        client.get("/?synthetic=include")


def test_one_rendering_serves_everyone_for_the_cache_time(client, demo, settings, django_assert_num_queries):
    settings.DASHBOARD_CACHE_SECONDS = 60
    cache.delete_many([cache_key(False), cache_key(True)])
    first = client.get("/")
    with_demo = client.get("/?synthetic=include")
    assert with_demo.content != first.content, "each variant is cached apart"
    assert "max-age=60" in first["Cache-Control"]
    generate_demo_data(deployments=5, responses=0, seed=5)
    with django_assert_num_queries(0):
        again = client.get("/")
    assert again.content == first.content, "figures may be up to DASHBOARD_CACHE_SECONDS old"
    with django_assert_num_queries(0):
        assert client.get("/?synthetic=include").content == with_demo.content
    cache.delete(cache_key(True))
    assert client.get("/?synthetic=include").content != with_demo.content
    cache.delete_many([cache_key(False), cache_key(True)])


def timeline(client, drawn: str = "wide") -> str:
    """The timeline's section, with its drawing for a wide screen only (or, `drawn="narrow"`, for a phone)."""
    page = client.get("/").content.decode()
    section = page[page.index('<section class="chart" id="timeline"') :].split("</section>")[0]
    other = "narrow" if drawn == "wide" else "wide"
    return re.sub(rf'<svg class="{other}".*?</svg>', "", section, flags=re.S)


def dots(section: str) -> dict[str, dict]:
    """The timeline's dots by their title: where each is drawn and where it leads."""
    found = re.findall(
        r'<a href="([^"]+)" tabindex="-1"><circle cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>([^<]+)</title></circle></a>',
        section,
    )
    return {htmllib.unescape(title): {"href": href, "x": float(x), "y": float(y)} for href, x, y, title in found}


def dot(section: str, event: MarketEvent) -> dict:
    (found,) = [value for title, value in dots(section).items() if event.title in title]
    return {**found, "title": next(title for title in dots(section) if event.title in title)}


def test_the_timeline_prints_dates_at_their_precision(client, seeded):
    section = timeline(client)
    roadmap = MarketEvent.objects.get(slug="rhel5-paravirtualized-windows-drivers-2007")
    assert roadmap.date_precision == "month"
    assert dot(section, roadmap)["title"].startswith("2007-08: ")
    assert '<time datetime="2007-08">2007-08</time>' in section
    assert '<time datetime="2007-08-14">2007-08-14</time>' in section, "a day stays a day"
    assert "2007-08-01" not in section and "2007-07-01" not in section, "no month printed as its first day"


def test_events_on_one_date_each_get_a_dot_of_their_own(client, seeded):
    same_day = MarketEvent.objects.filter(kind="market-commentary", date=datetime.date(2007, 8, 1))
    assert same_day.count() == 2
    section = timeline(client)
    one, other = (dot(section, event) for event in same_day)
    assert (one["x"], one["y"]) != (other["x"], other["y"])
    assert abs(one["x"] - other["x"]) >= 10 or abs(one["y"] - other["y"]) >= 10, "no overlap: r is 5"
    for event, drawn in zip(same_day, (one, other), strict=True):
        assert drawn["href"] == f"/api/events/{event.pk}/"
        assert event.title in drawn["title"]
    drawn = list(dots(section).values())
    assert len(drawn) == MarketEvent.objects.count()
    for index, a in enumerate(drawn):
        for b in drawn[index + 1 :]:
            assert (a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2 >= 10**2, "no dot hides another"


def test_one_far_off_event_does_not_squeeze_the_busy_period(client, seeded):
    MarketEventFactory(
        slug="far-off-2003",
        title="An event years before the rest",
        date=datetime.date(2003, 5, 20),
        organization=Organization.objects.get(slug="xensource"),
    )
    section = timeline(client)
    first = dot(section, MarketEvent.objects.get(slug="xensource-not-seeking-buyer-2007"))  # 2007-07
    last = dot(section, MarketEvent.objects.get(slug="vmware-ipo-2007"))  # 2007-08-14
    far = dot(section, MarketEvent.objects.get(slug="far-off-2003"))
    assert far["x"] < first["x"]
    assert last["x"] - first["x"] >= 300, "six busy weeks keep most of the 700 px width"
    (width,) = re.findall(r'<svg class="wide"[^>]* viewBox="0 0 (\d+) ', section)
    assert all(0 < drawn["x"] < int(width) for drawn in dots(section).values())
    assert "2003" in re.findall(r'<text class="tick"[^>]*>([^<]+)</text>', section), "the far-off year is labelled"


def test_a_phone_gets_every_dot_of_the_timeline_in_its_own_width(client, seeded):
    wide, narrow = dots(timeline(client)), dots(timeline(client, "narrow"))
    assert len(wide) == MarketEvent.objects.count() and narrow.keys() == wide.keys()
    assert all(narrow[title]["href"] == wide[title]["href"] for title in wide)
    (width,) = re.findall(r'<svg class="narrow"[^>]* viewBox="0 0 (\d+) ', timeline(client, "narrow"))
    assert int(width) < 400 and all(0 < drawn["x"] < int(width) for drawn in narrow.values())


def test_the_timeline_lists_every_event_it_draws_in_a_table(client, seeded):
    section = timeline(client)
    (table,) = re.findall(r"<table>.*?</table>", section, re.S)
    assert "<caption" in table
    assert table.count('<th scope="col">') == 4
    rows = re.findall(
        r"<tr><td>(.*?)</td><td>(.*?)</td><th scope=\"row\"><a href=\"([^\"]+)\">(.*?)</a></th><td>(.*?)</td></tr>",
        table,
    )
    drawn = dots(section)
    assert len(rows) == len(drawn) == MarketEvent.objects.count()
    assert {href for _, _, href, _, _ in rows} == {value["href"] for value in drawn.values()}
    rumour = MarketEvent.objects.get(slug="citrix-xen-acquisition-rumour-2007")
    (row,) = [row for row in rows if row[2] == f"/api/events/{rumour.pk}/"]
    assert re.sub(r"<[^>]+>", "", row[0]) == "2007-08-10"
    assert row[1] == "Acquisition rumour"
    assert htmllib.unescape(row[3]) == rumour.title
    assert "Citrix" in row[4] and "XenSource" in row[4]


@pytest.mark.parametrize(
    "query, named",
    [
        ("?colour=red", "Unknown parameter colour"),
        ("?as_of=2007-13-01", "as_of: a date"),
        ("?known_on=tomorrow", "known_on: Enter a date or a date and time"),
        ("?reached=everywhere", "reached: one of"),
        ("?period=week", "period: one of"),
        ("?as_of=2007-01-01&as_of=2008-01-01", "as_of: give it once"),
    ],
)
def test_a_picker_value_the_page_cannot_draw_is_a_400_that_says_which(client, seeded, query, named):
    response = client.get(f"/{query}")
    assert response.status_code == 400
    assert named in response.content.decode()


def test_the_pickers_are_a_plain_form_each_variant_cached_apart(client, seeded, settings):
    settings.DASHBOARD_CACHE_SECONDS = 60
    cache.clear()
    page = client.get("/")
    html = page.content.decode()
    assert "form-action 'self'" in page["Content-Security-Policy"]
    for field in ("as_of", "known_on", "reached", "period"):
        assert f'<label for="{field}">' in html and f'name="{field}"' in html
    # Blank pickers, as a form sends them, are the default view.
    assert client.get("/?as_of=&known_on=&reached=production&period=year").content == page.content
    dated = client.get("/?as_of=2007-08-01").content.decode()
    assert dated != html and "on 2007-08-01: case studies only" in dated
    assert cache.get(cache_key(False)) == html
    cache.clear()


def test_the_survey_waves_of_the_latest_series_are_drawn_with_their_intervals(client, settings):
    from adoption.choices import Stage
    from tests.factories import SurveyFactory, SurveyResponseFactory, WeightingRunFactory

    settings.ADOPTION_REPORT_MIN_COUNT = 5
    assert "No survey series to draw" in client.get("/").content.decode()
    waves = [SurveyFactory(series="panel", fielded_from=f"{year}-03-01", slug=f"panel-{year}") for year in (2008, 2009)]
    for wave, production in zip(waves, (12, 28), strict=True):
        for number in range(40):
            stage = Stage.PRODUCTION if number < production else Stage.PILOT
            SurveyResponseFactory(survey=wave, stage=stage, weight=1.0)
    html = client.get("/").content.decode()
    assert "in the series panel" in html and "weighted" not in html.split("Survey waves")[1].split("</p>")[0]
    # Wave 2's production share, 28 of 40, with its Wilson interval (55%-82%); a change of +40 points.
    assert "70% (55%–82%)" in html and "+40% (significant)" in html
    assert html.count('class="interval"') == 2 * 4, "on each of the two bars per stage, drawn wide and narrow"
    for wave in waves:
        WeightingRunFactory(survey=wave, received=40)
    assert "weighted to the survey&#x27;s population" in client.get("/").content.decode()


@pytest.mark.parametrize("width, left", [(charts.WIDTH, charts.TIMELINE_PLOT_LEFT), (charts.NARROW_WIDTH, 28)])
def test_a_time_axis_with_many_quiet_gaps_stays_in_order_and_on_the_drawing(width, left):
    dates = [datetime.date(2000 + 2 * n, 1, 1) for n in range(8)]  # seven quiet gaps of two years
    right = width - charts.TIMELINE_MARGIN
    axis = charts.TimeAxis(dates, left, right)
    xs = [axis.x(day) for day in dates]
    assert xs == sorted(xs) and left <= xs[0] and xs[-1] <= right, "left to right, within the axis"
    assert all(x1 - x0 >= charts.TIMELINE_MIN_RUN - 0.1 for x0, x1 in axis.lines), "no stretch squeezed to nothing"
    assert 0 < len(axis.breaks) <= charts.TIMELINE_MAX_CUTS
    assert all(
        0 <= tick["x"] - 3.5 * len(tick["label"]) and tick["x"] + 3.5 * len(tick["label"]) <= width
        for tick in axis.ticks()
    )
