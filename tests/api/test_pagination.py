"""Pages: offset links near the start, keyset cursors deep in a list, counts exact or estimated.

The walks are generated from the registry: every list, in every ordering it offers, both ways."""

import base64
import importlib
import json

import pytest
from django.db import connection

from adoption.api import pagination
from adoption.models import Organization
from adoption.registry import api_resources

from .conftest import list_url

RESOURCES = {resource.name: resource for resource in api_resources()}


def orderings(name: str) -> list[str]:
    """The default ordering (""), and every ordering the list offers, both ways."""
    return ["", *(term for field in RESOURCES[name].ordering for term in (field, f"-{field}"))]


def ids(body: dict) -> list[int]:
    return [row["id"] for row in body["results"]]


def walk(client, url: str, link: str) -> tuple[list[int], list[dict]]:
    """Follow `link` (next or previous) from `url` to the end: the ids met and the pages."""
    pages = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        pages.append(response.json())
        url = pages[-1][link]
    return [pk for page in pages for pk in ids(page)], pages


@pytest.mark.parametrize("resource", RESOURCES)
def test_following_the_links_meets_every_row_once_in_order_both_ways(anonymous, demo, monkeypatch, resource):
    model = RESOURCES[resource].model
    for ordering in orderings(resource):
        query = {"ordering": ordering} if ordering else {}
        whole = anonymous.get(list_url(resource), {**query, "limit": 1000})
        assert whole.status_code == 200, whole.content
        expected = ids(whole.json())
        monkeypatch.setattr(pagination, "CURSOR_AFTER", 0)  # every next link a cursor, where one can be
        limit = max(2, len(expected) // 4)
        start = list_url(resource) + f"?limit={limit}" + (f"&ordering={ordering}" if ordering else "")
        forward, pages = walk(anonymous, start, "next")
        assert forward == expected, ordering
        if len(pages) > 1:
            keyed = pagination.Key(model, [ordering] if ordering else model._meta.ordering).columnar
            assert ("cursor=" in pages[0]["next"]) is keyed, ordering
            # Back from the last page by previous links: the same pages, the other way round.
            backward, _ = walk(anonymous, pages[-1]["previous"], "previous")
            assert backward == [pk for page in pages[-2::-1] for pk in ids(page)], ordering
        monkeypatch.undo()


def test_cursor_links_start_past_ten_thousand_rows_in(anonymous, seeded, monkeypatch):
    monkeypatch.setattr(pagination, "CURSOR_AFTER", 6)
    first = anonymous.get(list_url("organizations"), {"limit": 3}).json()
    assert "offset=3" in first["next"]
    second = anonymous.get(first["next"]).json()
    assert "cursor=" in second["next"] and "offset" not in second["next"]
    third = anonymous.get(second["next"]).json()
    assert ids(third) == ids(anonymous.get(list_url("organizations"), {"limit": 3, "offset": 6}).json())


def test_an_ordering_by_a_column_that_can_be_empty_pages_by_offset(anonymous, seeded, monkeypatch):
    monkeypatch.setattr(pagination, "CURSOR_AFTER", 0)
    body = anonymous.get(list_url("sources"), {"limit": 2, "ordering": "published_on"}).json()
    assert "offset=2" in body["next"]
    refused = anonymous.get(list_url("sources"), {"ordering": "published_on", "cursor": "abc"})
    assert refused.status_code == 400 and "offset only" in refused.json()["cursor"][0]


def cursor(payload) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


CREATED = "2007-08-14T00:00:00+00:00"


@pytest.mark.parametrize(
    "bad",
    [
        "not base64!",
        cursor(["a list"]),
        cursor({"o": ["created", "pk"], "k": [CREATED]}),  # one value short
        cursor({"o": ["created", "pk"], "k": [CREATED, "not a number"]}),
        cursor({"o": ["created", "pk"], "k": ["not a time", 1]}),
        cursor({"o": ["created", "pk"], "k": [CREATED, 10**30]}),  # past what the column holds
        cursor({"o": ["-created", "-pk"], "k": [CREATED, 1]}),  # another ordering's
        cursor({"o": ["created", "pk"], "k": [None, 1]}),
        cursor({"o": ["created", "pk"], "k": [CREATED, 1.5]}),
        '{"o":["created","pk"],"k":["2007-08-14T00:00:00+00:00",Infinity]}',  # Python's json reads Infinity
        cursor({"o": ["created", "pk"], "k": ["2007-08-14T00:00:00", 1]}),  # a time with no zone
    ],
)
def test_a_cursor_the_api_did_not_give_is_a_400_naming_it(anonymous, seeded, bad):
    if bad.startswith("{"):
        bad = base64.urlsafe_b64encode(bad.encode()).decode().rstrip("=")
    # The cursor of ordering=created, made by hand, is read; each of these is refused.
    made = cursor({"o": ["created", "pk"], "k": [CREATED, 1]})
    assert anonymous.get(list_url("organizations"), {"ordering": "created", "cursor": made}).status_code == 200
    response = anonymous.get(list_url("organizations"), {"ordering": "created", "cursor": bad})
    assert response.status_code == 400 and list(response.json()) == ["cursor"], response.content


def test_a_null_character_in_a_cursor_is_refused(anonymous, seeded):
    made = cursor({"o": ["name"], "k": ["Citrix"]})
    assert anonymous.get(list_url("organizations"), {"cursor": made}).status_code == 200
    response = anonymous.get(list_url("organizations"), {"cursor": cursor({"o": ["name"], "k": ["Citrix\x00"]})})
    assert response.status_code == 400 and list(response.json()) == ["cursor"]


def test_a_cursor_with_an_offset_is_refused(anonymous, seeded):
    both = anonymous.get(list_url("organizations"), {"cursor": cursor({"o": ["name"], "k": ["a"]}), "offset": 5})
    assert both.status_code == 400 and "not both" in both.json()["cursor"][0]


def test_count_is_exact_on_small_lists_and_on_request(anonymous, seeded, monkeypatch):
    body = anonymous.get(list_url("organizations"), {"limit": 2}).json()
    assert body["count"] == Organization.objects.count() and body["count_estimated"] is False
    monkeypatch.setattr(pagination, "EXACT_COUNT_UP_TO", 3)
    estimated = anonymous.get(list_url("organizations"), {"limit": 2}).json()
    exact = anonymous.get(list_url("organizations"), {"limit": 2, "count": "exact"}).json()
    assert exact["count"] == Organization.objects.count() and exact["count_estimated"] is False
    if connection.vendor == "postgresql":
        assert estimated["count_estimated"] is True and estimated["count"] >= 3
    else:  # SQLite has no estimate to give: counted
        assert (estimated["count"], estimated["count_estimated"]) == (exact["count"], False)
    assert anonymous.get(list_url("organizations"), {"count": "fast"}).status_code == 400


def test_next_does_not_trust_an_estimated_count(anonymous, seeded, monkeypatch):
    """However far off an estimate is, next is there while rows are, and gone after the last."""
    monkeypatch.setattr(pagination, "EXACT_COUNT_UP_TO", 1)
    seen, _ = walk(anonymous, list_url("organizations") + "?limit=4", "next")
    assert sorted(seen) == sorted(Organization.objects.values_list("pk", flat=True))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes are PostgreSQL's")
def test_search_on_postgresql_can_use_the_trigram_indexes(anonymous, seeded):
    """`q` (`icontains`) builds the expression each index of migration 0019 is on: with every other
    way to read the table ruled out, the plan reads the index (one on another expression could
    not be used), and a deployment search reads both of the deployments' own."""
    from django.apps import apps

    from adoption.filters import matching
    from adoption.models import Deployment

    searched = importlib.import_module("adoption.migrations.0019_search_trigram_indexes").SEARCHED
    tables = {model._meta.db_table: model for model in apps.get_models()}
    with connection.cursor() as cursor:
        for setting in ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan"):
            cursor.execute(f"SET LOCAL {setting} = off")
        for index, table, column in searched:
            plan = tables[table].objects.filter(**{f"{column}__icontains": "casio"}).explain()
            assert index in plan, plan
        ids = matching(Deployment, ["reference", "summary", "customer__name"], "casio")
        plan = Deployment.objects.filter(pk__in=ids).explain()
    assert "deployment_reference_trgm" in plan and "deployment_summary_trgm" in plan, plan
