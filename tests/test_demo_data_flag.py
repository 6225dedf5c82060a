"""Demo data knows itself: a `synthetic` flag, never a naming convention, decides what removal deletes."""

import importlib
import re

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models
from django.db.models import Q

from adoption.models import (
    Deployment,
    EventLink,
    EventParty,
    MarketEvent,
    Organization,
    Ownership,
    PartyRole,
    Product,
    Source,
    Survey,
    SurveyResponse,
)
from adoption.models.tallies import DERIVED
from adoption.services import demo_data
from tests.factories import (
    CitationFactory,
    DeploymentFactory,
    EventFigureFactory,
    MarketEventFactory,
    OrganizationFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

# Every model of the app and its many-to-many tables, history aside: read from the models, so
# that a new model (or a new relation) is checked without a word here.
MODELS = [
    model
    for model in apps.get_app_config("adoption").get_models(include_auto_created=True)
    if not model.__name__.startswith("Historical") and model not in DERIVED  # the reports' counts: not records
]
FLAGGED = [model for model in MODELS if "synthetic" in {field.name for field in model._meta.concrete_fields}]


def keys_to_flagged(model) -> list[str]:
    """`model`'s foreign keys to a model with the flag."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and field.related_model in FLAGGED
    ]


def every_row() -> dict[str, set]:
    return {model._meta.label: set(model._default_manager.values_list("pk", flat=True)) for model in MODELS}


def test_the_flag_is_on_every_kind_of_record_demo_data_writes():
    assert set(FLAGGED) >= {Organization, Source, Deployment, Survey, SurveyResponse, MarketEvent, Product, Ownership}


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


def demo_counts():
    return {model.__name__: model.objects.filter(synthetic=True).count() for model in FLAGGED}


def test_every_record_demo_data_writes_is_flagged_and_nothing_else(seeded):
    before, real = every_row(), real_keys()
    call_command("generate_demo_data", deployments=30, responses=20, seed=1)
    assert real_keys() == real, "demo data flags every record it writes, and no other"
    for model in FLAGGED:
        assert model.objects.filter(synthetic=True).exists(), f"demo data writes no {model.__name__}"
    after = every_row()
    for model in MODELS:
        label = model._meta.label
        assert before[label] <= after[label], f"demo data deleted real {label} rows"
        written = model.objects.filter(pk__in=after[label] - before[label])
        if model in FLAGGED or not written.exists():
            continue
        # An unflagged row it writes (a guest, a figure, an event's product) belongs to a flagged
        # record; vocabulary (units, metrics, roles) it uses, never writes.
        belongs = Q(pk__in=[])
        for key in keys_to_flagged(model):
            belongs |= Q(**{f"{key}__synthetic": True})
        assert not written.exclude(belongs).exists(), f"{label} rows that belong to no demo record"
    assert not Deployment.objects.filter(synthetic=True).exclude(citations__source__synthetic=True).exists()


def test_removal_deletes_the_flagged_records_and_leaves_look_alikes(look_alikes, capsys):
    before = every_row()
    call_command("generate_demo_data", deployments=30, responses=20, seed=1)
    written = {label: rows - before[label] for label, rows in every_row().items()}
    counts = {str(model._meta.verbose_name_plural): model.objects.filter(synthetic=True).count() for model in FLAGGED}
    call_command("generate_demo_data", remove=True)
    out = capsys.readouterr().out
    assert "Removed the synthetic demo data: 30 deployments, " in out
    for name, count in counts.items():
        assert re.search(rf"(: |, | and ){count} {name}(,| and|\.)", out), (name, count, out)
    for model in FLAGGED:
        assert not model.objects.filter(synthetic=True).exists(), model.__name__
    assert every_row() == before, "every row it wrote is gone, nested and many-to-many rows too; no other"
    for model in MODELS:
        if hasattr(model, "history") and written[model._meta.label]:
            deleted = model.history.filter(history_type="-").values_list("id", flat=True)
            assert written[model._meta.label] <= set(deleted), f"{model._meta.label}: each deletion is in the history"
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

    real_answer = Survey.objects.get(slug="synthetic-survey").responses.create(reference="real-answer-in-demo-survey")
    with pytest.raises(CommandError, match="survey response real-answer-in-demo-survey"):
        call_command("generate_demo_data", remove=True)
    real_answer.delete()
    call_command("generate_demo_data", remove=True)
    assert not Deployment.objects.filter(synthetic=True).exists()


def test_the_migration_flags_stored_demo_data_it_can_recognise_and_nothing_else(look_alikes):
    call_command("generate_demo_data", deployments=20, responses=10, seed=1)
    migration = importlib.import_module("adoption.migrations.0008_synthetic_flag")
    # What demo data wrote when the migration was made: the flagged kinds of then, without the
    # market side (vendors, firms and their sources) that came later.
    then = {
        Organization: Q(description__in=migration.DEMO_DESCRIPTIONS),
        Source: Q(**migration.DEMO_SOURCE),
        Deployment: Q(),
        Survey: Q(),
        SurveyResponse: Q(),
    }
    demo = {
        model.__name__: set(model.objects.filter(condition, synthetic=True).values_list("pk", flat=True))
        for model, condition in then.items()
    }
    for model in (Organization, Source, Deployment, SurveyResponse):
        model.objects.update(synthetic=False)  # as before the flag existed (surveys had theirs)
    CitationFactory(deployment=Deployment.objects.get(reference="synthetic-0000001"))  # now cites a real source too
    migration.mark_demo_data(apps, None)
    flagged = {model.__name__: set(model.objects.filter(synthetic=True).values_list("pk", flat=True)) for model in then}
    # The deployment that also cites a real source stays real, and so does its customer.
    edited = Deployment.objects.get(reference="synthetic-0000001")
    demo["Deployment"].discard(edited.pk)
    demo["Organization"].discard(edited.customer_id)
    assert flagged == demo


def demo(model, **filters):
    return model.objects.filter(synthetic=True, **filters).order_by("pk").first()


def real_event(**fields):
    return MarketEventFactory(title="A real event that refers to demo data", **fields)


# Each real record that would lose something, or stop the deletion, if the demo data went: what
# it is called in the refusal, and how to make one.
REFERRING = {
    "a real event naming a demo product": lambda: real_event().products.add(demo(Product)),
    "a real event with a demo organization as a party": lambda: EventParty.objects.create(
        event=real_event(), organization=demo(Organization), role=PartyRole.objects.get(slug="analyst")
    ),
    "a real event linked to a demo event": lambda: EventLink.objects.create(
        event=real_event(), kind="follows", target=demo(MarketEvent)
    ),
    "a real figure citing a demo source": lambda: EventFigureFactory(
        event=real_event(), source=demo(Source, slug="synthetic-demo-newswire")
    ),
    "a real figure stated by a demo vendor": lambda: EventFigureFactory(
        event=real_event(), stated_by=demo(Organization, slug__startswith="synthetic-vendor-")
    ),
    "a real event about a demo vendor": lambda: real_event(counterparty=demo(Organization)),
    "a real deployment of a demo product": lambda: DeploymentFactory(
        reference="a-real-deployment-that-refers-to-demo-data",
        hypervisor=demo(Product).hypervisor,
        product=demo(Product),
    ),
    "a real ownership period under a demo group": lambda: Ownership.objects.create(
        reference="a-real-ownership-that-refers-to-demo-data",
        organization=Organization.objects.get(slug="casio-computer"),
        parent=demo(Organization, slug__startswith="synthetic-group-"),
    ),
}
NAMED = {
    "a real deployment of a demo product": "deployment a-real-deployment-that-refers-to-demo-data",
    "a real ownership period under a demo group": "ownership period .* owned by Synthetic group",
}


@pytest.mark.parametrize("case", list(REFERRING))
def test_removal_refuses_while_a_real_record_refers_to_the_demo_market(seeded, case):
    call_command("generate_demo_data", deployments=10, responses=0, seed=1)
    REFERRING[case]()
    before = demo_counts()
    named = NAMED.get(case, "market event 2007-08-14: A real event that refers to demo data")
    with pytest.raises(CommandError, match=f"none of it was removed: {named}") as refused:
        call_command("generate_demo_data", remove=True)
    assert demo_counts() == before, "nothing was removed"
    assert re.search("Point them at real records", str(refused.value))


def test_the_databases_own_keys_refuse_what_the_check_would_miss(seeded, monkeypatch):
    call_command("generate_demo_data", deployments=10, responses=0, seed=1)
    DeploymentFactory(reference="real-deployment-of-a-demo-customer", customer=demo(Organization))
    before = demo_counts()
    monkeypatch.setattr(demo_data, "_real_records_referring_to_demo_data", list)  # as if it missed one
    with pytest.raises(CommandError, match="A real record still refers to the demo data, so none of it was removed"):
        call_command("generate_demo_data", remove=True)
    assert demo_counts() == before, "nothing was removed"
    assert Deployment.objects.filter(reference="real-deployment-of-a-demo-customer").exists()
