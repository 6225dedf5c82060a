"""The OpenAPI schema: valid, complete, served with its docs offline, and honoured by the server."""

import re

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from rest_framework.authtoken.models import Token
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from config.settings import env

from .conftest import RESOURCES

pytestmark = pytest.mark.django_db

DEPLOYMENT_FILTERS = [
    "customer", "hypervisor", "hypervisor_vendor", "host_os", "host_os_family", "guest_os", "guest_os_family",
    "supplier", "stage", "purpose", "country", "industry", "source", "reported_on__gte", "reported_on__lte",
    "customer_id", "hypervisor_id", "hypervisor__n", "stage__n", "q", "ordering", "limit", "offset", "brief",
]  # fmt: skip


@pytest.fixture
def spec(anonymous):
    response = anonymous.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_the_schema_is_valid_openapi_3(spec):
    assert spec["openapi"].startswith("3.")
    validate(spec)


def test_every_resource_has_every_operation_with_its_errors(spec):
    for resource in RESOURCES:
        collection, item = spec["paths"][f"/api/{resource}/"], spec["paths"][f"/api/{resource}/{{id}}/"]
        assert set(collection) >= {"get", "post"} and set(item) >= {"get", "put", "patch", "delete"}
        assert set(collection["post"]["responses"]) >= {"201", "400", "401", "403", "429"}
        assert set(item["put"]["responses"]) >= {"200", "400", "401", "403", "404"}
        assert set(item["delete"]["responses"]) >= {"204", "401", "403", "404", "409"}
        assert "requestBody" in collection["post"]


def test_every_contract_filter_is_documented(spec):
    documented = {parameter["name"] for parameter in spec["paths"]["/api/deployments/"]["get"]["parameters"]}
    assert set(DEPLOYMENT_FILTERS) <= documented
    events = {parameter["name"] for parameter in spec["paths"]["/api/events/"]["get"]["parameters"]}
    assert {"kind", "status", "organization", "date__gte", "date__lte"} <= events


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
def test_the_docs_pages_load_only_local_files(anonymous, page):
    response = anonymous.get(page)
    assert response.status_code == 200
    html = response.content.decode()
    assert not re.search(r"""(src|href)=["']https?://""", html), "a documentation page reaches out to the internet"
    assets = re.findall(r"""(?:src|href)=["']/static/([^"']+)["']""", html)
    assert assets, "the page loads its scripts from /static/"
    for asset in assets:
        assert finders.find(asset), f"{asset} is not among the static files"
    # And whatever the bundled scripts try, the browser may fetch from this server only.
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "img-src 'self' data: blob:" in response["Content-Security-Policy"]


@pytest.fixture
def keep_test_connection():
    """A WSGI request ends with Django closing the connection, the test's transaction with it.

    Django's test client avoids this the same way: by not closing connections per request.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# The schema view needs no database, so the schema can be loaded as the module is collected.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
# The suite's short run is derandomized (the same cases every time, so CI is reproducible);
# `make fuzz` sets FUZZ_EXAMPLES for a long random run that adds the coverage phase (edge values).
FUZZ_EXAMPLES = env.integer("FUZZ_EXAMPLES")
schema.config.phases.update(phases=["examples", "coverage", "fuzzing"] if FUZZ_EXAMPLES else ["examples", "fuzzing"])


@schema.parametrize()
@settings(
    max_examples=FUZZ_EXAMPLES or 8,
    deadline=None,
    derandomize=not FUZZ_EXAMPLES,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
def test_no_request_makes_the_server_fail_or_break_the_schema(case, seeded, editor_user, keep_test_connection):
    """Positive and negative cases for every operation, authenticated as an editor."""
    token, _ = Token.objects.get_or_create(user=editor_user)
    case.call_and_validate(
        headers={"Authorization": f"Token {token.key}"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
    if case.method == "GET":
        # A negative case the schema cannot express: a query parameter no operation takes.
        response = case.call(
            headers={"Authorization": f"Token {token.key}"}, params={**(case.query or {}), "not_a_parameter": "1"}
        )
        assert response.status_code in (400, 404, 429), (case.path, response.status_code)  # 404: no such address
