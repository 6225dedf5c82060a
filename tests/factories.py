"""factory_boy factories: valid records with as little typing as a test needs."""

import datetime
from decimal import Decimal

import factory

from adoption import choices, models


class IndustryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Industry
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Industry {n}")
    slug = factory.Sequence(lambda n: f"industry-{n}")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organization

    name = factory.Sequence(lambda n: f"Organization {n}")
    slug = factory.Sequence(lambda n: f"organization-{n}")
    country = "GB"


class OrganizationAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.OrganizationAlias

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")


class HypervisorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Hypervisor

    name = factory.Sequence(lambda n: f"Hypervisor {n}")
    slug = factory.Sequence(lambda n: f"hypervisor-{n}")
    vendor = factory.SubFactory(OrganizationFactory)
    architecture = choices.Architecture.BARE_METAL
    licence = choices.Licence.OPEN_SOURCE


class OperatingSystemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.OperatingSystem

    name = factory.Sequence(lambda n: f"Operating system {n}")
    slug = factory.Sequence(lambda n: f"operating-system-{n}")
    family = choices.OSFamily.LINUX


class PurposeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Purpose

    name = factory.Sequence(lambda n: f"Purpose {n}")
    slug = factory.Sequence(lambda n: f"purpose-{n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Source

    slug = factory.Sequence(lambda n: f"source-{n}")
    kind = choices.SourceKind.NEWS_ARTICLE
    title = factory.Sequence(lambda n: f"Article {n}")
    publisher = factory.SubFactory(OrganizationFactory)
    published_on = datetime.date(2007, 8, 14)


class DeploymentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Deployment
        skip_postgeneration_save = True

    reference = factory.Sequence(lambda n: f"deployment-{n}")
    customer = factory.SubFactory(OrganizationFactory)
    hypervisor = factory.SubFactory(HypervisorFactory)
    stage = choices.Stage.PRODUCTION
    reported_on = datetime.date(2007, 8, 6)
    summary = "A customer runs a hypervisor."
    citation = factory.RelatedFactory("tests.factories.CitationFactory", factory_related_name="deployment")

    @factory.post_generation
    def observed(obj, create, extracted, **kwargs):
        """Its stage as its one observation, from its reported date, on its first citation's word."""
        if not create or extracted is False:
            return
        cited = obj.citations.order_by("pk").first()
        models.StageObservation.objects.create(
            deployment=obj,
            stage=obj.stage,
            held_from=obj.reported_on,
            held_from_precision=obj.reported_precision,
            source=cited.source if cited else None,
        )


class GuestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Guest

    deployment = factory.SubFactory(DeploymentFactory)
    operating_system = factory.SubFactory(OperatingSystemFactory)


class MarketEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MarketEvent

    slug = factory.Sequence(lambda n: f"event-{n}")
    title = factory.Sequence(lambda n: f"Event {n}")
    kind = choices.EventKind.IPO
    status = choices.EventStatus.COMPLETED
    date = datetime.date(2007, 8, 14)
    organization = factory.SubFactory(OrganizationFactory)
    summary = "Something happened."


class CitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Citation

    source = factory.SubFactory(SourceFactory)
    deployment = None
    event = None


class EventFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.EventFigure

    event = factory.SubFactory(MarketEventFactory)
    metric = factory.LazyFunction(
        lambda: models.Metric.objects.get_or_create(
            slug="offer-price-per-share", defaults={"name": "Offer price per share"}
        )[0]
    )
    amount = Decimal("29")
    unit = factory.LazyFunction(
        lambda: models.Unit.objects.get_or_create(slug="money", defaults={"name": "Money", "currency": True})[0]
    )
    currency = "USD"


class SurveyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Survey

    slug = factory.Sequence(lambda n: f"survey-{n}")
    title = factory.Sequence(lambda n: f"Survey {n}")
    conducted_by = factory.SubFactory(OrganizationFactory)
    fielded_from = datetime.date(2008, 1, 7)
    source = factory.SubFactory(SourceFactory)


class SurveyResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SurveyResponse
        skip_postgeneration_save = True

    survey = factory.SubFactory(SurveyFactory)
    reference = factory.Sequence(lambda n: f"response-{n}")
    respondent = factory.SubFactory(OrganizationFactory)
    stage = choices.Stage.PILOT
    hypervisor = factory.RelatedFactory(
        "tests.factories.ResponseHypervisorFactory", factory_related_name="response", stage=choices.Stage.PILOT
    )
    guest_family = factory.RelatedFactory("tests.factories.ResponseGuestFamilyFactory", factory_related_name="response")


class WeightingRunFactory(factory.django.DjangoModelFactory):
    """A weighting run as services.weighting records one (the weights themselves are the test's to set)."""

    class Meta:
        model = models.WeightingRun

    survey = factory.SubFactory(SurveyFactory)
    method = "test"
    margins: dict = {}
    cap = 5
    converged = True
    iterations = 1
    max_gap = 0.0
    received = 20
    weighted = factory.SelfAttribute("received")
    trimmed = 0
    design_effect = 1.0
    effective_size = factory.LazyAttribute(lambda run: run.weighted / run.design_effect)


class ResponseHypervisorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ResponseHypervisor

    hypervisor = factory.SubFactory(HypervisorFactory)


class ResponseGuestFamilyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ResponseGuestFamily

    family = choices.OSFamily.LINUX


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Product

    slug = factory.Sequence(lambda n: f"product-{n}")
    name = factory.Sequence(lambda n: f"Product {n}")
    vendor = factory.SubFactory(OrganizationFactory)
    hypervisor = factory.SubFactory(HypervisorFactory)


class OwnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Ownership

    reference = factory.Sequence(lambda n: f"ownership-{n}")
    organization = factory.SubFactory(OrganizationFactory)
    parent = factory.SubFactory(OrganizationFactory)
    started_on = datetime.date(2007, 10, 1)
    started_precision = choices.DatePrecision.QUARTER


def party_role(slug: str) -> models.PartyRole:
    return models.PartyRole.objects.get_or_create(slug=slug, defaults={"name": slug.capitalize()})[0]


class EventPartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.EventParty

    event = factory.SubFactory(MarketEventFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = factory.LazyFunction(lambda: party_role("analyst"))


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Question
        skip_postgeneration_save = True

    survey = factory.SubFactory(SurveyFactory)
    position = factory.Sequence(lambda n: n + 1)
    code = factory.Sequence(lambda n: f"q{n}")
    text = factory.Sequence(lambda n: f"Question {n}?")
    answers = "size_band"
    option = factory.RelatedFactory("tests.factories.AnswerOptionFactory", factory_related_name="question")


class AnswerOptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AnswerOption

    question = factory.SubFactory(QuestionFactory, option=None)
    position = 1
    text = "1 to 99 employees"
    value = "1-99"
