"""CSV from the API: every list, the whole filtered set, streamed, named, safe."""

import csv
import io
import re

import pytest

from adoption.models import Deployment, MarketEvent, Organization
from adoption.registry import api_resources
from adoption.services.demo_data import generate_demo_data

from .conftest import RESOURCES, detail_url, list_url

pytestmark = pytest.mark.django_db


def table(response) -> list[dict]:
    assert response.status_code == 200
    assert response.streaming, "CSV is streamed"
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_list_answers_csv_with_a_dated_file_name(anonymous, seeded, resource):
    response = anonymous.get(list_url(resource), {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        rf'attachment; filename="{resource}-\d{{4}}-\d\d-\d\dT\d{{6}}\.csv"', response["Content-Disposition"]
    )
    rows = table(response)
    assert len(rows) == anonymous.get(list_url(resource)).json()["count"]


def test_accept_text_csv_works_too(anonymous, seeded):
    rows = table(anonymous.get(list_url("deployments"), HTTP_ACCEPT="text/csv"))
    assert {row["reference"] for row in rows} == {"casio-xen-sles-2007", "swisscom-xen-rhel5-2007"}


def test_the_xen_deployments(anonymous, seeded):
    rows = table(anonymous.get(list_url("deployments"), {"format": "csv", "hypervisor": "xen"}))
    assert [(row["reference"], row["customer"], row["host_os"]) for row in rows] == [
        ("casio-xen-sles-2007", "casio-computer", "sles"),
        ("swisscom-xen-rhel5-2007", "swisscom-it-services", "rhel"),
    ]


@pytest.mark.parametrize(
    ("resource", "params", "keys"),
    [
        ("deployments", {"customer": "casio-computer"}, {"casio-xen-sles-2007"}),
        ("deployments", {"guest_os_family": "windows"}, {"casio-xen-sles-2007"}),
        ("deployments", {"q": "Swisscom"}, {"swisscom-xen-rhel5-2007"}),
        ("events", {"organization": "red-hat", "ordering": "slug"}, None),
        ("organizations", {"q": "SUSE"}, {"novell"}),
        ("hypervisors", {"vendor": "vmware"}, {"vmware-esx-server", "vmware-server", "vmware-workstation"}),
        ("operating-systems", {"family": "bsd"}, {"freebsd"}),
        ("sources", {"kind": "interview"}, {"it-week-2007-07-xensource-interview"}),
    ],
)
def test_filters_and_search_apply_but_pagination_does_not(anonymous, seeded, resource, params, keys):
    json_rows = anonymous.get(list_url(resource), {**params, "limit": 1000}).json()["results"]
    key = "reference" if resource == "deployments" else "slug"
    rows = table(anonymous.get(list_url(resource), {**params, "format": "csv"}))
    assert [row[key] for row in rows] == [row[key] for row in json_rows]  # same records, same order
    if keys is not None:
        assert {row[key] for row in rows} == keys
    # A page size would be silently ignored, so it is refused: CSV is the whole filtered list.
    paged = anonymous.get(list_url(resource), {**params, "format": "csv", "limit": 1, "offset": 1})
    assert paged.status_code == 400 and set(paged.json()) == {"limit", "offset"}


def test_events_by_slug_order(anonymous, seeded):
    rows = table(anonymous.get(list_url("events"), {"format": "csv", "ordering": "slug"}))
    assert [row["slug"] for row in rows] == sorted(MarketEvent.objects.values_list("slug", flat=True))


def test_a_formula_cell_gets_a_leading_quote(anonymous, seeded):
    Organization.objects.filter(slug="casio-computer").update(description="=1+1", website="")
    (row,) = table(anonymous.get(list_url("organizations"), {"format": "csv", "q": "casio"}))
    assert row["description"] == "'=1+1"


def test_a_bad_filter_is_a_json_400_even_when_csv_is_asked_for(anonymous, seeded):
    response = anonymous.get(list_url("deployments"), {"format": "csv", "hypervisor": "nope"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "hypervisor" in response.json()


def test_a_detail_has_no_csv(anonymous, seeded):
    response = anonymous.get(detail_url("deployments", Deployment.objects.first().pk), {"format": "csv"})
    assert response.status_code == 400
    assert response.json() == {"format": ["Unknown format; use one of: json, api."]}


def test_the_export_is_one_query_whatever_the_row_count(anonymous, seeded, django_assert_num_queries):
    generate_demo_data(deployments=30, seed=1)
    response = anonymous.get(list_url("deployments"), {"format": "csv"})
    with django_assert_num_queries(1):
        exported = table(response)
    assert len(exported) == Deployment.objects.count() == 32


def test_the_schema_gives_csv_its_own_address_with_the_same_filters(anonymous):
    """Code generators read one body type per response: JSON at the list's address, CSV at `.csv`."""
    paths = anonymous.get("/api/schema/", {"format": "json"}).json()["paths"]
    # A generated function parses its one body type: `?format=` (content negotiation) is not declared.
    assert [
        (path, method) for path, item in paths.items() for method, operation in item.items()
        if any(parameter["name"] == "format" for parameter in operation.get("parameters", []))
    ] == []  # fmt: skip
    for path in [*(list_url(resource) for resource in RESOURCES), "/api/reports/adoption/"]:
        read, csv_read = paths[path]["get"], paths[path.rstrip("/") + ".csv"]["get"]
        assert list(read["responses"]["200"]["content"]) == ["application/json"], path
        assert csv_read["responses"]["200"]["content"]["text/csv"]["schema"]["type"] == "string", path
        names = {p["name"] for p in read["parameters"]} - {"brief", "limit", "offset", "cursor", "count"}
        assert {p["name"] for p in csv_read["parameters"]} == names, path


@pytest.mark.parametrize("resource", RESOURCES)
def test_the_csv_address_answers_what_format_csv_does(anonymous, seeded, resource):
    address = list_url(resource).rstrip("/") + ".csv"
    assert table(anonymous.get(address)) == table(anonymous.get(list_url(resource), {"format": "csv"}))


def test_the_report_has_a_csv_address_too(anonymous, seeded):
    query = {"group_by": "hypervisor,stage"}
    by_address = anonymous.get("/api/reports/adoption.csv", query)
    assert by_address.status_code == 200 and by_address["Content-Type"] == "text/csv; charset=utf-8"
    assert by_address.content == anonymous.get("/api/reports/adoption/", {**query, "format": "csv"}).content
    assert b"xen" in by_address.content


@pytest.mark.parametrize("path", ["/api/deployments.csv", "/api/reports/adoption.csv"])
def test_a_csv_address_with_another_format_asked_is_a_json_400(anonymous, seeded, path):
    response = anonymous.get(
        path, {"group_by": "hypervisor", "format": "json"} if "reports" in path else {"format": "json"}
    )
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert list(response.json()) == ["format"]


@pytest.mark.parametrize("name", ["brief", "limit", "offset", "cursor", "count"])
def test_paging_and_brief_are_refused_for_csv_rather_than_ignored(anonymous, seeded, name):
    value = {"brief": "true", "cursor": "abc", "count": "exact"}.get(name, "1")
    for response in (
        anonymous.get("/api/deployments.csv", {name: value}),
        anonymous.get(list_url("deployments"), {name: value, "format": "csv"}),
    ):
        assert response.status_code == 400, name
        assert response.json()[name][0].startswith("Not for CSV"), response.json()


def test_an_unknown_format_is_a_400_naming_the_parameter(anonymous, seeded):
    response = anonymous.get(list_url("deployments"), {"format": "xlsx"})
    assert response.status_code == 400
    assert response.json() == {"format": ["Unknown format; use one of: json, api, csv."]}


RESOURCES_BY_NAME = {resource.name: resource for resource in api_resources()}


@pytest.mark.parametrize("resource", RESOURCES)
def test_the_columns_are_the_api_fields_a_client_can_write(anonymous, seeded, resource):
    from adoption.api.urls import router

    viewset = next(view for prefix, view, _ in router.registry if prefix == resource)
    # `synthetic` only generate_demo_data sets: read-only in the API, a column so that export -> import round-trips.
    writable = [
        name for name, field in viewset.serializer_class().fields.items() if not field.read_only or name == "synthetic"
    ]
    header = next(csv.reader(io.StringIO(b"".join(anonymous.get(list_url(resource), {"format": "csv"})
                                                  .streaming_content).decode())))  # fmt: skip
    # Then the stored read-only fields (a response's weight) and the read-only lists the record derives (an
    # event's figure_disagreements), which import reads past.
    derived = [*RESOURCES_BY_NAME[resource].read_only, *RESOURCES_BY_NAME[resource].derived]
    assert header == ["id", *writable, *derived]
