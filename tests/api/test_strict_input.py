"""Strict input: an unknown query parameter or body field is a 400 that names it, never ignored.

The names each endpoint accepts are checked against the OpenAPI schema, operation by
operation: every documented parameter is taken, every other is refused, so the schema
and the server cannot drift apart.
"""

import pytest

from adoption.models import MarketEvent, Source

from .conftest import ARTICLE, detail_url, list_url, new_record

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("resource", "params", "name", "suggestion"),
    [
        ("events", {"kindd": "ipo"}, "kindd", "kind"),
        ("events", {"slug": "vmware-ipo-2007"}, "slug", None),
        ("deployments", {"hypervisr": "xen"}, "hypervisr", "hypervisor"),
        ("organizations", {"survey_responses__isnull": "false"}, "survey_responses__isnull", None),
    ],
)
def test_an_unknown_query_parameter_is_a_400_naming_it(anonymous, seeded, resource, params, name, suggestion):
    for extra in ({}, {"format": "csv"}):
        response = anonymous.get(list_url(resource), {**params, **extra})
        assert response.status_code == 400
        message = "Unknown parameter." + (f" Did you mean {suggestion}?" if suggestion else "")
        assert response.json() == {name: [message]}


def test_details_and_history_take_only_their_own_parameters(editor, seeded):
    event = MarketEvent.objects.get(slug="vmware-ipo-2007")
    detail = detail_url("events", event.pk)
    assert editor.get(detail, {"kind": "ipo"}).json() == {"kind": ["Unknown parameter."]}
    assert editor.get(detail, {"brief": "true"}).status_code == 200
    assert editor.get(detail + "history/", {"limit": "5"}).status_code == 400
    assert editor.get(list_url("events") + "deleted/", {"kind": "ipo"}).status_code == 400
    assert editor.get(list_url("events") + "deleted/", {"limit": "5"}).status_code == 200
    # A write takes no filters either: `brief` there would be ignored.
    assert editor.patch(detail + "?brief=true", {"title": "x"}, format="json").json() == {
        "brief": ["Unknown parameter."]
    }


@pytest.mark.parametrize(("name", "value"), [("offset", "abc"), ("offset", "-1"), ("limit", "0"), ("limit", "1.5")])
def test_a_limit_or_offset_that_is_no_whole_number_is_a_400(anonymous, seeded, name, value):
    response = anonymous.get(list_url("events"), {name: value})
    assert response.status_code == 400 and list(response.json()) == [name]


def test_an_unknown_body_field_is_a_400_naming_it_and_nothing_is_saved(editor, seeded):
    body = {**new_record("events"), "counterpart": "credit-suisse"}
    del body["counterparty"]
    response = editor.post(list_url("events"), body, format="json")
    assert response.status_code == 400
    assert response.json() == {"counterpart": ["Unknown field. Did you mean counterparty?"]}
    assert not MarketEvent.objects.filter(slug=body["slug"]).exists()


def test_a_source_given_url_for_web_url_is_refused_with_the_right_name(editor, seeded):
    body = {**new_record("sources"), "url": "https://example.org/acme"}
    response = editor.post(list_url("sources"), body, format="json")
    assert response.status_code == 400
    assert response.json()["url"][0].endswith("Did you mean web_url?")
    assert not Source.objects.filter(slug=body["slug"]).exists()


def test_read_only_fields_sent_back_as_read_are_accepted_and_changed_ones_refused(editor, seeded):
    source = Source.objects.get(slug=ARTICLE)
    url = detail_url("sources", source.pk)
    record = editor.get(url).json()
    assert editor.put(url, {**record, "title": "Renamed"}, format="json").status_code == 200
    record = editor.get(url).json()
    refused = editor.put(url, {**record, "id": record["id"] + 1}, format="json")
    assert refused.status_code == 400 and list(refused.json()) == ["id"]


def test_the_token_endpoint_refuses_an_unknown_field(anonymous, django_user_model):
    django_user_model.objects.create_user("someone", password="unused-password-3")
    body = {"username": "someone", "password": "unused-password-3", "pasword": "x"}
    response = anonymous.post("/api/auth/token/", body, format="json")
    assert response.status_code == 400 and response.json() == {"pasword": ["Unknown field. Did you mean password?"]}


UNKNOWN = ("Unknown parameter", "Unknown filter", "Not for CSV")


def documented_gets(spec) -> dict[str, set[str]]:
    """Each GET operation's path, with the query parameters the schema documents for it."""
    operations = {}
    for path, item in spec["paths"].items():
        if "get" in item:
            parameters = [*item.get("parameters", []), *item["get"].get("parameters", [])]
            operations[path] = {p["name"] for p in parameters if p["in"] == "query"}
    return operations


def test_every_get_takes_exactly_the_query_parameters_the_schema_documents(editor, seeded):
    spec = editor.get("/api/schema/", {"format": "json"}).json()
    operations = documented_gets(spec)
    # `format` (content negotiation) is taken everywhere, and has its own test of values.
    everyone = (set().union(*operations.values()) | {"not_a_parameter"}) - {"format"}
    tried = 0
    for path, documented in operations.items():
        if "{id}" in path:
            resource = path.split("/")[2]
            path = path.replace("{id}", str(editor.get(list_url(resource)).json()["results"][0]["id"]))
        if "{" in path:
            continue  # a nested row's address: its own test
        # Two requests per operation: every documented name at once (none refused as unknown,
        # though a value may be), then every other name at once (each refused, by name).
        taken = editor.get(path, dict.fromkeys(sorted(documented - {"format"}), "1"))
        body = taken.json() if taken.status_code == 400 else {}
        assert not [name for name, messages in body.items() if any(str(m).startswith(UNKNOWN) for m in messages)]
        others = sorted(everyone - documented)
        refused = editor.get(path, dict.fromkeys(others, "1"))
        assert refused.status_code == 400, (path, refused.status_code)
        named = {name for name, messages in refused.json().items() if any(str(m).startswith(UNKNOWN) for m in messages)}
        assert named == set(others), (path, set(others) - named)
        tried += len(everyone)
    assert tried > 500
