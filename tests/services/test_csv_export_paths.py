"""The exporter's two ways of writing list cells give the same bytes.

On SQLite, and for a sliced queryset, each list cell is a subquery per row; on
PostgreSQL an export joins each list aggregated once (csv_export.ListJoin), over every
row or over the chosen rows of a filtered export. Whatever the way, every resource's
cells are the same, with the lists in their own order.
"""

import csv
import datetime
import functools
import io

import pytest
from django.db import connection

from adoption.csv_codec import split_rows
from adoption.models import Deployment, Guest, OperatingSystem, Source, StageObservation
from adoption.registry import RESOURCES
from adoption.selectors import csv_export
from adoption.selectors.csv_export import cells

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="lists are joined on PostgreSQL only"),
]


def both(resource, queryset) -> tuple[list, list]:
    return list(cells(resource, queryset, joined=True)), list(cells(resource, queryset, joined=False))


@pytest.fixture
def shuffled(seeded):
    """A deployment whose lists' rows were written out of their order: stages newest first,
    guests after the operating systems they name in reverse, so neither id nor name order
    is the lists' order by chance."""
    deployment = Deployment.objects.get(reference="casio-xen-sles-2007")
    source = Source.objects.order_by("pk").first()
    for year in (2009, 2005, 2001):
        StageObservation.objects.create(
            deployment=deployment, stage="pilot", held_from=datetime.date(year, 3, 1), source=source, note=f"{year}"
        )
    for system in OperatingSystem.objects.order_by("-slug")[:2]:
        Guest.objects.create(deployment=deployment, operating_system=system, version="x;y|z\\")
    return deployment


@pytest.mark.parametrize("name", list(RESOURCES))
def test_every_resource_gives_the_same_cells_both_ways(shuffled, name):
    resource = RESOURCES[name]
    everything = resource.model._default_manager.order_by("pk")
    chosen = list(everything.values_list("pk", flat=True)[::2])
    for queryset in (everything, everything.filter(pk__in=chosen), everything.none()):
        joined, correlated = both(resource, queryset)
        assert joined == correlated
    assert len(both(resource, everything)[0]) == everything.count()


def test_joined_lists_keep_each_lists_order(shuffled):
    resource = RESOURCES["deployments"]
    stages = resource.columns.index("stages") + 1  # after the id
    guests = resource.columns.index("guests") + 1
    for rows in both(resource, Deployment.objects.filter(pk=shuffled.pk)):
        (row,) = rows
        held = [fields[1] for fields in split_rows(row[stages], 6)]
        assert held == sorted(held) and "2001-03-01" in held and "2009-03-01" in held
        written = split_rows(row[guests], 4)
        assert [fields[0] for fields in written] == list(
            shuffled.guests.order_by("pk").values_list("operating_system__slug", flat=True)
        )
        assert written[-1][1] == "x;y|z\\"


def test_api_exports_are_the_same_bytes_both_ways(client, shuffled, monkeypatch):
    """Through ?format=csv: filters across lists (DISTINCT), a stage restated as of a day,
    an ordering, a search."""
    urls = [
        "/api/deployments/?format=csv",
        "/api/deployments/?format=csv&guest_os_family=windows&ordering=-reported_on",
        "/api/deployments/?format=csv&as_of=2008-01-01&stage=production",
        "/api/deployments/?format=csv&q=casio",
        "/api/organizations/?format=csv&q=a",
        "/api/events/?format=csv",
    ]
    joined = {url: download(client, url) for url in urls}
    monkeypatch.setattr(csv_export, "cells", functools.partial(cells, joined=False))
    for url in urls:
        assert download(client, url) == joined[url], url
        assert len(list(csv.reader(io.StringIO(joined[url].decode(), newline="")))) > 1, url


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)
