"""The admin as an analyst uses it: pages render, search and filters answer, forms save or explain."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from adoption.admin import TrackedAdmin
from adoption.models import (
    Deployment,
    Hypervisor,
    MarketEvent,
    Metric,
    OperatingSystem,
    Organization,
    Purpose,
    Source,
    Unit,
)

pytestmark = pytest.mark.django_db

# The records analysts enter (API tokens have an admin of their own, to list and revoke).
ADOPTION_MODELS = sorted(
    (model for model, model_admin in admin.site._registry.items() if isinstance(model_admin, TrackedAdmin)),
    key=lambda m: m.__name__,
)


def url(model, view: str, *args) -> str:
    return reverse(f"admin:adoption_{model._meta.model_name}_{view}", args=args)


def changelist_rows(response) -> list[str]:
    """The first column (the link text) of each changelist row."""
    return re.findall(r'<th class="field-[a-z_]+"><a href="[^"]+">([^<]+)</a></th>', response.content.decode())


@pytest.mark.parametrize("model", ADOPTION_MODELS, ids=lambda m: m.__name__)
def test_every_changelist_add_change_and_history_page_renders(admin_client, seeded, model):
    obj = model.objects.first()
    assert obj is not None, f"the seeds and vocabulary give at least one {model.__name__}"
    for page in (
        url(model, "changelist"),
        url(model, "add"),
        url(model, "change", obj.pk),
        url(model, "history", obj.pk),
    ):
        response = admin_client.get(page)
        assert response.status_code == 200, page


def test_the_deployment_list_shows_a_case_at_a_glance(admin_client, seeded):
    body = admin_client.get(url(Deployment, "changelist")).content.decode()
    for column in ("Customer", "Hypervisor", "Host OS", "Guests", "Stage", "Reported"):
        assert f">{column}<" in body
    assert "Casio Computer" in body
    assert "Red Hat Enterprise Linux 5" in body
    assert "Windows Server" in body
    assert "week of 2007-08-06" in body


def test_the_deployment_list_runs_a_fixed_number_of_queries(admin_client, seeded, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        admin_client.get(url(Deployment, "changelist"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Casio", ["casio-xen-sles-2007"]),
        ("Casio Computer Co., Ltd.", ["casio-xen-sles-2007"]),  # an alias, not the name
        ("Red Hat Enterprise", ["swisscom-xen-rhel5-2007"]),
        ("Xen", ["casio-xen-sles-2007", "swisscom-xen-rhel5-2007"]),
        ("Hyper-V", []),
    ],
)
def test_deployment_search_finds_customers_by_any_alias(admin_client, seeded, query, expected):
    response = admin_client.get(url(Deployment, "changelist"), {"q": query})
    assert sorted(changelist_rows(response)) == expected


def test_organization_search_finds_an_alias(admin_client, seeded):
    response = admin_client.get(url(Organization, "changelist"), {"q": "NetApp"})
    assert changelist_rows(response) == ["Network Appliance"]


def test_autocomplete_finds_an_organization_by_alias(admin_client, seeded):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "SUSE", "app_label": "adoption", "model_name": "deployment", "field_name": "customer"},
    )
    assert [result["text"] for result in response.json()["results"]] == ["Novell"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"stage__exact": "production"}, ["casio-xen-sles-2007", "swisscom-xen-rhel5-2007"]),
        ({"stage__exact": "pilot"}, []),
        ({"guests__operating_system__family__exact": "windows"}, ["casio-xen-sles-2007"]),
        ({"customer__country": "CH"}, ["swisscom-xen-rhel5-2007"]),
        ({"reported_on__year": "2007"}, ["casio-xen-sles-2007", "swisscom-xen-rhel5-2007"]),
    ],
)
def test_deployment_filters_answer(admin_client, seeded, params, expected):
    response = admin_client.get(url(Deployment, "changelist"), params)
    assert response.status_code == 200
    assert sorted(changelist_rows(response)) == expected


def test_filters_by_related_record(admin_client, seeded):
    industry = Organization.objects.get(slug="casio-computer").industry
    by_industry = admin_client.get(url(Deployment, "changelist"), {"customer__industry__id__exact": industry.pk})
    assert changelist_rows(by_industry) == ["casio-xen-sles-2007"]
    host = OperatingSystem.objects.get(slug="rhel")
    hypervisor_id = Deployment.objects.get(reference="casio-xen-sles-2007").hypervisor_id
    by_host = admin_client.get(url(Deployment, "changelist"), {"host_os__id__exact": host.pk})
    by_hypervisor = admin_client.get(url(Deployment, "changelist"), {"hypervisor__id__exact": hypervisor_id})
    assert changelist_rows(by_host) == ["swisscom-xen-rhel5-2007"]
    assert len(changelist_rows(by_hypervisor)) == 2


def test_an_organization_links_to_the_records_that_use_it(admin_client, seeded):
    red_hat = Organization.objects.get(slug="red-hat")
    body = admin_client.get(url(Organization, "change", red_hat.pk)).content.decode()
    supplier_link = f"{url(Deployment, 'changelist')}?supplier__id__exact={red_hat.pk}"
    assert f'<a href="{supplier_link}">Deployments as supplier (1)</a>' in body
    assert "Market events about it (2)" in body
    linked = admin_client.get(supplier_link)
    assert changelist_rows(linked) == ["swisscom-xen-rhel5-2007"]


def test_a_source_links_to_the_records_that_cite_it(admin_client, seeded):
    article = Source.objects.get(slug="computing-2007-08-14-vmware-ipo-xensource-rumours")
    body = admin_client.get(url(Source, "change", article.pk)).content.decode()
    assert "Deployments (2)" in body
    assert "Market events (6)" in body
    linked = admin_client.get(url(MarketEvent, "changelist"), {"citations__source__id__exact": article.pk})
    assert linked.status_code == 200
    assert len(changelist_rows(linked)) == 6


def deployment_form(**overrides) -> dict:
    """POST data for the deployment add form, with its guest and citation inlines."""
    customer = Organization.objects.get(slug="casio-computer")
    data = {
        "reference": "casio-vmware-esx-2008",
        "customer": customer.pk,
        "purposes": [Purpose.objects.get(slug="server-consolidation").pk],
        "hypervisor": Hypervisor.objects.get(slug="vmware-esx-server").pk,
        "hypervisor_version": "3.5",
        "host_os": "",
        "host_os_version": "",
        "host_count": "4",
        "vm_count": "40",
        "reported_on": "2008-03-12",
        "reported_precision": "month",
        "summary": "A test case entered through the admin.",
        "guests-TOTAL_FORMS": "2",
        "guests-INITIAL_FORMS": "0",
        "guests-MIN_NUM_FORMS": "0",
        "guests-MAX_NUM_FORMS": "1000",
        "guests-0-operating_system": OperatingSystem.objects.get(slug="windows-server").pk,
        "guests-0-version": "2003",
        "guests-0-mode": "hardware-assisted",
        "guests-0-vm_count": "30",
        "guests-1-operating_system": OperatingSystem.objects.get(slug="rhel").pk,
        "guests-1-version": "4",
        "guests-1-mode": "paravirtualized",
        "guests-1-vm_count": "10",
        "citations-TOTAL_FORMS": "1",
        "citations-INITIAL_FORMS": "0",
        "citations-MIN_NUM_FORMS": "1",
        "citations-MAX_NUM_FORMS": "1000",
        "citations-0-source": Source.objects.get(slug="computing-2007-08-14-vmware-ipo-xensource-rumours").pk,
        "citations-0-locator": "paragraph 9",
        "citations-0-note": "Test citation.",
        "stages-TOTAL_FORMS": "1",
        "stages-INITIAL_FORMS": "0",
        "stages-MIN_NUM_FORMS": "0",
        "stages-MAX_NUM_FORMS": "1000",
        "stages-0-stage": "evaluating",
        "stages-0-held_from": "2008-03-12",
        "stages-0-held_from_precision": "month",
        "stages-0-source": Source.objects.get(slug="computing-2007-08-14-vmware-ipo-xensource-rumours").pk,
        "stages-0-locator": "paragraph 9",
        "stages-0-note": "",
    }
    data.update(overrides)
    return data


def test_an_analyst_adds_a_deployment_with_guests_and_a_citation(admin_client, seeded):
    response = admin_client.post(url(Deployment, "add"), deployment_form())

    assert response.status_code == 302, response.context["errors"] if response.context else response
    deployment = Deployment.objects.get(reference="casio-vmware-esx-2008")
    assert deployment.reported_display == "2008-03"
    guests = [(g.operating_system.slug, g.version, g.mode, g.vm_count) for g in deployment.guests.all()]
    assert guests == [("windows-server", "2003", "hardware-assisted", 30), ("rhel", "4", "paravirtualized", 10)]
    assert deployment.citations.get().locator == "paragraph 9"
    assert deployment.history.first().history_user.username == "admin"


def change_form_data(page) -> dict:
    """The POST data of an admin change page as it was served: the form, its inlines, their management forms."""
    data = {}
    for form in [
        page.context["adminform"].form,
        *(f for fs in page.context["inline_admin_formsets"] for f in fs.formset),
    ]:
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            key = form.add_prefix(name)
            if isinstance(value, list):
                data[key] = [getattr(item, "pk", item) for item in value]
            elif value is not None:
                data[key] = getattr(value, "pk", value)
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management.initial[name]
    return data


def form_errors(response) -> str:
    """Every error the admin page shows, as text."""
    return " ".join(re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S))


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"reference": "casio-xen-sles-2007"}, "Deployment with this Reference already exists."),
        ({"guests-0-operating_system": ""}, "This field is required."),
        ({"vm_count": "-1"}, "Ensure this value is greater than or equal to 0."),
        ({"guests-1-vm_count": "-2"}, "Ensure this value is greater than or equal to 0."),
        ({"host_os_version": "5"}, "A host OS version needs a host OS: choose the host OS too."),
        ({"citations-0-source": "", "citations-0-locator": "", "citations-0-note": ""}, "needs at least one citation"),
        (
            {
                "guests-1-operating_system": "",
                "guests-1-version": "",
                "guests-1-mode": "",
                "guests-1-vm_count": "",
                "guests-0-version": "2003",
                "guests-TOTAL_FORMS": "1",
                "stages-0-stage": "everywhere",
            },
            "Select a valid choice.",
        ),
        (
            {"guests-1-operating_system": "", "guests-1-mode": "hardware-assisted", "guests-1-version": "2003"},
            "This field is required.",
        ),
    ],
)
def test_bad_entries_come_back_as_form_errors_and_save_nothing(admin_client, seeded, overrides, error):
    before = Deployment.objects.count()
    response = admin_client.post(url(Deployment, "add"), deployment_form(**overrides))
    assert response.status_code == 200
    assert error in form_errors(response)
    assert Deployment.objects.count() == before


def test_duplicate_guests_in_one_form_are_a_form_error(admin_client, seeded):
    windows = OperatingSystem.objects.get(slug="windows-server").pk
    response = admin_client.post(
        url(Deployment, "add"),
        deployment_form(**{"guests-1-operating_system": windows, "guests-1-version": "2003"}),
    )
    assert response.status_code == 200
    assert "Please correct the duplicate data" in form_errors(response)


def test_the_reference_cannot_be_edited_once_saved(admin_client, seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    body = admin_client.get(url(Deployment, "change", casio.pk)).content.decode()
    assert 'name="reference"' not in body
    assert "casio-xen-sles-2007" in body


EMPTY_INLINE = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}


def test_an_event_figure_with_a_made_up_currency_is_a_form_error(admin_client, seeded):
    event = MarketEvent.objects.get(slug="vmware-ipo-2007")
    page = admin_client.get(url(MarketEvent, "change", event.pk))
    form = page.context["adminform"].form
    data = {
        name: form.initial.get(name, "") for name in ("title", "slug", "kind", "status", "date_precision", "summary")
    }
    data.update(
        date="2007-08-14",
        organization=event.organization_id,
        **{
            "figures-TOTAL_FORMS": "1",
            "figures-INITIAL_FORMS": "0",
            "figures-MIN_NUM_FORMS": "0",
            "figures-MAX_NUM_FORMS": "1000",
            "figures-0-metric": Metric.objects.get(slug="deal-value").pk,
            "figures-0-qualifier": "exact",
            "figures-0-amount": "100",
            "figures-0-unit": Unit.objects.get(slug="money").pk,
            "figures-0-currency": "DOLLARS",
            "figures-0-as_of_precision": "day",
            **{f"{inline}-{key}": value for inline in ("parties", "links") for key, value in EMPTY_INLINE.items()},
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
            "citations-MIN_NUM_FORMS": "1",
            "citations-MAX_NUM_FORMS": "1000",
        },
    )
    response = admin_client.post(url(MarketEvent, "change", event.pk), data)
    errors = form_errors(response)
    assert "Select a valid choice. DOLLARS is not one of the available choices." in errors
    assert "needs at least one citation" in errors
    assert event.figures.count() == 3


def test_deleting_the_last_citation_is_refused(admin_client, seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    data = change_form_data(admin_client.get(url(Deployment, "change", casio.pk)))
    data["citations-0-DELETE"] = "on"
    data["reported_on"] = "2007-08-06"

    response = admin_client.post(url(Deployment, "change", casio.pk), data)

    assert response.status_code == 200
    assert "needs at least one citation" in form_errors(response)
    assert casio.citations.count() == 1


@pytest.mark.parametrize("model", ADOPTION_MODELS, ids=lambda m: m.__name__)
def test_every_filtered_list_a_change_page_links_to_answers(admin_client, seeded, model):
    # Lists take only the filters they offer (admin_lookups.py): the admin's own links must be among them.
    for obj in model.objects.all()[:3]:
        body = admin_client.get(url(model, "change", obj.pk)).content.decode()
        for link in re.findall(r'href="(/admin/adoption/[a-z]+/\?[^"]+)"', body):
            link = link.replace("&amp;", "&")
            assert admin_client.get(link).status_code == 200, link


def test_a_save_that_loses_a_race_for_a_unique_slug_is_a_form_error(admin_client, seeded, monkeypatch):
    taken = Organization.objects.get(slug="red-hat")
    validate_unique = Organization.validate_unique
    calls = []

    def racing(self, *args, **kwargs):
        # The first validation runs before the other writer's row exists: it finds nothing.
        calls.append(self.slug)
        if len(calls) > 1:
            validate_unique(self, *args, **kwargs)

    monkeypatch.setattr(Organization, "validate_unique", racing)
    form = {"name": "Red Hat again", "slug": taken.slug, "country": "US"}
    for inline in ("aliases", "ownerships"):
        form.update({f"{inline}-{key}": value for key, value in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0))})
    response = admin_client.post(url(Organization, "add"), form)
    assert response.status_code == 200
    assert "Organization with this Slug already exists." in response.content.decode()
    assert len(calls) == 2 and Organization.objects.filter(slug="red-hat").count() == 1
