"""`synthetic` on every list, its CSV and every admin changelist of a flagged model: demo data can be left out."""

import csv
import io

import pytest

from adoption.filters import has_synthetic_flag
from adoption.models import Deployment, Source
from adoption.registry import RESOURCES as CSV_RESOURCES
from adoption.registry import api_resources
from adoption.selectors.csv_export import stream_csv
from adoption.services.csv_import import import_csv

from .conftest import RESOURCES, list_url

pytestmark = pytest.mark.django_db

# Every resource whose records may be demo data (a `synthetic` flag): the demo fixture writes each.
FLAGGED = {resource.name: resource.model for resource in api_resources() if has_synthetic_flag(resource.model)}


def every_row(client, resource, **params) -> list[dict]:
    response = client.get(list_url(resource), {"limit": 1000, **params})
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_list_leaves_demo_data_out_or_shows_only_it(anonymous, demo, resource):
    everything = every_row(anonymous, resource)
    real = every_row(anonymous, resource, synthetic="false")
    made_up = every_row(anonymous, resource, synthetic="true")
    assert len(real) + len(made_up) == len(everything)
    assert real, "the seeds are real"
    if resource in FLAGGED:
        assert made_up, "the demo fixture writes some of these"
        assert all(row["synthetic"] is False for row in real)
        assert all(row["synthetic"] is True for row in made_up)
    else:
        assert made_up == [], "demo data has none of these"


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("value", ["maybe", "yes", "2"])
def test_a_value_other_than_true_or_false_is_a_400(anonymous, seeded, resource, value):
    response = anonymous.get(list_url(resource), {"synthetic": value})
    assert response.status_code == 400
    assert response.json() == {"synthetic": [f"“{value}” is neither true nor false."]}


def test_the_flag_is_read_only_through_the_api(editor, demo):
    deployment = Deployment.objects.filter(synthetic=True).first()
    response = editor.patch(f"/api/deployments/{deployment.pk}/", {"synthetic": False}, format="json")
    deployment.refresh_from_db()
    assert deployment.synthetic, response.content


def test_the_csv_takes_the_same_filter_and_shows_the_flag(anonymous, demo):
    response = anonymous.get(list_url("deployments"), {"format": "csv", "synthetic": "false"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows and {row["synthetic"] for row in rows} == {"false"}
    assert len(rows) == Deployment.objects.filter(synthetic=False).count()
    assert not any(row["reference"].startswith("synthetic-") for row in rows)


def test_csv_export_then_import_keeps_the_flag(demo):
    resource = CSV_RESOURCES["sources"]
    flagged = set(Source.objects.filter(synthetic=True).values_list("slug", flat=True))
    data = b"".join(stream_csv(resource, Source.objects.all()))
    Source.objects.filter(synthetic=True).update(synthetic=False)
    import_csv(resource, data)
    assert "synthetic-demo-data" in flagged
    assert set(Source.objects.filter(synthetic=True).values_list("slug", flat=True)) == flagged


@pytest.mark.parametrize("model", list(FLAGGED.values()), ids=list(FLAGGED))
def test_every_admin_changelist_of_a_flagged_model_filters_by_it(admin_client, demo, model):
    page = f"/admin/adoption/{model._meta.model_name}/"
    body = admin_client.get(page).content.decode()
    assert "By synthetic" in body
    for flag, value in ((True, "1"), (False, "0")):
        response = admin_client.get(page, {"synthetic__exact": value})
        assert response.status_code == 200
        assert response.context["cl"].result_count == model.objects.filter(synthetic=flag).count()
