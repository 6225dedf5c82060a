"""The accessibility gate: axe-core over every page a person uses, failing on any critical or serious
violation that tests/browser/accessibility_exceptions.toml does not list with its reason.

axe-core is the copy bundled with axe-playwright-python (pinned in requirements/dev.txt); nothing is
downloaded. The pages are worked out from the admin's registry, so a model added to the admin is checked
with no change here: its list, add form, change form, history, deleted records and CSV import, signed in as
a superuser; then a deleted record's history and the change form it is restored to, the admin index, the
dashboard at desktop and phone sizes in light and dark, and the API's documentation pages.
"""

import re
import tomllib
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse

from adoption.models import Deployment, Organization
from tests.browser.viewports import DASHBOARD_VIEWS

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
EXCEPTIONS = tomllib.loads(Path(__file__).with_name("accessibility_exceptions.toml").read_text()).get("exception", [])
GATED = ("critical", "serious")
AXE = Axe()


def violations(page, used: set[int]) -> list[str]:
    """The critical and serious violations on `page` that no exception covers, one line each."""
    found = []
    for violation in AXE.run(page).response["violations"]:
        if violation["impact"] not in GATED:
            continue
        excused = [
            index
            for index, exception in enumerate(EXCEPTIONS)
            if exception["rule"] == violation["id"] and re.search(exception["page"], page.url)
        ]
        used.update(excused)
        if not excused:
            targets = ", ".join(str(node["target"][0]) for node in violation["nodes"][:4])
            found.append(f"{page.url}: {violation['id']} ({violation['impact']}, {len(violation['nodes'])}x): "
                         f"{violation['help']}: {targets}")  # fmt: skip
    return found


def sign_in(page, live_server):
    """A superuser, signed in in `page`'s browser."""
    user = get_user_model().objects.create_superuser("a11y", "a11y@example.org", "a-long-test-password-7")
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    return user


def admin_pages(user) -> list[str]:
    """Every admin page a person uses, for each model the admin registers (the add form where the admin
    lets anyone add: API tokens are made by their users, not here)."""
    request = RequestFactory().get("/admin/")
    request.user = user
    pages = [reverse("admin:index")]
    for model, model_admin in admin.site._registry.items():
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages.append(reverse(f"{prefix}_changelist"))
        if model_admin.has_add_permission(request):
            pages.append(reverse(f"{prefix}_add"))
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages += [reverse(f"{prefix}_change", args=[first.pk]), reverse(f"{prefix}_history", args=[first.pk])]
        for extra in ("deleted", "import_csv"):
            try:
                pages.append(reverse(f"{prefix}_{extra}"))
            except NoReverseMatch:
                continue
    return pages


def test_every_page_a_person_uses_passes_the_gate(page, live_server, demo):
    gone = Organization.objects.create(slug="a11y-gone", name="Deleted for the gate", country="CH")
    gone_pk = gone.pk
    gone.delete()
    user = sign_in(page, live_server)
    found, used = [], set()
    for path in [*admin_pages(user), reverse("admin:adoption_organization_history", args=[gone_pk])]:
        response = page.goto(path)
        assert response.status == 200, path
        found += violations(page, used)
    # Restored from its history (the last page visited): the record's change form, saying so.
    page.get_by_role("button", name="Restore it with its nested rows").click()
    page.wait_for_url(f"**{reverse('admin:adoption_organization_change', args=[gone_pk])}")
    assert "Restored" in page.locator(".messagelist").inner_text()
    found += violations(page, used)
    for width, height, scheme in DASHBOARD_VIEWS:
        page.set_viewport_size({"width": width, "height": height})
        page.emulate_media(color_scheme=scheme)
        for path in ("/", "/?synthetic=include"):
            page.goto(path)
            found += violations(page, used)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.emulate_media(color_scheme="light")
    for path in ("/api/docs/", "/api/redoc/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
        found += violations(page, used)
    # Swagger UI with a list's and a create's operation open (their parameters, examples and body), then the
    # list tried out: its request sent and its response shown.
    page.goto("/api/docs/")
    for operation in ("deployments_list", "deployments_create"):
        page.locator(f"#operations-deployments-{operation} .opblock-summary-control").click()
    page.locator(".body-param__example").wait_for()
    found += violations(page, used)
    listing = page.locator("#operations-deployments-deployments_list")
    listing.get_by_role("button", name="Try it out").click()
    listing.get_by_role("button", name="Execute").click()
    listing.locator(".live-responses-table").wait_for()
    found += violations(page, used)
    assert found == [], "\n".join(found)
    unused = [EXCEPTIONS[index] for index in range(len(EXCEPTIONS)) if index not in used]
    assert unused == [], "an exception no page needs any more: remove it"


def test_an_unlabelled_field_fails_the_gate(page, live_server, seeded):
    """The gate can fail: a field whose label is taken away is reported."""
    sign_in(page, live_server)
    page.goto(reverse("admin:adoption_deployment_add"))
    assert violations(page, set()) == []
    page.evaluate("document.querySelector('label[for=id_hypervisor_version]').remove()")
    assert any(": label (critical" in line for line in violations(page, set()))


def test_a_tabular_inline_is_a_table_on_a_desktop_and_a_card_per_row_on_a_phone(page, live_server, seeded):
    sign_in(page, live_server)
    deployment = Deployment.objects.filter(guests__isnull=False).order_by("pk").first()
    page.goto(reverse("admin:adoption_deployment_change", args=[deployment.pk]))
    guests = page.locator("#guests-group")
    assert guests.locator("thead").is_visible(), "columns on a desktop"
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert guests.evaluate("group => group.scrollWidth <= group.clientWidth"), "no row runs off the side"
    assert not guests.locator("thead").is_visible()
    guests.get_by_text("Add another guest operating system").click()
    row = guests.locator("tr.form-row.dynamic-guests").last
    cell = row.locator("td.field-vm_count")
    assert cell.is_visible() and cell.evaluate("td => getComputedStyle(td, '::before').content") == '"VM count"'
    row.get_by_label("VM count").fill("4")
    box, screen = row.get_by_label("VM count").bounding_box(), page.viewport_size
    assert 0 <= box["x"] and box["x"] + box["width"] <= screen["width"], "each field of the new row on screen"
