"""The dashboard in a real browser: every chart drawn, no console error, nothing fetched from elsewhere."""

import pytest

from adoption.models import Deployment, MarketEvent

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_the_dashboard_draws_its_charts_locally_without_errors(page, demo):
    # Demo data included: the real records of the seeds alone are too few to draw every chart.
    response = page.goto("/?synthetic=include")
    assert response.status == 200
    titles = page.locator("section.chart h2").all_inner_texts()
    assert titles == ["Adoption by hypervisor", "Stage funnel", "Guest OS mix by hypervisor", "Market events"]
    for section in page.locator("section.chart").all():
        assert section.locator("svg[role=img]").count() == 1
        box = section.locator("svg[role=img]").bounding_box()
        assert box["width"] > 300 and box["height"] > 20, "each chart is drawn at a readable size"
        assert section.locator("svg[role=img] rect, svg[role=img] circle").count() > 0
    assert page.locator("#chart-1 rect.bar").count() >= 5, "a bar per hypervisor"
    assert "case studies" in page.locator(".totals").inner_text()
    assert f"{Deployment.objects.count():,}" in page.locator(".totals").inner_text()

    csv_link = page.locator("#chart-2 .links a", has_text="CSV").get_attribute("href")
    assert csv_link == "/api/reports/adoption/?group_by=stage&synthetic=include&format=csv"
    assert page.request.get(csv_link).text().startswith("stage,stage_label,")
    page.locator("#chart-1 svg a").first.click()
    page.wait_for_url("**/api/deployments/?hypervisor=*")

    assert page.watched.console_errors == []
    assert page.watched.outside_requests == []


def test_every_event_on_the_timeline_can_be_seen_and_followed(page, seeded):
    page.goto("/")
    dots = page.locator("#timeline svg[role=img] a circle")
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
        dot = page.locator("#timeline svg a", has=page.locator("title", has_text=event.title))
        assert dot.locator("title").text_content().startswith("2007-08: ")
        dot.click()
        page.wait_for_url(f"**/api/events/{event.pk}/")
        page.go_back()
    assert page.watched.console_errors == []
