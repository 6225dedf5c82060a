"""The dashboard in a real browser: every chart drawn, no console error, nothing fetched from elsewhere."""

import pytest

from adoption.models import Deployment

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_the_dashboard_draws_its_charts_locally_without_errors(page, demo):
    response = page.goto("/")
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
    assert csv_link == "/api/reports/adoption/?group_by=stage&format=csv"
    assert page.request.get(csv_link).text().startswith("stage,stage_label,")
    page.locator("#chart-1 svg a").first.click()
    page.wait_for_url("**/api/deployments/?hypervisor=*")

    assert page.watched.console_errors == []
    assert page.watched.outside_requests == []
