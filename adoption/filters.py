"""The filter set of each API list, built from its registry entry (the query parameters of the contract).

Conventions (NetBox's): a relation filters by slug as `name` and by id as `name_id`;
repeating a parameter means OR; `__n` negates; `__ic` is contains, ignoring case;
`__gte` / `__lte` are ranges. `q` searches free text. An unknown slug, an unknown
choice or a malformed date is a 400 that names the parameter.

Filter sets are plain django-filter: the reports and export_csv use them as the API does,
and the API documents them (api/schema.py), so nothing here depends on the HTTP layer.
"""

from functools import cache

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django_countries.fields import CountryField

from . import confidential
from .choices import COUNTRY_CHOICES, Qualifier
from .dates import out_of_range
from .ids import parse_id
from .models import (
    PRINCIPAL_ROLES,
    Deployment,
    EventFigure,
    MarketEvent,
    Metric,
    Organization,
    Ownership,
    PartyRole,
)
from .models.stages import STAGE_AS_OF, as_of
from .registry import (
    Filters,
    Resource,
    concrete_field,
    crosses_to_many,
    natural_key_field,
    related_model,
    resource_for,
)


class SemiJoin:
    """A filter whose records match by their own row or one related row, never DISTINCT.

    django-filter's multiple-choice filters add DISTINCT to the whole query (for paths across
    a to-many relation, where a join repeats a record); DISTINCT then sorts or hashes every
    matching row before the first page. Here a single-valued path filters in place, and a
    path across a to-many relation becomes `pk IN (records with a matching related row)`,
    which the database runs as a semi-join.
    """

    def __init__(self, *args, **kwargs):
        kwargs["distinct"] = False
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        model = qs.model
        if self.method is not None or not crosses_to_many(model, self.field_name):
            return super().filter(qs, value)
        everything = model._default_manager.all()
        matching = super().filter(everything, value)
        return qs if matching is everything else qs.filter(pk__in=matching.values("pk"))


class KeyFilter(SemiJoin, django_filters.ModelMultipleChoiceFilter):
    """Related records by natural key (slug), documented as strings."""

    def get_filter_predicate(self, v):
        # By the record the slug names (its id, already read to check the slug), not by its
        # slug through a join: `hypervisor_id = 3`, which an index on the column serves.
        key = self.extra.get("to_field_name")
        return {self.field_name.removesuffix(f"__{key}") if key else self.field_name: v}


class IdChoiceField(django_filters.fields.ModelMultipleChoiceField):
    """Ids must be integers a database column can hold, before any database sees them."""

    def _check_values(self, value):
        for key in value:
            if parse_id(key) is None:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": key}
                )
        return super()._check_values(value)


class IdFilter(SemiJoin, django_filters.ModelMultipleChoiceFilter):
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
    """Builds the filter families of its resource's `Filters` (registry.py), `q` and `synthetic`.

    Every list takes `synthetic` (true: only demo data written by generate_demo_data;
    false: only real records), also where no record can be demo data.
    """

    base_filters: dict[str, django_filters.Filter]  # set on each class by django-filter; __init__ narrows it

    spec: Filters = Filters()
    search_fields: tuple[str, ...] = ()

    q = django_filters.CharFilter(
        method="search", label="Free text, ignoring case, over names, aliases, titles and summaries."
    )

    @classmethod
    def get_filters(cls):
        filters = super().get_filters()
        if cls._meta.model is not None:
            filters.update(spec_filters(cls._meta.model, cls.spec))
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
        # A filter of one value given twice would keep the last silently: say so instead.
        getlist = getattr(self.data, "getlist", None)
        for name, found in self.filters.items():
            several = isinstance(found, django_filters.MultipleChoiceFilter | django_filters.ModelMultipleChoiceFilter)
            if getlist is not None and not several and len(getlist(name)) > 1:
                self.form.add_error(name, "Give it once: this filter takes one value.")
                valid = False
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
        paths = confidential.allowed_paths(self.user, queryset.model, self.search_fields)
        return queryset.filter(pk__in=matching(queryset.model, paths, value))


SEARCH_IDS_UP_TO = 1000  # related rows a search names by id; past it, by a subquery


def matching(model: type[models.Model], paths, value: str) -> models.QuerySet:
    """The ids of `model`'s records with `value` in any of the text fields `paths` name, ignoring case.

    One lookup per table, then their UNION: the record's own columns together, and for each
    path through a relation the records whose related rows match (a customer by its name, a
    customer by an alias; the related rows are read first, one query a path). On PostgreSQL
    each lookup is served by a trigram index (migration 0019), so a search costs what its
    matches cost, not a scan of every record with its joins; an OR across the joins could
    use no index.
    """
    own, related = [path for path in paths if "__" not in path], [path for path in paths if "__" in path]
    lookups = []
    if own:
        condition = Q()
        for field in own:
            condition |= Q(**{f"{field}__icontains": value})
        lookups.append(model._default_manager.filter(condition).order_by().values("pk"))
    for path in related:
        relation, _, rest = path.partition("__")
        rows = related_model(model, relation)._default_manager.filter(**{f"{rest}__icontains": value}).order_by()
        # The related rows' ids as values when there are few (as a subquery, the planner
        # takes "a hypervisor matches" for a third of every deployment, and plans for that).
        found = list(rows.values_list("pk", flat=True)[: SEARCH_IDS_UP_TO + 1])
        if not found:
            continue
        keys = found if len(found) <= SEARCH_IDS_UP_TO else rows.values("pk")
        lookups.append(model._default_manager.filter(**{f"{relation}__in": keys}).order_by().values("pk"))
    if not lookups:
        return model._default_manager.none().values("pk")
    first, *others = lookups
    return first.union(*others) if others else first


def spec_filters(model: type[models.Model], spec: Filters) -> dict[str, django_filters.Filter]:
    """Every filter a registry entry's `Filters` declares, with `synthetic`, in the documented order."""
    filters: dict[str, django_filters.Filter] = {}
    for param, path in spec.relations.items():
        filters.update(relation_filters(param, path, related_model(model, path)))
    for param, paths in spec.either.items():
        filters.update(relation_filters(param, paths, related_model(model, paths[0]), negations=False))
    for param, path in spec.choices.items():
        filters.update(choice_filters(param, path, choices_of(model, path)))
    for param, path in spec.dates.items():
        for lookup, word in (("gte", "On or after"), ("lte", "On or before")):
            filters[f"{param}__{lookup}"] = django_filters.DateFilter(
                field_name=path, lookup_expr=lookup, label=f"{word} this date (YYYY-MM-DD)."
            )
    for param, path in spec.numbers.items():
        for lookup in ("gte", "lte"):
            filters[f"{param}__{lookup}"] = django_filters.NumberFilter(
                field_name=path, lookup_expr=lookup, min_value=0
            )
    filters["synthetic"] = synthetic_filter(model)
    for param, path in spec.contains.items():
        filters[f"{param}__ic"] = django_filters.CharFilter(
            field_name=path, lookup_expr="icontains", label=f"{param} contains, ignoring case."
        )
    for param, path in spec.exact.items():
        filters[param] = django_filters.CharFilter(field_name=path, lookup_expr="exact", label=f"This {param}.")
    return filters


class ChoiceFilter(SemiJoin, django_filters.MultipleChoiceFilter):
    """One of a field's choices; repeat for OR."""


def choice_filters(param: str, path: str, choices) -> dict[str, django_filters.Filter]:
    """`param` and its negation `param__n`: one of the choices; repeat for OR."""
    return {
        f"{param}{'__n' if negate else ''}": ChoiceFilter(
            field_name=path, choices=choices, exclude=negate, label=f"{'Not ' if negate else ''}{param}; repeat for OR."
        )
        for negate in (False, True)
    }


def synthetic_filter(model: type[models.Model]) -> django_filters.Filter:
    return StrictBooleanFilter(
        field_name="synthetic",
        method="filter_synthetic",
        label="true: only demo data (written by generate_demo_data); false: only real records."
        if has_synthetic_flag(model)
        else f"Demo data has no {model._meta.verbose_name_plural}: true lists none, false lists all.",
    )


def relation_filters(param: str, path: str | tuple[str, ...], model: type[models.Model], negations: bool = True):
    """`param` (by natural key) and `param_id` (by id), and their `__n` negations, for records of `model`.

    Over several paths (a tuple), a record matches when any of them names one of the given."""
    key = natural_key_field(model)
    label = model._meta.verbose_name
    filters = {}
    for negate in (False, True) if negations else (False,):
        suffix, word = ("__n", "Not ") if negate else ("", "")
        if isinstance(path, tuple):
            roles = f" as {' or '.join(path)}"
            by_key = by_id = {"field_name": path[0], "method": involving(path)}
        else:
            roles = ""
            by_key = {"field_name": f"{path}__{key}", "exclude": negate}
            by_id = {"field_name": path, "exclude": negate}
        queryset = model._default_manager.all()
        filters[f"{param}{suffix}"] = KeyFilter(
            queryset=queryset, to_field_name=key, label=f"{word}{label} ({key}){roles}; repeat for OR.", **by_key
        )
        filters[f"{param}_id{suffix}"] = IdFilter(
            queryset=queryset, label=f"{word}{label} (id){roles}; repeat for OR.", **by_id
        )
    return filters


def involving(paths: tuple[str, ...]):
    """A filter method: records where any of `paths` is one of the given records."""

    def method(queryset, name, records):
        if not records:
            return queryset
        condition = Q()
        for path in paths:
            condition |= Q(**{f"{path}__in": records})
        return queryset.filter(condition)

    return method


def choices_of(model: type[models.Model], path: str):
    """The choices of the field `path` ends on (a country field's: every ISO code)."""
    *relations, name = path.split("__")
    owner = related_model(model, "__".join(relations)) if relations else model
    model_field = concrete_field(owner, name)
    return COUNTRY_CHOICES if isinstance(model_field, CountryField) else model_field.choices


class TogetherFilterSet(BaseFilterSet):
    """Filters that apply to one row together: `party=citrix&party_role=acquirer` is Citrix *as*
    acquirer, not Citrix in any role in an event that has some acquirer.

    Each group's filters share one method, which applies the whole group once (for the
    first of them the request gives) and does nothing for the others.
    """

    together: dict[str, tuple[str, ...]] = {}  # method name -> the parameters it applies together

    def given(self, method: str) -> dict:
        """The cleaned values of `method`'s group that the request gives."""
        data = self.form.cleaned_data
        return {name: data[name] for name in self.together[method] if data.get(name) not in (None, [], "")}

    def first_call(self, method: str) -> bool:
        """Whether this is the first of the group's filters to run (django-filter calls each
        given one, with its field path rather than its parameter name): only it applies the group."""
        applied = self.__dict__.setdefault("_applied_groups", set())
        if method in applied:
            return False
        applied.add(method)
        return True


def _records(values) -> list:
    return list(values or [])


class EventFilterSet(TogetherFilterSet):
    """Events: by party and role together, by figure and value together."""

    together = {
        "filter_party": ("party", "party_id", "party_role"),
        "filter_figure": ("figure", "figure_value__gte", "figure_value__lte", "figure_currency"),
    }

    party = KeyFilter(
        field_name="parties__organization",
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_party",
        label="An organization (slug) with any part in the event: subject, counterparty or another party; "
        "with party_role, in that role. Repeat for OR.",
    )
    party_id = IdFilter(
        field_name="parties__organization",
        queryset=Organization.objects.all(),
        method="filter_party",
        label="As party, by id.",
    )
    party_role = KeyFilter(
        field_name="parties__role",
        queryset=PartyRole.objects.all(),
        to_field_name="slug",
        method="filter_party",
        label="Events with a party in this role (slug: acquirer, analyst...; subject and counterparty are the "
        "event's own fields); with party, that organization in that role. Repeat for OR.",
    )
    figure = KeyFilter(
        field_name="figures__metric",
        queryset=Metric.objects.all(),
        to_field_name="slug",
        method="filter_figure",
        label="Events with a figure of this metric (slug: deal-value...); figure_value__gte/__lte and "
        "figure_currency then apply to that figure. Repeat for OR.",
    )
    figure_value__gte = django_filters.NumberFilter(
        field_name="figures__amount",
        method="filter_figure",
        label="A figure (of the metric figure names) whose value can be this or more: a range counts "
        "when its high end is, an at-least figure always.",
    )
    figure_value__lte = django_filters.NumberFilter(
        field_name="figures__amount",
        method="filter_figure",
        label="A figure (of the metric figure names) whose value can be this or less: a range counts "
        "when its low end is, an at-most figure always.",
    )
    figure_currency = django_filters.MultipleChoiceFilter(
        field_name="figures__currency",
        choices=EventFigure._meta.get_field("currency").choices,
        method="filter_figure",
        label="A figure in this currency (ISO 4217); repeat for OR.",
    )

    def filter_party(self, queryset, name, value):
        if not self.first_call("filter_party"):
            return queryset
        given = self.given("filter_party")
        organizations = _records(given.get("party")) + _records(given.get("party_id"))
        roles = _records(given.get("party_role"))
        condition = Q()
        for role in roles or [None]:
            condition |= _in_role(role, organizations)
        return queryset.filter(pk__in=MarketEvent.objects.filter(condition).values("pk"))

    def filter_figure(self, queryset, name, value):
        if not self.first_call("filter_figure"):
            return queryset
        given = self.given("filter_figure")
        figures = EventFigure.objects.annotate(high=Coalesce("amount_to", "amount"))
        if metrics := _records(given.get("figure")):
            figures = figures.filter(metric__in=metrics)
        # A value "can be" at or past a bound: a range by its far end, "at least 650" above any bound.
        if "figure_value__gte" in given:
            figures = figures.filter(Q(qualifier=Qualifier.AT_LEAST) | Q(high__gte=given["figure_value__gte"]))
        if "figure_value__lte" in given:
            figures = figures.filter(Q(qualifier=Qualifier.AT_MOST) | Q(amount__lte=given["figure_value__lte"]))
        if currencies := given.get("figure_currency"):
            figures = figures.filter(currency__in=currencies)
        return queryset.filter(pk__in=figures.values("event"))


def _in_role(role: PartyRole | None, organizations: list) -> Q:
    """Events in which one of `organizations` (any, when none) has `role` (any, when None)."""
    slug = role.slug if role is not None else None
    if slug == PRINCIPAL_ROLES[0]:
        return Q(organization__in=organizations) if organizations else Q()
    if slug == PRINCIPAL_ROLES[1]:
        return Q(counterparty__in=organizations) if organizations else Q(counterparty__isnull=False)
    if role is not None:
        return Q(parties__role=role, **({"parties__organization__in": organizations} if organizations else {}))
    return (
        Q(organization__in=organizations)
        | Q(counterparty__in=organizations)
        | Q(parties__organization__in=organizations)
    )


class OrganizationFilterSet(TogetherFilterSet):
    """Organizations: by owner over time (ownership periods)."""

    together = {"filter_owned": ("owned_by", "owned_by_id", "owned_on")}

    parent = KeyFilter(
        field_name="ownerships__parent",
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_parent",
        label="Owned now by this organization (slug): an ownership period with no end. Repeat for OR.",
    )
    parent_id = IdFilter(
        field_name="ownerships__parent",
        queryset=Organization.objects.all(),
        method="filter_parent",
        label="As parent, by id.",
    )
    owned_by = KeyFilter(
        field_name="ownerships__parent",
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_owned",
        label="Owned at some time by this organization (slug); with owned_on, on that date. Repeat for OR.",
    )
    owned_by_id = IdFilter(
        field_name="ownerships__parent",
        queryset=Organization.objects.all(),
        method="filter_owned",
        label="As owned_by, by id.",
    )
    owned_on = django_filters.DateFilter(
        field_name="ownerships__started_on",
        method="filter_owned",
        label="Owned (by owned_by, or by anyone) on this date (YYYY-MM-DD): periods certainly under way then. "
        "A start known only to the month or year counts from the end of that period.",
    )

    def filter_parent(self, queryset, name, value):
        if not value:
            return queryset
        periods = Ownership.objects.filter(parent__in=value, ended_on__isnull=True)
        return queryset.filter(pk__in=periods.values("organization"))

    def filter_owned(self, queryset, name, value):
        if not self.first_call("filter_owned"):
            return queryset
        given = self.given("filter_owned")
        periods = Ownership.objects.all()
        owners = _records(given.get("owned_by")) + _records(given.get("owned_by_id"))
        if owners:
            periods = periods.filter(parent__in=owners)
        if "owned_on" in given:
            periods = periods.covering(given["owned_on"])
        return queryset.filter(pk__in=periods.values("organization"))


class BoundedDateField(forms.DateField):
    """A date a query may ask about (dates.out_of_range)."""

    def validate(self, value):
        super().validate(value)
        if value is not None and (problem := out_of_range(value)):
            raise ValidationError(problem)


class BoundedDateFilter(django_filters.DateFilter):
    field_class = BoundedDateField


class DeploymentFilterSet(TogetherFilterSet):
    """Deployments: by stage now, or on a date (`as_of`: the stage each had then, from its stage history)."""

    together = {"filter_stages": ("as_of", "stage", "stage__n")}

    as_of = BoundedDateFilter(
        field_name="stage",
        method="filter_stages",
        label="As of this date (YYYY-MM-DD): only deployments reported by then, each at the stage it had then "
        "(its latest stage observation known to hold that day; one dated to a month, quarter or year holds "
        "from that period's last day). `stage` then filters on that stage, and lists and CSV show it.",
    )

    @classmethod
    def get_filters(cls):
        filters = super().get_filters()
        # `stage` and `stage__n` compare with the stage on the as_of date when there is one.
        for name in ("stage", "stage__n"):
            if name in filters:
                filters[name].method = "filter_stages"
        return filters

    def filter_stages(self, queryset, name, value):
        if not self.first_call("filter_stages"):
            return queryset
        given = self.given("filter_stages")
        field = "stage"
        if STAGE_AS_OF in queryset.query.annotations:
            field = STAGE_AS_OF  # already staged (a report's known_on)
        elif "as_of" in given:
            queryset, field = as_of(queryset, given["as_of"]), STAGE_AS_OF
        if given.get("stage"):
            queryset = queryset.filter(**{f"{field}__in": given["stage"]})
        if given.get("stage__n"):
            queryset = queryset.exclude(**{f"{field}__in": given["stage__n"]})
        return queryset


# Resources whose lists take filters beyond their registry entry's families.
FILTERSET_BASES: dict[type[models.Model], type[BaseFilterSet]] = {
    Deployment: DeploymentFilterSet,
    MarketEvent: EventFilterSet,
    Organization: OrganizationFilterSet,
}


@cache
def filterset_for(model: type[models.Model]) -> type[BaseFilterSet] | None:
    """The filter set of a resource's list, built once from its registry entry (None for the
    vocabulary, which has no API list: export_csv takes no filters for it)."""
    resource: Resource = resource_for(model)
    if not resource.api:
        return None
    meta = type("Meta", (), {"model": model, "fields": []})
    name = f"{model.__name__}FilterSet"
    base = FILTERSET_BASES.get(model, BaseFilterSet)
    return type(name, (base,), {"Meta": meta, "spec": resource.filters, "search_fields": resource.search})
