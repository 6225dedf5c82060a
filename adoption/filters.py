"""One FilterSet per API resource: the filters of DESIGN.md's contract.

Conventions (NetBox's): a relation filters by slug as `name` and by id as `name_id`;
repeating a parameter means OR; `__n` negates; `__ic` is contains, ignoring case;
`__gte` / `__lte` are ranges. `q` searches free text. An unknown slug, an unknown
choice or a malformed date is a 400 that names the parameter.
"""

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q
from django_countries import countries
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from . import confidential
from .choices import Architecture, EventKind, EventStatus, Licence, OSFamily, SizeBand, SourceKind, Stage
from .ids import parse_id
from .models import (
    Deployment,
    Hypervisor,
    Industry,
    MarketEvent,
    OperatingSystem,
    Organization,
    Purpose,
    Source,
    Survey,
    SurveyResponse,
    Technique,
)
from .search import SEARCH_FIELDS

COUNTRY_CHOICES = list(countries)


@extend_schema_field(OpenApiTypes.STR)
class KeyFilter(django_filters.ModelMultipleChoiceFilter):
    """Related records by natural key (slug), documented as strings."""


class IdChoiceField(django_filters.fields.ModelMultipleChoiceField):
    """Ids must be integers a database column can hold, before any database sees them."""

    def _check_values(self, value):
        for key in value:
            if parse_id(key) is None:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": key}
                )
        return super()._check_values(value)


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.ModelMultipleChoiceFilter):
    """Related records by id, documented as integers."""

    field_class = IdChoiceField


class StrictBooleanWidget(django_filters.widgets.BooleanWidget):
    """true/false (or 1/0); anything else is handed to the field to refuse, not read as "no filter"."""

    def value_from_datadict(self, data, files, name):
        value = data.get(name)
        if isinstance(value, str) and value.lower() not in ("true", "false", "1", "0", ""):
            return value
        return super().value_from_datadict(data, files, name)


class StrictBooleanField(forms.NullBooleanField):
    widget = StrictBooleanWidget

    def to_python(self, value):
        if isinstance(value, str) and value:
            raise ValidationError("“%(value)s” is neither true nor false.", code="invalid", params={"value": value})
        return super().to_python(value)

    def validate(self, value):
        pass


class StrictBooleanFilter(django_filters.BooleanFilter):
    """A yes/no filter that refuses a value other than true or false (django-filter ignores it)."""

    field_class = StrictBooleanField


def has_synthetic_flag(model) -> bool:
    try:
        model._meta.get_field("synthetic")
    except FieldDoesNotExist:
        return False
    return True


class BaseFilterSet(django_filters.FilterSet):
    """Builds the filter families a subclass declares in its class attributes.

    - `relations`: {param: (field path, related model, key field)} gives `param` (by key),
      `param_id` (by id) and the `__n` negation of both.
    - `choices`: {param: (field path, choices)} gives `param` and `param__n`.
    - `dates`: {param: field path} gives `param__gte` and `param__lte`.
    - `contains`: {param: field path} gives `param__ic`.
    - `search_fields`: the fields `q` looks in.

    Every list also takes `synthetic` (true: only demo data written by generate_demo_data;
    false: only real records), also where no record can be demo data.
    """

    base_filters: dict[str, django_filters.Filter]  # set on each class by django-filter; __init__ narrows it

    relations: dict = {}
    choices: dict = {}
    dates: dict = {}
    contains: dict = {}
    search_fields: tuple[str, ...] = ()

    q = django_filters.CharFilter(
        method="search", label="Free text, ignoring case, over names, aliases, titles and summaries."
    )

    @classmethod
    def get_filters(cls):
        filters = super().get_filters()
        for param, (path, model, key) in cls.relations.items():
            label = model._meta.verbose_name
            for negate in (False, True):
                suffix = "__n" if negate else ""
                filters[f"{param}{suffix}"] = KeyFilter(
                    field_name=f"{path}__{key}",
                    queryset=model.objects.all(),
                    to_field_name=key,
                    exclude=negate,
                    label=f"{'Not ' if negate else ''}{label} ({key}); repeat for OR.",
                )
                filters[f"{param}_id{suffix}"] = IdFilter(
                    field_name=path,
                    queryset=model.objects.all(),
                    exclude=negate,
                    label=f"{'Not ' if negate else ''}{label} (id); repeat for OR.",
                )
        for param, (path, choices) in cls.choices.items():
            for negate in (False, True):
                filters[f"{param}{'__n' if negate else ''}"] = django_filters.MultipleChoiceFilter(
                    field_name=path,
                    choices=choices,
                    exclude=negate,
                    label=f"{'Not ' if negate else ''}{param}; repeat for OR.",
                )
        for param, path in cls.dates.items():
            for lookup, word in (("gte", "On or after"), ("lte", "On or before")):
                filters[f"{param}__{lookup}"] = django_filters.DateFilter(
                    field_name=path, lookup_expr=lookup, label=f"{word} this date (YYYY-MM-DD)."
                )
        own = cls._meta.model
        if own is not None:
            filters["synthetic"] = StrictBooleanFilter(
                field_name="synthetic",
                method="filter_synthetic",
                label="true: only demo data (written by generate_demo_data); false: only real records."
                if has_synthetic_flag(own)
                else f"Demo data has no {own._meta.verbose_name_plural}: true lists none, false lists all.",
            )
        for param, path in cls.contains.items():
            filters[f"{param}__ic"] = django_filters.CharFilter(
                field_name=path, lookup_expr="icontains", label=f"{param} contains, ignoring case."
            )
        return filters

    def __init__(self, data=None, *args, **kwargs):
        # Copy, build and run only the filters the request names: with ~100 declared, doing
        # it for every empty one cost more than the whole database work of a page.
        if data is not None:
            self.base_filters = {name: f for name, f in type(self).base_filters.items() if name in data}
        super().__init__(data, *args, **kwargs)

    @property
    def user(self):
        """Who asks; None from the shell (export_csv), whose operator sees everything."""
        return getattr(self.request, "user", None)

    def is_valid(self):
        valid = super().is_valid()
        # The one gate (adoption.confidential): no filter walks through a field the user may not see.
        model = self._meta.model
        refused = {name: confidential.refusal(self.user, model, f.field_name) for name, f in self.filters.items()}
        refused = {name: message for name, message in refused.items() if message}
        for name, message in refused.items():
            self.form.add_error(name, message)
        return valid and not refused

    def filter_synthetic(self, queryset, name, value):
        if value is None:
            return queryset
        if has_synthetic_flag(queryset.model):
            return queryset.filter(synthetic=value)
        return queryset.none() if value else queryset

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for field in confidential.allowed_paths(self.user, queryset.model, self.search_fields):
            condition |= Q(**{f"{field}__icontains": value})
        # A subquery rather than DISTINCT: aliases join many rows per record.
        matches = queryset.model.objects.filter(condition).values("pk")
        return queryset.filter(pk__in=matches)


class OrganizationFilterSet(BaseFilterSet):
    relations = {
        "industry": ("industry", Industry, "slug"),
        "parent": ("parent", Organization, "slug"),
    }
    choices = {"country": ("country", COUNTRY_CHOICES)}
    contains = {"name": "name"}
    search_fields = SEARCH_FIELDS[Organization]

    class Meta:
        model = Organization
        fields: list[str] = []


class HypervisorFilterSet(BaseFilterSet):
    relations = {
        "vendor": ("vendor", Organization, "slug"),
        "technique": ("techniques", Technique, "slug"),
    }
    choices = {"architecture": ("architecture", Architecture.choices), "licence": ("licence", Licence.choices)}
    contains = {"name": "name"}
    search_fields = SEARCH_FIELDS[Hypervisor]

    class Meta:
        model = Hypervisor
        fields: list[str] = []


class OperatingSystemFilterSet(BaseFilterSet):
    relations = {"vendor": ("vendor", Organization, "slug")}
    choices = {"family": ("family", OSFamily.choices)}
    contains = {"name": "name"}
    search_fields = SEARCH_FIELDS[OperatingSystem]

    class Meta:
        model = OperatingSystem
        fields: list[str] = []


class DeploymentFilterSet(BaseFilterSet):
    relations = {
        "customer": ("customer", Organization, "slug"),
        "hypervisor": ("hypervisor", Hypervisor, "slug"),
        "hypervisor_vendor": ("hypervisor__vendor", Organization, "slug"),
        "host_os": ("host_os", OperatingSystem, "slug"),
        "guest_os": ("guests__operating_system", OperatingSystem, "slug"),
        "supplier": ("supplier", Organization, "slug"),
        "purpose": ("purposes", Purpose, "slug"),
        "industry": ("customer__industry", Industry, "slug"),
        "source": ("citations__source", Source, "slug"),
    }
    choices = {
        "stage": ("stage", Stage.choices),
        "host_os_family": ("host_os__family", OSFamily.choices),
        "guest_os_family": ("guests__operating_system__family", OSFamily.choices),
        "country": ("customer__country", COUNTRY_CHOICES),
    }
    dates = {"reported_on": "reported_on"}
    contains = {"reference": "reference", "summary": "summary"}
    search_fields = SEARCH_FIELDS[Deployment]

    class Meta:
        model = Deployment
        fields: list[str] = []


class SourceFilterSet(BaseFilterSet):
    relations = {"publisher": ("publisher", Organization, "slug")}
    choices = {"kind": ("kind", SourceKind.choices)}
    dates = {"published_on": "published_on"}
    contains = {"title": "title"}
    search_fields = SEARCH_FIELDS[Source]

    class Meta:
        model = Source
        fields: list[str] = []


class MarketEventFilterSet(BaseFilterSet):
    relations = {
        "subject": ("organization", Organization, "slug"),
        "counterparty": ("counterparty", Organization, "slug"),
        "hypervisor": ("hypervisors", Hypervisor, "slug"),
        "source": ("citations__source", Source, "slug"),
    }
    choices = {"kind": ("kind", EventKind.choices), "status": ("status", EventStatus.choices)}
    dates = {"date": "date"}
    contains = {"title": "title"}
    search_fields = SEARCH_FIELDS[MarketEvent]

    organization = KeyFilter(
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="involving",
        label="Organization (slug) as subject or counterparty; repeat for OR.",
    )
    organization_id = IdFilter(
        queryset=Organization.objects.all(),
        method="involving",
        label="Organization (id) as subject or counterparty; repeat for OR.",
    )

    class Meta:
        model = MarketEvent
        fields: list[str] = []

    def involving(self, queryset, name, organizations):
        if not organizations:
            return queryset
        return queryset.filter(Q(organization__in=organizations) | Q(counterparty__in=organizations))


class SurveyFilterSet(BaseFilterSet):
    relations = {
        "conducted_by": ("conducted_by", Organization, "slug"),
        "source": ("source", Source, "slug"),
    }
    dates = {"fielded_from": "fielded_from"}
    contains = {"title": "title"}
    search_fields = SEARCH_FIELDS[Survey]

    class Meta:
        model = Survey
        fields: list[str] = []


class SurveyResponseFilterSet(BaseFilterSet):
    relations = {
        "survey": ("survey", Survey, "slug"),
        "respondent": ("respondent", Organization, "slug"),
        "industry": ("industry", Industry, "slug"),
        "hypervisor": ("hypervisors__hypervisor", Hypervisor, "slug"),
        "hypervisor_vendor": ("hypervisors__hypervisor__vendor", Organization, "slug"),
        "purpose": ("purposes", Purpose, "slug"),
    }
    choices = {
        "stage": ("stage", Stage.choices),
        "hypervisor_stage": ("hypervisors__stage", Stage.choices),
        "guest_os_family": ("guest_families__family", OSFamily.choices),
        "size_band": ("size_band", SizeBand.choices),
        "country": ("country", COUNTRY_CHOICES),
    }
    search_fields = SEARCH_FIELDS[SurveyResponse]
    linux_years__gte = django_filters.NumberFilter(field_name="linux_years", lookup_expr="gte", min_value=0)
    linux_years__lte = django_filters.NumberFilter(field_name="linux_years", lookup_expr="lte", min_value=0)

    class Meta:
        model = SurveyResponse
        fields: list[str] = []


def filterset_for(model) -> type[BaseFilterSet] | None:
    """The filter set of a resource's model: the API's, which export_csv uses too (None for
    the vocabulary, which has no API list)."""
    return next((cls for cls in BaseFilterSet.__subclasses__() if cls._meta.model is model), None)
