"""The fast deployments list gives exactly what the serializer gives, for every record."""

import datetime

import pytest
from rest_framework.test import APIRequestFactory

from adoption.api.projections import COLUMNS, deployment_page
from adoption.api.serializers import serializer_for
from adoption.models import Deployment, Organization, Purpose
from adoption.registry import RESOURCES
from adoption.services.demo_data import generate_demo_data

from ..factories import CitationFactory, DeploymentFactory, GuestFactory

DeploymentSerializer = serializer_for(RESOURCES["deployments"])

pytestmark = pytest.mark.django_db


def test_the_list_projection_equals_the_serializer_for_every_record(seeded, anonymous):
    generate_demo_data(deployments=60, seed=3)
    odd = DeploymentFactory(
        supplier=Organization.objects.get(slug="red-hat"),
        hypervisor_version="3.0",
        reported_precision="quarter",
        reported_on=datetime.date(2008, 5, 17),
        host_count=0,
    )
    odd.purposes.set(Purpose.objects.all()[:3])
    GuestFactory.create_batch(3, deployment=odd)
    CitationFactory(deployment=odd, source__published_on=None, locator="p. 2")

    request = APIRequestFactory().get("/api/deployments/")
    context = {"request": request}
    rows = list(Deployment.objects.order_by("pk").values_list(*COLUMNS))
    expected = DeploymentSerializer(Deployment.objects.order_by("pk"), many=True, context=context).data
    assert deployment_page(rows, context) == [dict(row) for row in expected]

    # And through the endpoint: the list page and each detail page agree.
    page = anonymous.get("/api/deployments/", {"limit": 1000}).json()["results"]
    for row in page[:20]:
        assert anonymous.get(f"/api/deployments/{row['id']}/").json() == row
