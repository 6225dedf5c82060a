"""A client generated from /api/schema/ by openapi-python-client (pinned in requirements/dev.txt) comes out
whole: no warning, no lint error, and one class per shape rather than one per operation.

Code generators make a class of every inline object and enum, and skip what they cannot
parse with a warning; the schema is written for them (adoption/api/schema.py).
"""

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

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


@pytest.fixture
def schema(client) -> dict:
    return client.get("/api/schema/?format=json").json()


def test_the_generated_client_has_no_warning_and_no_lint_error(schema, tmp_path):
    (tmp_path / "schema.json").write_text(json.dumps(schema))
    bin_dir = str(Path(sys.executable).parent)  # the generator runs ruff on what it writes, if it finds it
    generated = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            "schema.json",
            "--meta",
            "none",
            "--output-path",
            "client",
        ],  # fmt: skip
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
        check=False,
    )
    output = generated.stdout + generated.stderr
    assert generated.returncode == 0, output
    assert "warning" not in output.lower(), output
    linted = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "client"], cwd=tmp_path, capture_output=True, text=True
    )
    assert linted.returncode == 0, linted.stdout
    models = {path.stem for path in (tmp_path / "client" / "models").glob("*.py")} - {"__init__"}
    assert len(models) < 150, f"{len(models)} model classes: an inline shape repeated per operation?"


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
