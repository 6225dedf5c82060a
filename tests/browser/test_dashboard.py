"""The dashboard in a real browser: every chart drawn, no console error, nothing fetched from elsewhere."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from adoption.models import Deployment, MarketEvent
from tests.browser.viewports import DASHBOARD_VIEWS
from tests.colours import luminance

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_the_dashboard_draws_its_charts_locally_without_errors(page, demo):
    # Demo data included: the real records of the seeds alone are too few to draw every chart.
    response = page.goto("/?synthetic=include")
    assert response.status == 200
    titles = page.locator("section.chart h2").all_inner_texts()
    assert titles == [
        "Adoption by hypervisor",
        "Stage funnel",
        "Guest OS mix by hypervisor",
        "Adoption curve",
        "Survey waves",
        "Market events",
    ]
    for section in page.locator("section.chart").all():
        drawing = section.locator("svg[aria-hidden=true]:visible").first
        box = drawing.bounding_box()
        assert box["width"] > 300 and box["height"] > 20, "each chart is drawn at a readable size"
        assert section.locator("svg.wide rect, svg.wide circle, svg.wide polyline").count() > 0
        assert section.locator("table caption").is_visible(), "and its data is a table"
    assert page.locator("#chart-1 svg.wide rect.bar").count() >= 5, "a bar per hypervisor"
    assert page.locator("#chart-4 svg.wide polyline").count() >= 5, "a line per hypervisor"
    # An interval across each shown share's bar (the demo's small waves withhold some cells).
    shown = page.locator("#chart-5 table td:nth-child(4)").all_inner_texts()
    assert page.locator("#chart-5 svg.wide path.interval").count() == len([text for text in shown if "–" in text]) > 0
    assert "case studies" in page.locator(".totals").inner_text()
    assert f"{Deployment.objects.count():,}" in page.locator(".totals").inner_text()

    csv_link = page.locator("#chart-2 .links a", has_text="CSV").get_attribute("href")
    assert csv_link == "/api/reports/adoption/?group_by=stage&synthetic=include&format=csv"
    assert page.request.get(csv_link).text().startswith("stage,stage_label,")
    page.locator("#chart-1 table a").first.click()
    page.wait_for_url("**/api/deployments/?hypervisor=*")

    assert page.watched.console_errors == []
    assert page.watched.outside_requests == []


def test_the_pickers_redraw_every_chart_as_of_a_date(page, demo):
    page.goto("/?synthetic=include")
    funnel_now = page.locator("#chart-2 table").inner_text()
    page.get_by_label("As of").fill("2006-06-30")
    page.get_by_label("Curve: at or past").select_option("pilot")
    page.get_by_label("by", exact=True).select_option("quarter")
    page.get_by_role("button", name="Redraw").click()
    page.wait_for_url("**/?as_of=2006-06-30*")
    assert "synthetic=include" in page.url, "the demo data choice is kept"
    assert page.get_by_label("As of").input_value() == "2006-06-30"
    assert page.locator("#chart-2 table").inner_text() != funnel_now
    assert "on 2006-06-30" in page.locator("#chart-2 .description").inner_text()
    periods = page.locator("#chart-4 table tbody th").all_inner_texts()
    assert periods[-1] == "2006-Q2", "the curve stops at the date picked"
    assert "at or past pilot" in page.locator("#chart-4 .description").inner_text()
    # The table's counts are the report's, for the same date.
    report = page.request.get("/api/reports/adoption/?group_by=stage&synthetic=include&as_of=2006-06-30").json()
    rows = dict(
        (row.locator("th").inner_text(), int(row.locator("td").first.inner_text().replace(",", "")))
        for row in page.locator("#chart-2 table tbody tr").all()
    )
    assert rows == {cell["stage_label"]: cell["n"] for cell in report["cells"] if cell["n"]}

    page.get_by_label("As the database stood on").fill("2030-01-01T00:00")
    page.get_by_role("button", name="Redraw").click()
    page.wait_for_url("**known_on=2030-01-01T00%3A00*")
    assert "Not drawn for the date or moment picked" in page.locator("#chart-3 .description").inner_text()
    page.get_by_role("link", name="Today, as now").click()
    page.wait_for_url("**/?synthetic=include")
    assert page.watched.console_errors == []


@pytest.mark.parametrize("width, height, scheme", DASHBOARD_VIEWS)
def test_the_dashboard_reflows_follows_the_colour_scheme_and_passes_axe(page, demo, width, height, scheme):
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(color_scheme=scheme)
    page.goto("/?synthetic=include")
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "nothing runs off the side"
    for drawing in page.locator("section.chart > svg:visible").all():
        assert drawing.bounding_box()["width"] <= width - 32, "each chart shrinks to the window"
    # Every text of the drawings stays legible: on a phone each chart is drawn for a phone.
    sizes = page.locator("section.chart > svg:visible text").evaluate_all(
        "texts => texts.map(text => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a)"
    )
    assert len(sizes) > 50 and min(sizes) >= 10, "no text under 10 px"
    backgrounds = [
        luminance(page.evaluate(f"getComputedStyle(document.querySelector('{selector}')).backgroundColor"))
        for selector in ("body", "section.chart", ".data thead th")
    ]
    assert all(value < 0.05 for value in backgrounds) if scheme == "dark" else all(value > 0.8 for value in backgrounds)
    results = Axe().run(page)
    serious = [
        f"{violation['id']} ({violation['impact']}): {violation['help']}, "
        + ", ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == []


TARGETS = """() => {
  const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, [tabindex="0"]')];
  return targets.filter(element => element.getClientRects().length).map(element => {
    const box = element.getBoundingClientRect();
    const paragraph = element.tagName === 'A' && element.closest('p');
    let words = '';
    if (paragraph) {
      const copy = paragraph.cloneNode(true);
      copy.querySelectorAll('a').forEach(link => link.remove());
      words = copy.textContent.trim();
    }
    return {
      text: (element.textContent || element.name || element.id).trim().slice(0, 40), href: element.getAttribute('href'),
      drawn: Boolean(element.closest('svg')), width: box.width, height: box.height, sentence: words.length > 40,
    };
  });
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_every_target_is_24_px_or_has_a_24_px_equivalent(page, demo, width):
    """WCAG 2.5.8: each control outside the drawings is at least 24 x 24 px, except links within a sentence;
    each link drawn in a chart (a bar, a segment, a dot: too small on a phone) goes where a link in the
    chart's table goes, the equivalent control."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/?synthetic=include")
    targets = page.evaluate(TARGETS)
    controls = [target for target in targets if not target["drawn"]]
    small = [target for target in controls if not target["sentence"] and min(target["width"], target["height"]) < 24]
    assert small == []
    drawn = {target["href"] for target in targets if target["drawn"]}
    assert len(drawn) > 20, "bars, segments and dots link to what they count"
    assert drawn <= {target["href"] for target in controls if not target["sentence"]}


def test_a_keyboard_skips_to_the_charts_and_to_each_charts_data(page, demo):
    page.goto("/?synthetic=include")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the charts"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to the data of “Adoption by hypervisor”"
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "shown when it has the focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "chart-1-data"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#chart-1-data') !== null"), "then into its table's links"
    skips = page.locator("a.skip-data")
    assert skips.count() == page.locator("section.chart .data").count() == 6, "one per chart with data"
    for link in skips.all():
        assert page.locator(link.get_attribute("href")).count() == 1


def test_an_unlabelled_picker_is_caught_by_the_accessibility_check(page, demo):
    """The check can fail: strip a picker's label and axe names it."""
    page.goto("/?synthetic=include")
    page.evaluate("document.querySelector('label[for=as_of]').remove()")
    results = Axe().run(page)
    assert "label" in {violation["id"] for violation in results.response["violations"]}


def test_every_event_on_the_timeline_can_be_seen_and_followed(page, seeded):
    page.goto("/")
    dots = page.locator("#timeline svg.wide a circle")
    boxes = [dot.bounding_box() for dot in dots.all()]
    assert len(boxes) == MarketEvent.objects.count()
    for index, one in enumerate(boxes):
        for other in boxes[index + 1 :]:
            apart = abs(one["x"] - other["x"]) >= one["width"] or abs(one["y"] - other["y"]) >= one["height"]
            assert apart, "no dot hides another"
    rows = page.locator("#timeline table tbody tr")
    assert rows.count() == len(boxes)
    assert page.locator("#timeline table caption").is_visible()
    roadmap = MarketEvent.objects.get(slug="rhel5-paravirtualized-windows-drivers-2007")
    assert rows.filter(has_text=roadmap.title).locator("td").first.inner_text() == "2007-08"

    commentary = MarketEvent.objects.filter(kind="market-commentary", date="2007-08-01").order_by("slug")
    for event in commentary:
        dot = page.locator("#timeline svg.wide a", has=page.locator("title", has_text=event.title))
        assert dot.locator("title").text_content().startswith("2007-08: ")
        dot.click()
        page.wait_for_url(f"**/api/events/{event.pk}/")
        page.go_back()
    assert page.watched.console_errors == []
