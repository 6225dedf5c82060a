"""Demo data knows itself: a `synthetic` flag, never a naming convention, decides what removal deletes."""

import importlib

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from adoption.models import Deployment, Organization, Source, Survey, SurveyResponse
from tests.factories import CitationFactory, DeploymentFactory, OrganizationFactory, SourceFactory

pytestmark = pytest.mark.django_db

FLAGGED = (Organization, Source, Deployment, Survey, SurveyResponse)


@pytest.fixture
def look_alikes(seeded):
    """Real records named the way demo data is: a synthetic- reference, a [synthetic] summary, a
    synthetic- slug on an organization, a source and a survey that is not flagged synthetic."""
    firm = OrganizationFactory(
        slug="synthetic-customer-99999", name="Synthetic Biology Ltd", description="[synthetic] A made-up name?"
    )
    source = SourceFactory(slug="synthetic-demo-data-review", title="Synthetic demo data (not a real source)")
    deployment = DeploymentFactory(
        reference="synthetic-aperture-radar-2008", customer=firm, summary="[synthetic] aperture radar", citation=None
    )
    CitationFactory(deployment=deployment, source=source)
    survey = Survey.objects.create(
        slug="synthetic-survey-of-biologists",
        title="Survey of synthetic biologists",
        conducted_by=firm,
        fielded_from="2008-01-01",
        population="Biologists.",
        source=source,
    )
    survey.responses.create(reference="synthetic-response-00001-real", country="GB")
    return {"organization": firm, "source": source, "deployment": deployment, "survey": survey}


def real_keys():
    return {
        model.__name__: set(model.objects.filter(synthetic=False).values_list("pk", flat=True)) for model in FLAGGED
    }


def test_every_record_demo_data_writes_is_flagged_and_nothing_else(seeded):
    before = real_keys()
    call_command("generate_demo_data", deployments=30, responses=20, seed=1)
    assert real_keys() == before, "demo data flags every record it writes, and no other"
    for model in FLAGGED:
        assert model.objects.filter(synthetic=True).exists(), model.__name__
    assert not Deployment.objects.filter(synthetic=True).exclude(citations__source__synthetic=True).exists()


def test_removal_deletes_the_flagged_records_and_leaves_look_alikes(look_alikes, capsys):
    call_command("generate_demo_data", deployments=30, responses=20, seed=1)
    real = real_keys()
    call_command("generate_demo_data", remove=True)
    assert "Removed the synthetic demo data: 30 deployments, 4 organizations, 1 sources, 1 surveys and 20 survey" in (
        capsys.readouterr().out
    )
    for model in FLAGGED:
        assert not model.objects.filter(synthetic=True).exists(), model.__name__
    assert real_keys() == real, "every real record is still there"
    assert Deployment.objects.filter(reference="synthetic-aperture-radar-2008").exists()
    assert SurveyResponse.objects.filter(reference="synthetic-response-00001-real").exists()
    assert Survey.objects.filter(slug="synthetic-survey-of-biologists").exists()
    assert Organization.objects.filter(slug="synthetic-customer-99999").exists()
    assert Deployment.objects.filter(reference="casio-xen-sles-2007").exists()


def test_regenerating_keeps_look_alikes_too(look_alikes):
    call_command("generate_demo_data", deployments=10, responses=5, seed=1)
    call_command("generate_demo_data", deployments=10, responses=5, seed=2)
    assert Deployment.objects.filter(reference="synthetic-aperture-radar-2008").exists()
    assert Survey.objects.filter(slug="synthetic-survey-of-biologists").exists()


def test_removal_refuses_while_real_records_refer_to_demo_data(seeded):
    call_command("generate_demo_data", deployments=10, responses=5, seed=1)
    customer = Organization.objects.filter(synthetic=True).first()
    DeploymentFactory(reference="real-deployment-of-a-demo-customer", customer=customer)
    demo = Deployment.objects.filter(synthetic=True).count()
    with pytest.raises(CommandError, match="deployment real-deployment-of-a-demo-customer"):
        call_command("generate_demo_data", remove=True)
    assert Deployment.objects.filter(synthetic=True).count() == demo, "nothing was removed"
    Deployment.objects.filter(reference="real-deployment-of-a-demo-customer").delete()

    real_answer = Survey.objects.get(synthetic=True).responses.create(reference="real-answer-in-demo-survey")
    with pytest.raises(CommandError, match="survey response real-answer-in-demo-survey"):
        call_command("generate_demo_data", remove=True)
    real_answer.delete()
    call_command("generate_demo_data", remove=True)
    assert not Deployment.objects.filter(synthetic=True).exists()


def test_the_migration_flags_stored_demo_data_it_can_recognise_and_nothing_else(look_alikes):
    call_command("generate_demo_data", deployments=20, responses=10, seed=1)
    demo = {model.__name__: set(model.objects.filter(synthetic=True).values_list("pk", flat=True)) for model in FLAGGED}
    for model in (Organization, Source, Deployment, SurveyResponse):
        model.objects.update(synthetic=False)  # as before the flag existed (surveys had theirs)
    CitationFactory(deployment=Deployment.objects.get(reference="synthetic-0000001"))  # now cites a real source too
    migration = importlib.import_module("adoption.migrations.0008_synthetic_flag")
    migration.mark_demo_data(apps, None)
    flagged = {
        model.__name__: set(model.objects.filter(synthetic=True).values_list("pk", flat=True)) for model in FLAGGED
    }
    # The deployment that also cites a real source stays real, and so does its customer.
    edited = Deployment.objects.get(reference="synthetic-0000001")
    demo["Deployment"].discard(edited.pk)
    demo["Organization"].discard(edited.customer_id)
    assert flagged == demo
