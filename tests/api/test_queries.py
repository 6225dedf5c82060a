"""Each list endpoint declares its joins: its query count does not grow with the page size."""

import pytest

from adoption.registry import api_resources

from ..conftest import restore_or_load
from ..factories import (
    CitationFactory,
    DeploymentFactory,
    EventFigureFactory,
    EventPartyFactory,
    GuestFactory,
    MarketEventFactory,
    OwnershipFactory,
    ProductFactory,
    QuestionFactory,
    SurveyResponseFactory,
)

pytestmark = pytest.mark.django_db

# Committed baselines: count + page + one query per prefetched relation. (Past 1,000 rows, PostgreSQL's
# count adds an EXPLAIN for its estimate: api/pagination.py.)
QUERIES = {
    "organizations": 4,  # count, page (+ industry), aliases, ownership periods
    "hypervisors": 3,  # count, page (+ vendor), techniques
    "operating-systems": 2,  # count, page (+ vendor)
    "products": 2,  # count, page (+ vendor, hypervisor, operating system)
    # count, page of ids, the page with customer, hypervisor, host OS and supplier, purposes, guests, stages,
    # citations
    "deployments": 7,
    "sources": 2,  # count, page (+ publisher)
    # count, page (+ subject, counterparty), hypervisors, OSes, products, parties, figures, links, links to it,
    # citations
    "events": 10,
    "ownerships": 2,  # count, page (+ organization, parent, event, source)
    "surveys": 3,  # count, page (+ conducted by, source), population margins
    "survey-questions": 3,  # count, page (+ survey), answer options
    "survey-responses": 5,  # count, page (+ survey, respondent, industry), purposes, guest families, hypervisors
}


def test_every_list_has_a_baseline():
    assert set(QUERIES) == {resource.name for resource in api_resources()}


@pytest.fixture
def many_records(seeded):
    # Made for real once per test process, then written back (the counts do not depend on the values).
    restore_or_load("test_queries.many_records", make_many_records)


def make_many_records():
    for _ in range(20):
        deployment = DeploymentFactory()
        GuestFactory.create_batch(2, deployment=deployment)
        event = MarketEventFactory()
        EventFigureFactory(event=event)
        EventPartyFactory(event=event)
        CitationFactory(event=event)
        ProductFactory()
        OwnershipFactory()
        SurveyResponseFactory()
        QuestionFactory()


@pytest.mark.parametrize("resource", sorted(QUERIES))
@pytest.mark.parametrize("brief", [False, True])
def test_list_queries_do_not_grow_with_the_page(anonymous, many_records, django_assert_num_queries, resource, brief):
    expected = 2 if brief else QUERIES[resource]
    for limit in (2, 20):
        params = {"limit": limit, **({"brief": "true"} if brief else {})}
        with django_assert_num_queries(expected):
            response = anonymous.get(f"/api/{resource}/", params)
        assert response.status_code == 200
        assert len(response.json()["results"]) == limit
