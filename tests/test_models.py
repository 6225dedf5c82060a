"""Model rules: what the database and the shared validation refuse, and how records read."""

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, models, transaction

from adoption.choices import DatePrecision
from adoption.dates import format_precise_date, period_start
from adoption.models import (
    Citation,
    Deployment,
    EventFigure,
    Guest,
    Organization,
    Ownership,
    Unit,
    require_citations,
)
from adoption.models.base import TimeStampedModel

from .factories import (
    CitationFactory,
    DeploymentFactory,
    EventFigureFactory,
    GuestFactory,
    MarketEventFactory,
    OperatingSystemFactory,
    OrganizationFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def assert_db_refuses(model_instance_or_callable):
    """The database itself rejects the write (a constraint, not just Python validation)."""
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        model_instance_or_callable()


@pytest.mark.parametrize(
    ("precision", "given", "stored", "shown"),
    [
        (DatePrecision.DAY, datetime.date(2007, 8, 14), datetime.date(2007, 8, 14), "2007-08-14"),
        (DatePrecision.WEEK, datetime.date(2007, 8, 9), datetime.date(2007, 8, 6), "week of 2007-08-06"),
        (DatePrecision.MONTH, datetime.date(2007, 7, 20), datetime.date(2007, 7, 1), "2007-07"),
        (DatePrecision.QUARTER, datetime.date(2007, 8, 14), datetime.date(2007, 7, 1), "2007-Q3"),
        (DatePrecision.YEAR, datetime.date(2007, 8, 14), datetime.date(2007, 1, 1), "2007"),
    ],
)
def test_a_date_with_precision_is_stored_as_its_period_start_and_printed_at_its_precision(
    precision, given, stored, shown
):
    deployment = DeploymentFactory(reported_on=given, reported_precision=precision)
    deployment.refresh_from_db()
    assert deployment.reported_on == stored
    assert deployment.reported_display == shown
    assert period_start(given, precision) == stored
    assert format_precise_date(given, precision) == shown


def test_full_clean_normalises_the_date_before_saving():
    event = MarketEventFactory.build(date=datetime.date(2007, 7, 25), date_precision=DatePrecision.MONTH)
    event.organization.save()
    event.organization_id = event.organization.pk
    event.full_clean()
    assert event.date == datetime.date(2007, 7, 1)


def test_slugs_names_and_references_are_unique_in_the_database():
    organization = OrganizationFactory(name="Casio Computer", slug="casio-computer")
    assert_db_refuses(lambda: OrganizationFactory(name="Casio Computer"))
    assert_db_refuses(lambda: OrganizationFactory(slug="casio-computer"))
    DeploymentFactory(reference="casio-xen-sles-2007", customer=organization)
    assert_db_refuses(lambda: DeploymentFactory(reference="casio-xen-sles-2007"))


def test_a_duplicate_name_is_a_validation_error_that_names_the_field():
    OrganizationFactory(name="Red Hat", slug="red-hat")
    with pytest.raises(ValidationError) as excinfo:
        Organization(name="Red Hat", slug="red-hat-2").full_clean()
    assert "name" in excinfo.value.message_dict


@pytest.mark.parametrize("field", ["host_count", "vm_count"])
def test_deployment_counts_cannot_be_negative(field):
    deployment = DeploymentFactory()
    setattr(deployment, field, -1)
    with pytest.raises(ValidationError) as excinfo:
        deployment.full_clean()
    assert field in excinfo.value.message_dict
    assert_db_refuses(lambda: Deployment.objects.filter(pk=deployment.pk).update(**{field: -1}))


def test_guest_vm_count_cannot_be_negative():
    guest = GuestFactory()
    assert_db_refuses(lambda: Guest.objects.filter(pk=guest.pk).update(vm_count=-5))


def test_a_host_os_version_needs_a_host_os():
    deployment = DeploymentFactory.build(host_os=None, host_os_version="5")
    with pytest.raises(ValidationError) as excinfo:
        deployment.full_clean(exclude=["customer", "hypervisor"])
    assert excinfo.value.message_dict["host_os_version"] == [
        "A host OS version needs a host OS: choose the host OS too."
    ]
    saved = DeploymentFactory(host_os=OperatingSystemFactory(), host_os_version="5")
    assert_db_refuses(lambda: Deployment.objects.filter(pk=saved.pk).update(host_os=None))


@pytest.mark.parametrize("currency", ["usd", "XYZ", "DOLLARS"])
def test_a_figure_currency_must_be_an_iso_4217_code(currency):
    figure = EventFigureFactory.build(event=MarketEventFactory(), currency=currency)
    with pytest.raises(ValidationError) as excinfo:
        figure.full_clean()
    assert "currency" in excinfo.value.message_dict
    assert_db_refuses(lambda: EventFigure.objects.bulk_create([figure]))


def test_money_needs_a_currency_and_nothing_else_has_one():
    money = EventFigureFactory.build(event=MarketEventFactory(), currency="")
    with pytest.raises(ValidationError, match="needs its currency"):
        money.full_clean()
    percent = Unit.objects.get_or_create(slug="percent", defaults={"name": "Percent"})[0]
    share = EventFigureFactory.build(event=MarketEventFactory(), unit=percent, currency="USD")
    with pytest.raises(ValidationError, match="Only money has a currency"):
        share.full_clean()


def test_a_historical_currency_code_is_accepted():
    figure = EventFigureFactory(currency="SKK", amount=Decimal("1000"))
    figure.full_clean()


def test_a_citation_belongs_to_exactly_one_deployment_or_event():
    source = SourceFactory()
    assert_db_refuses(lambda: Citation.objects.create(source=source))
    assert_db_refuses(
        lambda: Citation.objects.create(source=source, deployment=DeploymentFactory(), event=MarketEventFactory())
    )


def test_the_same_source_and_locator_is_cited_once_per_record():
    deployment = DeploymentFactory(citation=None)
    source = SourceFactory()
    CitationFactory(deployment=deployment, source=source, locator="paragraph 9")
    assert_db_refuses(lambda: CitationFactory(deployment=deployment, source=source, locator="paragraph 9"))
    CitationFactory(deployment=deployment, source=source, locator="paragraph 10")


def test_a_guest_os_and_version_are_listed_once_per_deployment():
    guest = GuestFactory(version="2003")
    assert_db_refuses(
        lambda: GuestFactory(deployment=guest.deployment, operating_system=guest.operating_system, version="2003")
    )


def test_an_organization_cannot_be_its_own_owner_or_ancestor():
    group, subsidiary = OrganizationFactory(), OrganizationFactory()
    period = Ownership.objects.create(reference="sub-owned-by-group", organization=subsidiary, parent=group)
    assert_db_refuses(lambda: Ownership.objects.filter(pk=period.pk).update(parent=subsidiary))
    loop = Ownership(reference="group-owned-by-sub", organization=group, parent=subsidiary)
    with pytest.raises(ValidationError) as excinfo:
        loop.full_clean()
    assert excinfo.value.message_dict["parent"] == ["This parent would make the organization its own ancestor."]


def test_an_event_counterparty_must_differ_from_its_subject():
    event = MarketEventFactory()
    event.counterparty = event.organization
    with pytest.raises(ValidationError, match="counterparty must be another organization"):
        event.full_clean()


def test_a_reference_is_permanent():
    deployment = DeploymentFactory(reference="casio-xen-sles-2007")
    deployment.reference = "casio-xen-2007"
    with pytest.raises(ValidationError) as excinfo:
        deployment.full_clean()
    assert excinfo.value.message_dict["reference"] == [
        "A reference is permanent: this deployment stays casio-xen-sles-2007."
    ]


def test_a_reference_is_never_reused_after_a_deletion():
    DeploymentFactory(reference="swisscom-xen-rhel5-2007").delete()
    replacement = DeploymentFactory.build(reference="swisscom-xen-rhel5-2007")
    with pytest.raises(ValidationError) as excinfo:
        replacement.full_clean(exclude=["customer", "hypervisor"])
    assert "never reused" in excinfo.value.message_dict["reference"][0]


def test_a_record_without_citations_is_refused_by_the_shared_rule():
    with pytest.raises(ValidationError) as excinfo:
        require_citations("deployment", 0)
    assert excinfo.value.message_dict["citations"] == [
        "A deployment needs at least one citation: add the source it comes from."
    ]
    require_citations("deployment", 1)


def test_records_read_well_as_text():
    event = MarketEventFactory(title="VMware floats", date=datetime.date(2007, 8, 14))
    assert str(event) == "2007-08-14: VMware floats"
    guest = GuestFactory(operating_system=OperatingSystemFactory(name="Windows Server"), version="2003", vm_count=12)
    assert str(guest) == "Windows Server 2003 ×12"
    figure = EventFigureFactory(amount=Decimal("959000000"))
    assert str(figure) == "Offer price per share: 959,000,000 USD"
    source = SourceFactory(
        title="VMware rocket IPO", published_on=datetime.date(2007, 7, 3), published_precision="month"
    )
    assert str(source) == "VMware rocket IPO (2007-07)"


def test_every_change_is_kept_in_history():
    organization = OrganizationFactory(name="Swisscom IT Services")
    organization.description = "IT arm of Swisscom."
    organization.save()
    pk = organization.pk
    organization.delete()
    history = Organization.history.filter(id=pk).order_by("history_id")
    kinds = list(history.values_list("history_type", flat=True))
    assert kinds == ["+", "~", "-"]


def test_timestamps_are_set_on_create_and_moved_on_update():
    organization = OrganizationFactory()
    created, updated = organization.created, organization.updated
    organization.description = "changed"
    organization.save(update_fields=["description"])
    organization.refresh_from_db()
    assert organization.created == created
    assert organization.updated > updated


def text_fields_of_every_model():
    """(model, field) for every text field of every adoption model: a new one is covered without a new test."""
    for model in apps.get_app_config("adoption").get_models():
        # The records people write (not history, through tables, or DRF's tokens shown in the admin).
        if not issubclass(model, TimeStampedModel) or model._meta.auto_created:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField) and field.editable and not field.choices:
                yield pytest.param(model, field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize(("model", "field"), list(text_fields_of_every_model()))
def test_full_clean_holds_every_text_field_to_the_apis_rules(model, field):
    """What the API's serializer field refuses or trims (too long, NUL, a lone surrogate, spaces
    around), the one validation every path runs does too."""
    assert field.max_length, f"{field} has no max_length: the API would take any length"
    for bad in ["x" * (field.max_length + 1), "a\x00b", "a\ud800b"]:
        instance = model(**{field.attname: bad})
        with pytest.raises(ValidationError) as caught:
            instance.full_clean()
        assert field.name in caught.value.message_dict, (field, bad[:10])
    instance = model(**{field.attname: " \t value\r\n"})
    try:
        instance.full_clean()
    except ValidationError:
        pass  # other fields are empty; the text is stripped all the same
    assert getattr(instance, field.attname) == "value"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("x" * 5001, "Ensure this value has at most 5000 characters (it has 5001)."),
        ("a\x00b", "Null characters are not allowed."),
        ("a\ud800b", "Surrogate characters are not allowed: U+D800."),
    ],
)
def test_a_text_field_says_what_is_wrong_with_it(value, message):
    organization = OrganizationFactory.build(description=value)
    with pytest.raises(ValidationError) as caught:
        organization.full_clean()
    assert caught.value.message_dict == {"description": [message]}
