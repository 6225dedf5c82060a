"""generate_demo_data: synthetic, reproducible, replacing itself, leaving real records alone."""

import pytest
from django.core.management import call_command

from adoption.models import Deployment, Organization, Survey

pytestmark = pytest.mark.django_db


def snapshot():
    return list(
        Deployment.objects.filter(reference__startswith="synthetic-")
        .order_by("reference")
        .values_list("reference", "customer__name", "hypervisor__slug", "stage", "reported_on", "vm_count")
    )


def test_demo_data_is_synthetic_reproducible_and_replaces_itself(seeded, capsys):
    call_command("generate_demo_data", deployments=50, seed=7)
    first = snapshot()
    assert len(first) == 50
    synthetic = Deployment.objects.filter(reference__startswith="synthetic-")
    assert all(summary.startswith("[synthetic]") for summary in synthetic.values_list("summary", flat=True))
    assert all(name.startswith("Synthetic customer") for _, name, *_ in first)
    assert all(deployment.citations.exists() for deployment in synthetic[:5])
    assert "Wrote 50 synthetic deployments" in capsys.readouterr().out

    call_command("generate_demo_data", deployments=50, seed=7)
    assert snapshot() == first, "the same seed gives the same data, replacing the old"
    call_command("generate_demo_data", deployments=20, seed=8)
    assert len(snapshot()) == 20 and snapshot() != first[:20]
    assert Deployment.objects.filter(reference="casio-xen-sles-2007").exists(), "real records are untouched"
    assert Organization.objects.filter(slug="casio-computer").exists()


def test_demo_data_has_a_synthetic_survey_that_shows_a_pattern(seeded, capsys):
    call_command("generate_demo_data", deployments=20, responses=300, seed=7)
    survey = Survey.objects.get(slug="synthetic-survey")
    assert survey.synthetic and "(synthetic)" in str(survey)
    assert survey.responses.count() == 300
    assert all(
        reference.startswith("synthetic-response-")
        for reference in survey.responses.values_list("reference", flat=True)
    )
    assert not survey.responses.filter(hypervisors__isnull=True).exists(), "every response names a hypervisor"
    # The lean a demo report shows: long Linux experience is further along than none.
    production = survey.responses.filter(stage="production")
    assert production.filter(linux_years__gte=9).count() > production.filter(linux_years__lte=2).count()

    call_command("generate_demo_data", remove=True)
    assert not Survey.objects.filter(slug="synthetic-survey").exists()
    assert not Deployment.objects.filter(reference__startswith="synthetic-").exists()
    assert not Organization.objects.filter(slug__startswith="synthetic-").exists()
    assert Survey.objects.filter(synthetic=False).exists(), "real surveys are untouched"
    assert "Removed the synthetic demo data: 20 deployments" in capsys.readouterr().out
