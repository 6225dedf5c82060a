"""An analyst's day in the admin, in a real browser: enter a case study, find it, export it."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission

from adoption.models import Deployment, Organization

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
PASSWORD = "a-long-test-password-7"  # noqa: S105 (a throwaway account of this test)


@pytest.fixture
def analyst(django_user_model, seeded):
    user = django_user_model.objects.create_user("analyst", password=PASSWORD, is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    customer = Organization.objects.create(name="Acme Hosting", slug="acme-hosting", country="GB")
    customer.aliases.create(name="Roadrunner Cloud")
    return user


def choose(page, select_id: str, typed: str, option: str) -> None:
    """Pick `option` in an autocomplete box after typing `typed`, as a person does."""
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=option).first.click()


def test_an_analyst_enters_a_case_study_finds_it_by_alias_and_exports_it(page, analyst):
    page.goto("/admin/login/")
    page.fill("#id_username", "analyst")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")

    page.goto("/admin/adoption/deployment/add/")
    page.fill("#id_reference", "acme-xen-2008")
    choose(page, "id_customer", "Acme", "Acme Hosting")
    choose(page, "id_hypervisor", "Xen", "Xen")
    page.fill("#id_hypervisor_version", "3.1")
    choose(page, "id_host_os", "Red Hat", "Red Hat Enterprise Linux")
    page.fill("#id_reported_on", "2008-03-01")
    page.fill("#id_summary", "Acme Hosting consolidates Windows and Linux servers onto Xen.")
    choose(page, "id_guests-0-operating_system", "Windows", "Windows Server")
    page.fill("#id_guests-0-version", "2003")
    page.get_by_text("Add another guest operating system").click()
    choose(page, "id_guests-1-operating_system", "SUSE", "SUSE Linux Enterprise Server")
    page.fill("#id_guests-1-version", "10")
    page.select_option("#id_stages-0-stage", "production")
    page.fill("#id_stages-0-held_from", "2008-03-01")
    choose(page, "id_stages-0-source", "rocket IPO", "VMware rocket IPO")
    choose(page, "id_citations-0-source", "rocket IPO", "VMware rocket IPO")
    page.fill("#id_citations-0-locator", "paragraph 9")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    deployment = Deployment.objects.get(reference="acme-xen-2008")
    assert deployment.customer.slug == "acme-hosting" and deployment.hypervisor.slug == "xen"
    assert deployment.stage == "production", "derived from the stage history typed in its inline"
    assert sorted(deployment.guests.values_list("operating_system__slug", "version")) == [
        ("sles", "10"),
        ("windows-server", "2003"),
    ]
    assert deployment.citations.get().source.slug.startswith("computing-2007-08-14")

    page.fill("#searchbar", "Roadrunner")
    page.press("#searchbar", "Enter")
    page.wait_for_url("**/admin/adoption/deployment/?q=Roadrunner")  # not the list shown after saving
    assert page.locator("#result_list tbody tr").count() == 1
    assert "acme-xen-2008" in page.locator("#result_list").inner_text()

    with page.expect_download() as download:
        page.get_by_text("Export CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))
    assert [row["reference"] for row in rows] == ["acme-xen-2008"], "the export is the searched list"
    assert rows[0]["customer"] == "acme-hosting"
    assert "windows-server|2003" in rows[0]["guests"] and "sles|10" in rows[0]["guests"]
    assert page.watched.console_errors == []
    assert page.watched.outside_requests == []
