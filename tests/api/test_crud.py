"""Create, read, replace, update and delete every resource, as an editor with a token."""

import pytest

from adoption.models import Deployment, MarketEvent, Organization

from .conftest import ARTICLE, RESOURCES, detail_url, list_url, new_record

pytestmark = pytest.mark.django_db

# A text field of each resource that a PATCH can change.
# A field to PATCH, and a valid new value for it.
PATCH = {
    "organizations": ("name", "Patched"),
    "hypervisors": ("name", "Patched"),
    "operating-systems": ("name", "Patched"),
    "products": ("version", "4.1"),
    "sources": ("title", "Patched"),
    "deployments": ("summary", "Patched"),
    "events": ("title", "Patched"),
    "ownerships": ("note", "Patched"),
    "surveys": ("title", "Patched"),
    "survey-questions": ("text", "Patched?"),
    "survey-responses": ("linux_years", 7),
}


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_resource_goes_through_create_read_update_delete(editor, seeded, resource):
    body = new_record(resource)

    created = editor.post(list_url(resource), body, format="json")
    assert created.status_code == 201, created.json()
    record = created.json()
    assert record["url"].endswith(detail_url(resource, record["id"]))

    read = editor.get(detail_url(resource, record["id"]))
    assert read.status_code == 200
    assert read.json() == record

    replaced = editor.put(detail_url(resource, record["id"]), body, format="json")
    assert replaced.status_code == 200, replaced.json()

    name, value = PATCH[resource]
    patched = editor.patch(detail_url(resource, record["id"]), {name: value}, format="json")
    assert patched.status_code == 200, patched.json()
    assert patched.json()[name] == value
    assert editor.get(detail_url(resource, record["id"])).json()[name] == value

    deleted = editor.delete(detail_url(resource, record["id"]))
    assert deleted.status_code == 204
    assert editor.get(detail_url(resource, record["id"])).status_code == 404


def test_a_deployment_is_created_with_its_guests_and_citations_in_one_request(editor, seeded, editor_user):
    response = editor.post(list_url("deployments"), new_record("deployments"), format="json")

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["customer"]["slug"] == "casio-computer"
    assert body["supplier"]["name"] == "Red Hat"
    assert body["reported_on"] == "2008-02-11" and body["reported"] == "week of 2008-02-11"
    assert [(g["operating_system"]["slug"], g["mode"], g["vm_count"]) for g in body["guests"]] == [
        ("windows-server", "hardware-assisted", 20),
        ("rhel", "paravirtualized", 10),
    ]
    assert body["citations"][0]["source"]["slug"] == ARTICLE
    deployment = Deployment.objects.get(reference="acme-xen-rhel5-2008")
    assert deployment.history.first().history_user == editor_user


def test_relations_can_be_given_by_id_slug_or_object(editor, seeded):
    xen = editor.get(list_url("hypervisors"), {"q": "xen"})
    xen_id = next(h["id"] for h in xen.json()["results"] if h["slug"] == "xen")
    for value in (xen_id, "xen", {"id": xen_id}, {"slug": "xen"}):
        body = {**new_record("deployments"), "reference": f"acme-{abs(hash(str(value)))}", "hypervisor": value}
        response = editor.post(list_url("deployments"), body, format="json")
        assert response.status_code == 201, (value, response.json())
        assert response.json()["hypervisor"]["slug"] == "xen"


def test_put_replaces_nested_rows_and_patch_without_them_keeps_them(editor, seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    record = editor.get(detail_url("deployments", casio.pk)).json()

    record["guests"] = [{"operating_system": "windows-server", "version": "2003 R2", "mode": "hardware-assisted"}]
    replaced = editor.put(detail_url("deployments", casio.pk), record, format="json")
    assert replaced.status_code == 200, replaced.json()
    assert [g["version"] for g in replaced.json()["guests"]] == ["2003 R2"]

    patched = editor.patch(detail_url("deployments", casio.pk), {"host_count": 12}, format="json")
    assert patched.json()["host_count"] == 12
    assert [g["version"] for g in patched.json()["guests"]] == ["2003 R2"]
    assert len(patched.json()["citations"]) == 1


def test_a_reference_cannot_be_changed(editor, seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    response = editor.patch(detail_url("deployments", casio.pk), {"reference": "casio-2007"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"reference": ["A reference is permanent: this deployment stays casio-xen-sles-2007."]}


def test_organization_aliases_are_written_as_a_list(editor, seeded):
    novell = Organization.objects.get(slug="novell")
    response = editor.patch(detail_url("organizations", novell.pk), {"aliases": ["SUSE", "Novell Inc."]}, format="json")
    assert response.status_code == 200
    assert sorted(response.json()["aliases"]) == ["Novell Inc.", "SUSE"]
    assert sorted(novell.aliases.values_list("name", flat=True)) == ["Novell Inc.", "SUSE"]


def test_event_figures_are_nested(editor, seeded):
    ipo = MarketEvent.objects.get(slug="vmware-ipo-2007")
    body = editor.get(detail_url("events", ipo.pk)).json()
    assert [(f["metric"], f["amount"], f["unit"], f["currency"]) for f in body["figures"]] == [
        ("offer-price-per-share", "29.0000", "money", "USD"),
        ("valuation", "959000000.0000", "money", "USD"),
        ("intraday-high", "55.0000", "money", "USD"),
    ]


def test_deleting_a_record_in_use_is_a_conflict_not_an_error(editor, seeded):
    casio = Organization.objects.get(slug="casio-computer")
    response = editor.delete(detail_url("organizations", casio.pk))
    assert response.status_code == 409
    assert "in use by deployments" in response.json()["detail"]
    assert Organization.objects.filter(pk=casio.pk).exists()


def test_the_api_root_lists_every_resource_and_report(anonymous, db):
    response = anonymous.get("/api/")
    assert sorted(response.json()) == sorted([*RESOURCES, "reports/adoption"])
    assert response.json()["reports/adoption"] == "http://testserver/api/reports/adoption/"


def test_brief_returns_only_the_brief_form(anonymous, seeded):
    rows = results(anonymous.get(list_url("deployments"), {"brief": "true"}))
    assert sorted(rows[0]) == ["display", "id", "reference", "url"]
    source = results(anonymous.get(list_url("sources"), {"brief": "1", "q": "Credit Suisse"}))
    assert source[0]["display"] == "Is Citrix Making A Broader Virtualization Play? (2007-08-10)"


def test_pagination_uses_limit_and_offset(anonymous, seeded):
    first = anonymous.get(list_url("organizations"), {"limit": 5})
    body = first.json()
    assert body["count"] == Organization.objects.count() and len(body["results"]) == 5
    assert "offset=5" in body["next"] and body["previous"] is None
    second = anonymous.get(body["next"]).json()
    assert {o["id"] for o in second["results"]}.isdisjoint({o["id"] for o in body["results"]})
    assert len(results(anonymous.get(list_url("organizations")))) == min(50, Organization.objects.count())


def test_a_limit_above_1000_is_capped(anonymous, db):
    Organization.objects.bulk_create(
        Organization(name=f"Bulk organization {n:04d}", slug=f"bulk-organization-{n:04d}") for n in range(1001)
    )
    # count=exact: past 1,000 rows the count is otherwise the planner's estimate (pagination.EXACT_COUNT_UP_TO).
    body = anonymous.get(list_url("organizations"), {"limit": 5000, "count": "exact"}).json()
    assert body["count"] == 1001
    assert len(body["results"]) == 1000
    assert "limit=1000" in body["next"] and "offset=1000" in body["next"]


def test_an_unknown_record_or_path_is_a_json_404(anonymous, db):
    assert anonymous.get("/api/deployments/999999/").json() == {"detail": "No Deployment matches the given query."}
    missing = anonymous.get("/api/no-such-resource/")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}


def test_an_unsupported_method_is_a_405(editor, db):
    response = editor.generic("TRACE", "/api/deployments/")
    assert response.status_code == 405


def test_an_organization_without_a_country_reads_back_as_empty(editor, db):
    response = editor.post(list_url("organizations"), {"slug": "nowhere-ltd", "name": "Nowhere Ltd"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["country"] == ""
