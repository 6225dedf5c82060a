"""History through the API: who changed what, through which door, and restoring what was deleted."""

import pytest
from django.contrib.auth.models import Permission

from adoption.models import Deployment, MarketEvent, Organization, Source

from .conftest import token_client

pytestmark = pytest.mark.django_db

CASIO = "casio-xen-sles-2007"


def url(resource, pk, action=""):
    return f"/api/{resource}/{pk}/{action + '/' if action else ''}"


@pytest.fixture
def casio(seeded):
    return Deployment.objects.get(reference=CASIO)


@pytest.fixture
def restorer(django_user_model):
    user = django_user_model.objects.create_user("restorer")
    user.user_permissions.set(Permission.objects.filter(codename__in=["add_deployment", "view_deployment"]))
    return token_client(user)


def test_an_api_edit_is_recorded_field_by_field_with_its_nested_rows(editor, casio):
    body = {
        "hypervisor_version": "3.1",
        "guests": [{"operating_system": "windows-server", "version": "2003", "vm_count": 3}],
    }
    assert editor.patch(url("deployments", casio.pk), body, format="json").status_code == 200

    changes = editor.get(url("deployments", casio.pk, "history")).json()
    latest = changes[0]
    assert (latest["by"], latest["via"], latest["action"]) == ("editor", "api", "changed")
    record, *nested = latest["rows"]
    assert record["record"] == "deployment"
    assert {"field": "hypervisor_version", "old": "", "new": "3.1"} in record["fields"]
    actions = sorted((row["record"], row["action"]) for row in nested)
    assert actions == [("guest", "created"), ("guest", "deleted")]
    created = next(row for row in nested if row["action"] == "created")
    assert {"field": "operating_system", "old": None, "new": "windows-server"} in created["fields"]
    assert {"field": "vm_count", "old": None, "new": 3} in created["fields"]
    # The first change is the seed file that created it.
    assert (changes[-1]["action"], changes[-1]["via"]) == ("created", "seeds")
    assert {row["record"] for row in changes[-1]["rows"]} == {"deployment", "guest", "citation", "stage observation"}


def test_a_deleted_deployment_comes_back_with_its_guests_citations_and_purposes(editor, restorer, casio):
    guests = list(casio.guests.values_list("pk", "operating_system__slug", "version"))
    citations = list(casio.citations.values_list("pk", "source__slug", "locator"))
    purposes = set(casio.purposes.values_list("slug", flat=True))
    assert guests and citations and purposes

    assert editor.delete(url("deployments", casio.pk)).status_code == 204
    assert editor.get(url("deployments", casio.pk)).status_code == 404
    deleted = editor.get("/api/deployments/deleted/").json()["results"]
    assert [(row["id"], row["key"], row["deleted_by"], row["via"]) for row in deleted] == [
        (casio.pk, CASIO, "editor", "api")
    ]

    response = restorer.post(url("deployments", casio.pk, "restore"))
    assert response.status_code == 201, response.json()
    assert response.json()["reference"] == CASIO
    back = Deployment.objects.get(pk=casio.pk)
    assert list(back.guests.values_list("pk", "operating_system__slug", "version")) == guests
    assert list(back.citations.values_list("pk", "source__slug", "locator")) == citations
    assert set(back.purposes.values_list("slug", flat=True)) == purposes
    assert editor.get("/api/deployments/deleted/").json()["results"] == []

    restored, removed = editor.get(url("deployments", casio.pk, "history")).json()[:2]
    assert (restored["action"], restored["by"], restored["via"]) == ("restored", "restorer", "api")
    assert (removed["action"], removed["by"]) == ("deleted", "editor")
    assert {row["record"] for row in removed["rows"]} == {"deployment", "guest", "citation", "stage observation"}
    assert {row["action"] for row in restored["rows"]} == {"restored"}


def test_only_the_nested_rows_deleted_with_the_record_come_back(editor, casio):
    first_guest = casio.guests.first()
    body = {"guests": [{"operating_system": "windows-server", "version": "2008"}]}
    assert editor.patch(url("deployments", casio.pk), body, format="json").status_code == 200
    assert editor.delete(url("deployments", casio.pk)).status_code == 204
    assert editor.post(url("deployments", casio.pk, "restore")).status_code == 201
    versions = list(Deployment.objects.get(pk=casio.pk).guests.values_list("version", flat=True))
    assert versions == ["2008"]
    assert not Deployment.objects.get(pk=casio.pk).guests.filter(pk=first_guest.pk).exists()


def test_an_event_comes_back_with_its_figures_and_an_organization_with_its_aliases(editor, seeded):
    ipo = MarketEvent.objects.get(slug="vmware-ipo-2007")
    figures = list(ipo.figures.values_list("metric", "amount"))
    assert editor.delete(url("events", ipo.pk)).status_code == 204
    assert editor.post(url("events", ipo.pk, "restore")).status_code == 201
    assert list(MarketEvent.objects.get(pk=ipo.pk).figures.values_list("metric", "amount")) == figures
    assert MarketEvent.objects.get(pk=ipo.pk).citations.exists()

    body = {"slug": "acme", "name": "Acme", "aliases": ["Acme plc"]}
    acme = editor.post("/api/organizations/", body, format="json").json()
    assert editor.delete(url("organizations", acme["id"])).status_code == 204
    assert editor.post(url("organizations", acme["id"], "restore")).status_code == 201
    assert list(Organization.objects.get(pk=acme["id"]).aliases.values_list("name", flat=True)) == ["Acme plc"]


def test_a_record_that_cannot_come_back_as_it_was_is_a_400_and_changes_nothing(editor, casio):
    source = Source.objects.create(slug="short-lived", title="Short-lived note", kind="note")
    body = {"citations": [{"source": "short-lived"}]}
    assert editor.patch(url("deployments", casio.pk), body, format="json").status_code == 200
    citation, source_id = casio.citations.get(), source.pk
    assert editor.delete(url("deployments", casio.pk)).status_code == 204
    source.delete()

    response = editor.post(url("deployments", casio.pk, "restore"))
    assert response.status_code == 400
    assert response.json()["non_field_errors"] == [
        f"citations (id {citation.pk}), source: source instance with id {source_id} is not a valid choice."
    ]
    assert not Deployment.objects.filter(pk=casio.pk).exists()


def test_restoring_what_is_not_deleted_or_never_was(editor, casio):
    assert editor.post(url("deployments", casio.pk, "restore")).status_code == 409
    assert editor.post(url("deployments", 999999, "restore")).status_code == 404
    assert editor.get(url("deployments", 999999, "history")).status_code == 404
    assert editor.get(url("deployments", "not-a-number", "history")).status_code == 404


def test_history_and_restore_need_their_permissions(anonymous, reader, editor, casio):
    assert anonymous.get(url("deployments", casio.pk, "history")).status_code == 401
    assert reader.get(url("deployments", casio.pk, "history")).status_code == 403
    assert reader.get("/api/deployments/deleted/").status_code == 403
    editor.delete(url("deployments", casio.pk))
    assert anonymous.post(url("deployments", casio.pk, "restore")).status_code == 401
    assert reader.post(url("deployments", casio.pk, "restore")).status_code == 403
    assert not Deployment.objects.filter(pk=casio.pk).exists()


def test_history_reads_in_a_fixed_number_of_queries(editor, casio, django_assert_max_num_queries):
    for version in ("3.0", "3.1", "3.2", "3.3"):
        assert (
            editor.patch(url("deployments", casio.pk), {"hypervisor_version": version}, format="json").status_code
            == 200
        )
    with django_assert_max_num_queries(20):
        changes = editor.get(url("deployments", casio.pk, "history")).json()
    assert [change["rows"][0]["fields"] for change in changes[:1]] == [
        [{"field": "hypervisor_version", "old": "3.2", "new": "3.3"}]
    ]


@pytest.mark.parametrize("pk", ["1900152545354310221824", "¹", "0"])
def test_an_id_no_database_could_hold_is_a_404(editor, seeded, pk):
    assert editor.get(url("deployments", pk, "history")).status_code == 404
    assert editor.post(url("deployments", pk, "restore")).status_code == 404
    assert editor.patch(url("deployments", pk), {"vm_count": 3}, format="json", HTTP_IF_MATCH='"x"').status_code == 404


def test_a_country_reads_as_its_code_in_the_history(editor, seeded):
    body = {"slug": "acme", "name": "Acme", "country": "GB"}
    acme = editor.post("/api/organizations/", body, format="json").json()
    assert editor.patch(url("organizations", acme["id"]), {"country": "JP"}, format="json").status_code == 200
    changed = editor.get(url("organizations", acme["id"], "history")).json()[0]["rows"][0]["fields"]
    assert {"field": "country", "old": "GB", "new": "JP"} in changed
