"""Every API endpoint's SQL statements, middleware and throttles included, pinned.

One GET of each endpoint the URLconf routes under /api/ (found by walking it, not
listed by hand: a new endpoint fails `test_every_endpoint_has_a_count` until it has
one), as an anonymous client, as an editor by token and as the same editor by session,
with the throttles on (the test settings keep the classes, at rates never reached) and
the cache in local memory, as production keeps it in Valkey or Redis. The counts are
whole requests through the test client: every middleware, authentication, the
throttles, permissions and the view.

What each request costs before its view runs:
- anonymous: nothing. No cookie, so no session; the throttles (anon, and user, which
  counts an anonymous client by address) read and write the cache, not the database.
- by token: 1, the token and its user (TokenAuthentication, one join).
- by session: 1, the user. The session itself comes from the cache (cached_db sessions,
  config/settings/base.py), written through to the database only when it changes.
An editor's views then add what the editor may see: 2 statements the first time a
permission is asked (the user's and their groups' permissions, held for the request),
and whatever that permission shows (history, withdrawn records, confidential fields).

The API root does nothing else, so its counts are that fixed cost alone (OVERHEAD).

When a count changes on purpose, run this file: the failure prints the whole table as
measured, to paste over COUNTS below. The database cache (the two throttles cost 12
statements there on every request, two of them COUNT(*)) or a per-row query shows up
here as a failure. The counts are of the seeded data: `events-figures` reads each
figure's metric, unit and source one statement at a time (3 figures in the seeds, so
11), the one endpoint whose count grows with its rows.
"""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from rest_framework.test import APIClient

from adoption.registry import resource_for

from .conftest import token_client

pytestmark = pytest.mark.django_db

# The query string of the endpoints that read one: the report's documented example, and
# a page of 50 like make load's.
QUERIES = {
    "adoption-report": "?group_by=hypervisor,year&records=deployments",
    "adoption-report-csv": "?group_by=hypervisor,year&records=deployments",
    "deployment-list": "?limit=50",
}

# What a request costs before its view runs: anonymous, by token, by session.
OVERHEAD = (0, 1, 1)

# url name -> (anonymous, editor by token, editor by session): (status, statements) each.
COUNTS = {
    "adoption-report": ((200, 3), (200, 6), (200, 6)),
    "adoption-report-csv": ((200, 3), (200, 6), (200, 6)),
    "api-root": ((200, 0), (200, 1), (200, 1)),
    "deployment-deleted": ((401, 0), (200, 4), (200, 4)),
    "deployment-detail": ((200, 5), (200, 6), (200, 6)),
    "deployment-history": ((401, 0), (200, 13), (200, 13)),
    "deployment-list": ((200, 6), (200, 7), (200, 7)),
    "deployments-citations": ((200, 3), (200, 4), (200, 4)),
    "deployments-guests": ((200, 3), (200, 4), (200, 4)),
    "deployments-stages": ((200, 3), (200, 4), (200, 4)),
    "docs": ((200, 0), (200, 1), (200, 1)),
    "events-citations": ((200, 3), (200, 4), (200, 4)),
    "events-figures": ((200, 11), (200, 12), (200, 12)),
    "events-links": ((200, 2), (200, 3), (200, 3)),
    "events-parties": ((200, 2), (200, 3), (200, 3)),
    "hypervisor-deleted": ((401, 0), (200, 4), (200, 4)),
    "hypervisor-detail": ((200, 2), (200, 3), (200, 3)),
    "hypervisor-history": ((401, 0), (200, 6), (200, 6)),
    "hypervisor-list": ((200, 2), (200, 3), (200, 3)),
    "marketevent-deleted": ((401, 0), (200, 4), (200, 4)),
    "marketevent-detail": ((200, 9), (200, 10), (200, 10)),
    "marketevent-history": ((401, 0), (200, 15), (200, 15)),
    "marketevent-list": ((200, 9), (200, 10), (200, 10)),
    "operatingsystem-deleted": ((401, 0), (200, 4), (200, 4)),
    "operatingsystem-detail": ((200, 1), (200, 2), (200, 2)),
    "operatingsystem-history": ((401, 0), (200, 5), (200, 5)),
    "operatingsystem-list": ((200, 1), (200, 2), (200, 2)),
    "organization-deleted": ((401, 0), (200, 4), (200, 4)),
    "organization-detail": ((200, 3), (200, 4), (200, 4)),
    "organization-history": ((401, 0), (200, 6), (200, 6)),
    "organization-list": ((200, 3), (200, 4), (200, 4)),
    "organizations-aliases": ((200, 2), (200, 3), (200, 3)),
    "ownership-deleted": ((401, 0), (200, 4), (200, 4)),
    "ownership-detail": ((200, 1), (200, 2), (200, 2)),
    "ownership-history": ((401, 0), (200, 6), (200, 6)),
    "ownership-list": ((200, 1), (200, 2), (200, 2)),
    "product-deleted": ((401, 0), (200, 4), (200, 4)),
    "product-detail": ((200, 1), (200, 2), (200, 2)),
    "product-history": ((401, 0), (200, 7), (200, 7)),
    "product-list": ((200, 1), (200, 2), (200, 2)),
    "question-deleted": ((401, 0), (200, 4), (200, 4)),
    "question-detail": ((200, 2), (200, 3), (200, 3)),
    "question-history": ((401, 0), (200, 6), (200, 6)),
    "question-list": ((200, 2), (200, 3), (200, 3)),
    "redoc": ((200, 0), (200, 1), (200, 1)),
    "schema": ((200, 0), (200, 3), (200, 3)),
    "source-deleted": ((401, 0), (200, 4), (200, 4)),
    "source-detail": ((200, 1), (200, 2), (200, 2)),
    "source-history": ((401, 0), (200, 5), (200, 5)),
    "source-list": ((200, 1), (200, 2), (200, 2)),
    "survey-deleted": ((401, 0), (200, 4), (200, 4)),
    "survey-detail": ((200, 2), (200, 3), (200, 3)),
    "survey-history": ((401, 0), (200, 6), (200, 6)),
    "survey-list": ((200, 2), (200, 3), (200, 3)),
    "survey-methodology": ((200, 6), (200, 7), (200, 7)),
    "survey-questions-options": ((200, 2), (200, 3), (200, 3)),
    "survey-responses-guest_families": ((200, 2), (200, 3), (200, 3)),
    "survey-responses-hypervisors": ((200, 3), (200, 4), (200, 4)),
    "surveyresponse-deleted": ((401, 0), (200, 4), (200, 4)),
    "surveyresponse-detail": ((200, 4), (200, 7), (200, 7)),
    "surveyresponse-history": ((401, 0), (200, 10), (200, 10)),
    "surveyresponse-list": ((200, 4), (200, 7), (200, 7)),
    "surveys-margins": ((200, 2), (200, 3), (200, 3)),
}


def api_endpoints() -> dict[str, tuple[URLPattern, str]]:
    """Every url name under /api/ that answers GET, with its pattern: name -> (pattern, route)."""
    found: dict[str, tuple[URLPattern, str]] = {}

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
                continue
            route = prefix + str(pattern.pattern)
            if not route.startswith("api/") or "format" in pattern.pattern.regex.groupindex:
                continue  # the .json/.csv suffix twins of each route answer what their route does
            callback = pattern.callback
            actions = getattr(callback, "actions", None)
            answers_get = "get" in actions if actions is not None else hasattr(callback.view_class, "get")
            if answers_get:
                found[pattern.name] = (pattern, route)

    walk(get_resolver().url_patterns, "")
    return found


def resource_name(pattern: URLPattern) -> str:
    """The resource a record endpoint (detail, history, rows) reads, from its view."""
    view = getattr(pattern.callback, "view_class", None) or getattr(pattern.callback, "cls")  # noqa: B009
    resource = getattr(view, "resource", None)
    return resource.name if resource is not None else resource_for(view.queryset.model).name


def url_of(name: str, pattern: URLPattern, editor: APIClient) -> str:
    """A URL of the endpoint `name`, naming the first record the list shows the editor when it takes one."""
    kwargs = {}
    for parameter in pattern.pattern.regex.groupindex:
        listed = editor.get(f"/api/{resource_name(pattern) if parameter == 'pk' else 'surveys'}/", {"limit": 1})
        record = listed.json()["results"][0]
        kwargs[parameter] = record["id"] if parameter == "pk" else record[parameter]
    return reverse(f"api:{name}", kwargs=kwargs) + QUERIES.get(name, "")


def statements(client: APIClient, url: str, throttled: str) -> tuple[int, int]:
    """(status, SQL statements) of GET `url`, the whole response read; checks the throttle `throttled` counted it."""
    cache.delete(throttled)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        response.getvalue()  # a streamed body too: its statements run as it is read
    if response.status_code not in (401, 403):  # DRF checks permissions first: a refusal is not throttled
        history = cache.get(throttled)
        assert history and len(history) == 1, f"{url}: the throttle did not count the request in the cache"
    return response.status_code, len(captured.captured_queries)


def measure(editor_user) -> dict[str, tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """name -> (anonymous, token, session): (status, statements) of each endpoint."""
    anonymous, by_token, by_session = APIClient(), token_client(editor_user), APIClient()
    by_session.force_login(editor_user)
    results = {}
    for name, (pattern, _) in sorted(api_endpoints().items()):
        url = url_of(name, pattern, by_token)
        # Each client once before, so that what a first request alone does (reading a
        # content type into Django's cache, say) is not counted.
        for client in (anonymous, by_token, by_session):
            client.get(url)
        results[name] = (
            statements(anonymous, url, "throttle_anon_127.0.0.1"),
            statements(by_token, url, f"throttle_user_{editor_user.pk}"),
            statements(by_session, url, f"throttle_user_{editor_user.pk}"),
        )
    return results


def table(results) -> str:
    lines = [f'    "{name}": {counts!r},' for name, counts in sorted(results.items())]
    return "COUNTS = {\n" + "\n".join(lines) + "\n}"


def test_a_request_costs_at_most_one_statement_before_its_view():
    assert tuple(statements for _, statements in COUNTS["api-root"]) == OVERHEAD


def test_every_endpoint_has_a_count():
    assert set(api_endpoints()) == set(COUNTS)


def test_each_endpoint_makes_its_pinned_number_of_statements(seeded, editor_user):
    measured = measure(editor_user)
    assert measured == COUNTS, "measured now (paste over COUNTS if the change is meant):\n" + table(measured)
    # The same editor, the same statements, whichever way they log in: the token's join or the session's user.
    for name, (_, by_token, by_session) in measured.items():
        assert by_token == by_session, name


def test_the_endpoint_list_is_the_urlconf():
    routes = {route for _, route in api_endpoints().values()}
    assert "api/schema/" in routes and "api/reports/adoption/" in routes
    assert any(re.search(r"history", route) for route in routes)
    assert any(re.search(r"<slug:slug>/methodology/", route) for route in routes)
