"""The client generated from /api/schema/ by openapi-python-client (pinned in requirements/dev.txt), shipped in
clients/python/adoption_client/generated, comes out whole: no warning, no lint error, and one class per shape
rather than one per operation. (tests/client/ runs it against a live server.)

Code generators make a class of every inline object and enum, and skip what they cannot
parse with a warning; the schema is written for them (adoption/api/schema.py).
"""

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from django.core.management import call_command

from .conftest import RESOURCES, detail_url, list_url, new_record

pytestmark = pytest.mark.django_db
# Same shape, different things: a brief form per model (a BriefHypervisor is not a BriefProduct), and the
# citation rows of deployments and of events, which are written and validated apart.
DISTINCT_ALIKE = [
    {"BriefHypervisor", "BriefOperatingSystem", "BriefOrganization", "BriefProduct"},
    {"BriefIndustry", "BriefPurpose", "BriefTechnique"},
    {"BriefMarketEvent", "BriefSource", "BriefSurvey"},
    {"BriefDeployment", "BriefOwnership", "BriefQuestion", "BriefSurveyResponse"},
    {"DeploymentCitation", "EventCitation"},
    {"DeploymentCitationRequest", "EventCitationRequest"},
]


GENERATED = Path(__file__).resolve().parents[2] / "clients" / "python" / "adoption_client" / "generated"


@pytest.fixture
def schema(client) -> dict:
    return client.get("/api/schema/?format=json").json()


def test_the_shipped_client_is_what_the_schema_generates_with_no_warning(capsys):
    """clients/python/adoption_client/generated is openapi-python-client's output, unedited and current:
    generate_client fails on any warning, and on any difference from what is committed."""
    call_command("generate_client", "--check")
    assert "up to date" in capsys.readouterr().out


def test_the_generated_client_has_no_lint_error_and_a_class_per_shape():
    linted = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", str(GENERATED)], capture_output=True, text=True
    )
    assert linted.returncode == 0, linted.stdout
    models = {path.stem for path in (GENERATED / "models").glob("*.py")} - {"__init__"}
    assert 100 < len(models) < 150, f"{len(models)} model classes: an inline shape repeated per operation?"


def _shape(schema):
    if isinstance(schema, dict):
        return {key: _shape(value) for key, value in schema.items() if key not in ("description", "title")}
    if isinstance(schema, list):
        return [_shape(value) for value in schema]
    return schema


def test_no_two_components_have_the_same_shape(schema):
    by_shape = defaultdict(set)
    for name, component in schema["components"]["schemas"].items():
        by_shape[json.dumps(_shape(component), sort_keys=True)].add(name)
    alike = [names for names in by_shape.values() if len(names) > 1]
    assert sorted(map(sorted, alike)) == sorted(map(sorted, DISTINCT_ALIKE))


def test_parameters_and_errors_name_their_components(schema):
    inline = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if "enum" in parameter["schema"] or "enum" in parameter["schema"].get("items", {}):
                    inline.append(f"{method} {path} ?{parameter['name']}")
            for code, response in operation["responses"].items():
                if code >= "400":
                    assert list(response.get("content", {})) == ["application/json"], f"{method} {path} {code}"
                if code == "400":
                    body = response["content"]["application/json"]["schema"]
                    assert body == {"$ref": "#/components/schemas/ValidationErrors"}, f"{method} {path}"
    assert inline == []


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_required_means_present_in_every_response(schema, demo, who, request):
    """Each resource's records as its list and detail answer them carry every field its full form requires,
    and every field the brief form requires under `?brief=true`; a read anyone may make needs no credentials."""
    client = request.getfixturevalue(who)
    components = schema["components"]["schemas"]
    missing = []
    for resource in RESOURCES:
        listed = client.get(list_url(resource)).json()["results"]
        assert listed, f"no {resource} to check"
        name = next(
            ref.split("/")[-1].removesuffix("Full")
            for ref in _refs(schema["paths"][f"/api/{resource}/{{id}}/"]["get"]["responses"]["200"])
        )
        brief = client.get(list_url(resource), {"brief": "true"}).json()["results"]
        detail = client.get(detail_url(resource, listed[0]["id"])).json()
        for form, records in ((f"{name}Full", [*listed, detail]), (f"Brief{name}", brief)):
            for record in records:
                missing += [
                    f"{resource} {form}.{field}" for field in components[form]["required"] if field not in record
                ]
    assert sorted(set(missing)) == []


def _refs(value) -> list[str]:
    if isinstance(value, dict):
        return [value["$ref"]] if "$ref" in value else [ref for item in value.values() for ref in _refs(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in _refs(item)]
    return []


def test_declared_headers_and_bounds_are_what_the_api_does(schema, editor, seeded):
    """ETag where a response carries one, Retry-After on every 429, and the list's limit and ordering."""
    declared = {
        (method, path)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        for response in operation["responses"].values()
        if "ETag" in response.get("headers", {})
    }
    assert ("get", "/api/deployments/{id}/") in declared and ("get", "/api/deployments/") not in declared
    created = editor.post(list_url("deployments"), new_record("deployments"), format="json")
    assert ("post", "/api/deployments/") in declared and created["ETag"]
    url = detail_url("deployments", created.json()["id"])
    assert editor.get(url)["ETag"] == created["ETag"]
    row = editor.post(f"{url}guests/", {"operating_system": "rhel"}, format="json", HTTP_IF_MATCH=created["ETag"])
    assert ("post", "/api/deployments/{id}/guests/") in declared and row.status_code == 201 and row["ETag"]
    assert all(
        "Retry-After" in operation["responses"]["429"]["headers"]
        for operations in schema["paths"].values()
        for operation in operations.values()
    )
    parameters = {p["name"]: p for p in schema["paths"]["/api/deployments/"]["get"]["parameters"]}
    assert parameters["limit"]["schema"]["maximum"] == 1000
    pattern = re.compile(parameters["ordering"]["schema"]["pattern"])
    assert pattern.match("-reported_on,reference") and not pattern.match("respondent")
    assert editor.get(list_url("deployments"), {"ordering": "-reported_on,reference"}).status_code == 200
