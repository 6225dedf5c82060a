"""generate_demo_data: synthetic, reproducible, replacing itself, leaving real records alone; its market side."""

import datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import F, Q

from adoption.choices import SETTLED_STATUSES, LinkKind
from adoption.models import (
    Citation,
    Deployment,
    EventFigure,
    EventLink,
    EventParty,
    MarketEvent,
    Organization,
    Ownership,
    Product,
    Survey,
)
from adoption.services.demo_data import generate_demo_data, remove_demo_data

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
    waves = Survey.objects.filter(series="synthetic-virtualization-panel").order_by("fielded_from")
    assert [wave.slug for wave in waves] == ["synthetic-survey", "synthetic-survey-2009"]
    assert [wave.responses.count() for wave in waves] == [150, 150]
    assert all(wave.margins.count() == 10 for wave in waves), "a known population: 4 size bands, 6 countries"
    assert all(wave.weighting_runs.get().converged for wave in waves), "each wave weighted to it"
    assert not survey.responses.filter(weight__isnull=True).exists()
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


# -- the market side: products, events, figures, parties, links, ownership ------


@pytest.fixture
def market(seeded):
    call_command("generate_demo_data", deployments=100, responses=0, seed=11)
    return MarketEvent.objects.filter(synthetic=True)


def test_some_demo_deployments_name_a_product_of_their_own_hypervisor(market):
    with_product = Deployment.objects.filter(synthetic=True, product__isnull=False)
    assert 0 < with_product.count() < Deployment.objects.filter(synthetic=True).count()
    assert not with_product.exclude(product__hypervisor=F("hypervisor")).exists()
    assert not with_product.exclude(product__synthetic=True).exists(), "only demo products"


def test_demo_events_have_kinds_statuses_parties_and_expected_dates(market):
    assert set(market.values_list("kind", flat=True)) >= {
        "acquisition", "acquisition-rumour", "ipo", "funding", "product-release", "analyst-note",
    }  # fmt: skip
    assert set(market.values_list("status", flat=True)) >= {
        "rumoured", "denied", "announced", "definitive-agreement", "pending-approval", "completed", "terminated",
    }  # fmt: skip
    roles = set(EventParty.objects.filter(event__in=market).values_list("role__slug", flat=True))
    assert roles >= {"analyst", "adviser", "acquirer", "target", "underwriter", "investor"}
    pending = market.filter(expected_on__isnull=False)
    assert pending.exists() and not pending.filter(status__in=SETTLED_STATUSES).exists()
    assert market.filter(expected_on__isnull=True).exclude(status__in=SETTLED_STATUSES).exists(), "only some"
    assert not market.filter(citations__isnull=True).exists(), "every event cites a source"


def test_demo_figures_come_in_units_and_qualifiers_and_some_sources_disagree(market):
    figures = EventFigure.objects.filter(event__in=market)
    assert set(figures.values_list("unit__slug", flat=True)) >= {"money", "percent", "customers", "employees", "shares"}
    assert set(figures.filter(unit__currency=True).values_list("currency", flat=True)) >= {"USD", "EUR"}
    assert not figures.filter(unit__currency=False).exclude(currency="").exists()
    assert set(figures.values_list("qualifier", flat=True)) >= {"exact", "approximately", "at-least", "range"}
    assert not figures.filter(qualifier="range", amount_to__isnull=True).exists()
    assert figures.filter(part_of__slug="deal-value").exists(), "a deal value's parts"
    disputed = [event for event in market.prefetch_related("figures__metric") if event.figure_disagreements]
    assert len(disputed) >= 3
    for event in disputed:
        for slug in event.figure_disagreements:
            sources = set(event.figures.filter(metric__slug=slug).values_list("source__slug", flat=True))
            assert len(sources) >= 2 and all(s.startswith("synthetic-") for s in sources), (event.slug, sources)


def test_a_demo_rumour_is_confirmed_by_an_agreement_that_a_closing_completes(market):
    closing = market.filter(kind="acquisition", status="completed", links__kind="completes").first()
    agreement = closing.links.get(kind="completes").target
    rumour = agreement.links.get(kind="confirms").target
    assert (rumour.status, agreement.status) == ("rumoured", "definitive-agreement")
    assert rumour.date <= agreement.date <= closing.date
    assert set(LinkKind.values) == set(EventLink.objects.filter(event__in=market).values_list("kind", flat=True))


def test_demo_ownership_periods_are_closed_by_a_later_acquisition(market):
    closing = market.filter(kind="acquisition", status="completed").first()
    (opened,) = closing.ownerships.all()
    target = opened.organization
    closed = target.ownerships.exclude(pk=opened.pk).get()
    assert closed.ended_on == closing.date == opened.started_on
    assert target.owners_on(closing.date - datetime.timedelta(days=1)).get() == closed.parent
    assert target.owners_on(closing.date + datetime.timedelta(days=1)).get() == opened.parent == closing.organization
    assert Ownership.objects.filter(synthetic=True, ended_on__isnull=True, event__isnull=True).exists()


def test_every_demo_record_is_one_the_admin_would_accept(market):
    """Bulk inserts skip validation: the data must pass it all the same."""
    demo = {
        MarketEvent: Q(synthetic=True),
        Product: Q(synthetic=True),
        Ownership: Q(synthetic=True),
        Deployment: Q(synthetic=True, product__isnull=False),
        **{model: Q(event__synthetic=True) for model in (EventFigure, EventParty, EventLink, Citation)},
    }
    for model, condition in demo.items():
        rows = model.objects.filter(condition)
        assert rows.exists(), model.__name__
        for row in rows:
            row.full_clean()


def test_the_api_finds_the_demo_market_by_party_role_and_figure(market, client):
    def slugs(**params):
        response = client.get("/api/events/", {"synthetic": "true", "limit": 500, **params})
        assert response.status_code == 200, response.content
        return {row["slug"] for row in response.json()["results"]}

    assert slugs(party_role="analyst")
    assert slugs(figure="deal-value", figure_value__gte="100000000", figure_currency="USD")
    released = Product.objects.filter(synthetic=True, events__isnull=False).first()
    assert slugs(product=released.slug) == set(released.events.values_list("slug", flat=True))


def test_the_market_grows_with_the_deployments_asked_for(seeded):
    counts = []
    for deployments in (0, 50, 500, 1000):
        result = generate_demo_data(deployments=deployments, seed=3)
        assert result.events == MarketEvent.objects.filter(synthetic=True).count()
        assert Product.objects.filter(synthetic=True).exists() == bool(deployments), "no deployments, no market"
        counts.append(result.events)
    assert 0 == counts[0] < counts[1] < counts[2] < counts[3]
    assert counts[3] == pytest.approx(2 * counts[2], rel=0.1)


def test_writing_and_removing_take_queries_by_the_batch_not_by_the_record(seeded, django_assert_max_num_queries):
    generate_demo_data(deployments=300, responses=50, seed=3)
    rows = sum(
        model.objects.count()
        for model in apps.get_app_config("adoption").get_models(include_auto_created=True)
        if not model.__name__.startswith("Historical")
    )
    # About 2,000 rows: a query per record would be thousands (removal took one per record before);
    # batches make it about a hundred.
    with django_assert_max_num_queries(rows // 10):
        generate_demo_data(deployments=300, responses=50, seed=3)  # removes the previous set first
    with django_assert_max_num_queries(rows // 10):
        remove_demo_data()
