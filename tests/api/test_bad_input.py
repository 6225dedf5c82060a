"""Bad input on every write endpoint: a 400 with a message per field, and the database unchanged."""

import pytest
from django.apps import apps
from django.db import connection

from adoption.models import Deployment, MarketEvent, Source

from .conftest import RESOURCES, detail_url, list_url, new_record

pytestmark = pytest.mark.django_db

NOT_SCALARS = {"nested": "object"}
ARTICLE_URL = "https://www.computing.co.uk/news/1821574/vmware-rocket-ipo-xensource-rumours-virtualisation-power"


def database_state() -> dict[str, int]:
    """Row counts of every table of the app, history tables included (one query: it runs after every request)."""
    models = list(apps.get_app_config("adoption").get_models())
    # The models' own table names, quoted: nothing here comes from outside.
    tables = [connection.ops.quote_name(model._meta.db_table) for model in models]
    counts = ", ".join(f"(SELECT COUNT(*) FROM {table})" for table in tables)  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")  # noqa: S608
        row = cursor.fetchone()
    assert row is not None
    return {model.__name__: count for model, count in zip(models, row, strict=True)}


def bad_values(field: str, value):
    """(label, bad value) pairs for one field of a valid body."""
    yield "wrong type", NOT_SCALARS
    if isinstance(value, str):
        yield "oversized", "x" * 100_000
        yield "NUL byte", f"{value}\x00"
    if isinstance(value, list):
        yield "list of junk", [NOT_SCALARS, 12.5]
    if isinstance(value, int) and not isinstance(value, bool):
        yield "negative", -1
        yield "huge", 10**30


def failures_for(client, method: str, url: str, body: dict) -> list[str]:
    failures = []
    before = database_state()
    for field, value in body.items():
        for label, bad in bad_values(field, value):
            response = getattr(client, method)(url, {**body, field: bad}, format="json")
            if response.status_code != 400:
                failures.append(f"{field} {label}: {response.status_code} {response.content[:200]!r}")
            elif field not in response.json():
                failures.append(f"{field} {label}: 400 without a message for {field}: {response.json()}")
            if (after := database_state()) != before:
                failures.append(f"{field} {label}: the database changed")
                before = after
    return failures


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_field_of_a_create_refuses_bad_values(editor, seeded, resource):
    assert failures_for(editor, "post", list_url(resource), new_record(resource)) == []


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_field_of_an_update_refuses_bad_values(editor, seeded, resource):
    created = editor.post(list_url(resource), new_record(resource), format="json")
    url = detail_url(resource, created.json()["id"])
    stored = editor.get(url).json()
    assert failures_for(editor, "put", url, new_record(resource)) == []
    assert failures_for(editor, "patch", url, new_record(resource)) == []
    assert editor.get(url).json() == stored


@pytest.mark.parametrize("resource", RESOURCES)
def test_missing_required_fields_are_each_named(editor, seeded, resource):
    before = database_state()
    response = editor.post(list_url(resource), {}, format="json")
    assert response.status_code == 400
    required = {
        "organizations": {"slug", "name"},
        "hypervisors": {"slug", "name", "architecture", "licence"},
        "operating-systems": {"slug", "name", "family"},
        "products": {"slug", "name", "vendor"},
        "sources": {"slug", "kind", "title"},
        "deployments": {"reference", "customer", "hypervisor", "reported_on", "summary"},
        "events": {"slug", "title", "kind", "status", "date", "organization", "summary"},
        "ownerships": {"reference", "organization", "parent"},
        "surveys": {"slug", "title", "conducted_by", "fielded_from", "population"},
        "survey-responses": {"reference", "survey"},
        "survey-questions": {"survey", "position", "code", "text", "answers"},
    }[resource]
    assert required <= set(response.json())
    assert all(response.json()[name] == ["This field is required."] for name in required)
    assert database_state() == before


def post_deployment(editor, **changes):
    return editor.post(list_url("deployments"), {**new_record("deployments"), **changes}, format="json")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reference": "casio-xen-sles-2007"}, "reference", "deployment with this reference already exists."),
        ({"reference": "Not A Slug!"}, "reference", "Enter a valid"),
        ({"hypervisor": "xenn"}, "hypervisor", "There is no hypervisor with slug 'xenn'."),
        ({"hypervisor": 987654}, "hypervisor", "There is no hypervisor with id 987654."),
        ({"hypervisor": True}, "hypervisor", "Give the hypervisor as its id, its slug, or an object with either."),
        ({"host_os": None, "host_os_version": "5"}, "host_os_version", "A host OS version needs a host OS"),
        ({"host_count": -2}, "host_count", "Ensure this value is greater than or equal to 0."),
        ({"stage": "everywhere"}, "stage", '"everywhere" is not a valid choice.'),
        ({"reported_on": "2007-02-30"}, "reported_on", "Date has wrong format."),
        ({"citations": []}, "citations", "A deployment needs at least one citation: add the source it comes from."),
        ({"citations": [{"source": "nowhere"}]}, "citations", "There is no source with slug 'nowhere'."),
        ({"guests": [{"version": "2003"}]}, "guests", "This field is required."),
        ({"guests": [{"operating_system": "windows-server", "vm_count": -1}]}, "guests", "greater than or equal to 0"),
        (
            {"guests": [{"operating_system": "rhel", "version": "5"}, {"operating_system": "rhel", "version": "5"}]},
            "guests",
            "This deployment already lists that guest operating system and version.",
        ),
    ],
)
def test_deployment_rules_answer_400_on_the_field(editor, seeded, changes, field, message):
    before = database_state()
    response = post_deployment(editor, **changes)
    assert response.status_code == 400
    assert message in str(response.json()[field])
    assert database_state() == before


def test_a_deleted_reference_cannot_be_reused(editor, seeded):
    Deployment.objects.get(reference="swisscom-xen-rhel5-2007").delete()
    response = post_deployment(editor, reference="swisscom-xen-rhel5-2007")
    assert response.status_code == 400
    assert "never reused" in response.json()["reference"][0]


@pytest.mark.parametrize(
    ("resource", "changes", "field", "message"),
    [
        (
            "events",
            {"figures": [{"metric": "deal-value", "amount": "1", "currency": "XYZ"}]},
            "figures",
            "not a valid choice",
        ),
        ("events", {"figures": [{"metric": "deal-value", "amount": "1e30", "currency": "USD"}]}, "figures", "digits"),
        ("events", {"counterparty": "xensource"}, "counterparty", "The counterparty must be another organization"),
        ("events", {"citations": []}, "citations", "A market event needs at least one citation"),
        ("sources", {"web_url": ARTICLE_URL}, "web_url", "already has this address: /admin/adoption/source/"),
        ("sources", {"web_url": "not a url"}, "web_url", "Enter a valid URL."),
        ("organizations", {"aliases": ["Acme", "Acme"]}, "aliases", "The same alias is listed twice."),
        ("organizations", {"name": "Casio Computer"}, "name", "“Casio Computer” (casio-computer) already has"),
        ("organizations", {"country": "XX"}, "country", '"XX" is not a valid choice.'),
        (
            "hypervisors",
            {"techniques": ["teleportation"]},
            "techniques",
            "There is no technique with slug 'teleportation'.",
        ),
    ],
)
def test_rules_of_other_resources_answer_400_on_the_field(editor, seeded, resource, changes, field, message):
    before = database_state()
    response = editor.post(list_url(resource), {**new_record(resource), **changes}, format="json")
    assert response.status_code == 400, response.content
    assert message in str(response.json()[field])
    assert database_state() == before


def test_an_organization_cannot_become_its_own_owner_through_another(editor, seeded):
    # The seeds record Swisscom IT Services as owned by Swisscom.
    before = database_state()
    response = editor.post(
        list_url("ownerships"),
        {"reference": "loop", "organization": "swisscom", "parent": "swisscom-it-services"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"parent": ["This parent would make the organization its own ancestor."]}
    assert database_state() == before


def test_a_body_that_is_not_json_is_a_400(editor, seeded):
    response = editor.post(list_url("sources"), b"{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]
    assert Source.objects.count() == 3
    assert MarketEvent.objects.count() == 6


def test_a_relation_given_as_a_unicode_digit_is_a_400_not_a_500(editor, seeded):
    # "¹".isdigit() is true, but int("¹") fails: schemathesis found it.
    response = editor.post("/api/hypervisors/", {"slug": "x", "name": "X", "techniques": ["¹"]}, format="json")
    assert response.status_code == 400
    assert "techniques" in response.json()


def test_a_path_with_an_unknown_suffix_is_a_404_whatever_the_method(editor, seeded):
    # /api/events/0.5/ reads as id 0 in format "5" (DRF's format suffixes): schemathesis found a 400.
    for method in ("get", "delete", "patch"):
        assert getattr(editor, method)("/api/events/0.5/").status_code == 404
    assert editor.get("/api/events/?format=5").status_code == 400


CASIO_TAKEN = "“Casio Computer” (casio-computer) already has this name, ignoring case and spacing."


@pytest.mark.parametrize(
    "name",
    [
        "Casio Computer",
        "CASIO COMPUTER",
        "casio\u00a0computer",  # non-breaking space
        "Casio\u200b Computer",  # zero-width space
        " Casio  Computer\ufeff",
    ],
)
def test_an_organization_name_taken_in_any_case_or_spacing_is_a_400_naming_the_record(editor, seeded, name):
    before = database_state()
    response = editor.post(list_url("organizations"), {"slug": "casio-2", "name": name}, format="json")
    assert response.status_code == 400
    assert response.json() == {"name": [CASIO_TAKEN]}
    assert database_state() == before


def test_nfc_and_nfd_spellings_are_one_organization(editor, seeded):
    composed = editor.post(list_url("organizations"), {"slug": "cafe-norm", "name": "Café Norm"}, format="json")
    assert composed.status_code == 201
    decomposed = editor.post(list_url("organizations"), {"slug": "cafe-2", "name": "Cafe\u0301 Norm"}, format="json")
    assert decomposed.status_code == 400
    assert decomposed.json() == {"name": ["“Café Norm” (cafe-norm) already has this name, ignoring case and spacing."]}


def test_an_organization_name_is_stored_normalised_and_its_key_never_shown(editor, seeded, anonymous):
    response = editor.post(
        list_url("organizations"), {"slug": "acme", "name": "\u200bAcme\u00a0\u00a0Hosting "}, format="json"
    )
    assert response.status_code == 201
    assert response.json()["name"] == "Acme Hosting"
    assert "name_key" not in response.json()
    assert "name_key" not in anonymous.get(detail_url("organizations", response.json()["id"])).json()
    assert "name_key" not in anonymous.get("/api/schema/", {"format": "json"}).content.decode()
    renamed = editor.patch(detail_url("organizations", response.json()["id"]), {"name": "ACME hosting"}, format="json")
    assert renamed.status_code == 200  # its own name in another case
