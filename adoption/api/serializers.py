"""Serializers: how each resource reads and writes.

Reads show relations as brief objects and choices as their value strings. Writes accept
a relation as an id, a natural key or an object with either; nested guests, citations
and figures are written inside their parent, in one transaction: a list given replaces
the stored one, but each row keeps its id when it is matched (by the `id` it is sent
with, else by what identifies it within its parent) and is written only if it changed. Validation is the
models' own (`full_clean()`, the same the admin runs) plus the shared citation rule.
"""

import copy
import difflib
from functools import cache
from types import SimpleNamespace
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django_countries.fields import CountryField
from rest_framework import serializers
from rest_framework.settings import api_settings

from ..choices import COUNTRY_CHOICES
from ..models import require_citations
from ..registry import DATE_DISPLAY, RESOURCES, Nested, Resource, concrete_field, resource_for
from ..services.nested import sync_rows
from .brief import brief
from .fields import BriefRelatedField, RecordUrlField
from .strict import StrictFields


def drf_errors(exc: DjangoValidationError) -> dict | list:
    """A Django ValidationError as DRF error detail: per field, `__all__` as non_field_errors."""
    if not hasattr(exc, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: exc.messages}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if name == "__all__" else name): messages
        for name, messages in exc.message_dict.items()
    }


class ModelCleanSerializer(serializers.ModelSerializer):
    """Validates by building the model instance and running its full_clean()."""

    serializer_related_field = BriefRelatedField

    def _deferred_fields(self) -> set[str]:
        """Fields whose values are not set on the instance before full_clean()."""
        model = self.Meta.model
        many = {field.name for field in model._meta.get_fields() if field.many_to_many or field.one_to_many}
        return many | set(getattr(self, "nested", {})) | set(getattr(self, "value_lists", {}))

    def validate(self, attrs):
        attrs = super().validate(attrs)
        instance = copy.copy(self.instance) if self.instance is not None else self.Meta.model()
        deferred = self._deferred_fields()
        for name, value in attrs.items():
            if name not in deferred:
                setattr(instance, name, value)
        exclude = [field.name for field in instance._meta.get_fields() if field.name in deferred]
        exclude += self.exclude_from_clean()
        try:
            instance.full_clean(exclude=exclude)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(self._as_api_fields(drf_errors(exc))) from exc
        # Written as validated: what validation normalised (a date to its period's first day,
        # stripped text) and what it filled in (a figure's unit, from its currency).
        cleaned = {name: getattr(instance, name) for name in attrs if name not in deferred}
        return {**attrs, **cleaned, **{name: getattr(instance, name) for name in getattr(self, "filled", ())}}

    def _as_api_fields(self, errors: dict) -> dict:
        """Report each model field's errors under the name the API gives it (`url` -> `web_url`)."""
        names = {field.source: name for name, field in self.fields.items()}
        return {names.get(key, key): messages for key, messages in errors.items()}

    def exclude_from_clean(self) -> list[str]:
        """Fields that are set later (a nested row's parent)."""
        return []


class NestedRowSerializer(ModelCleanSerializer):
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.
    """

    parent_field = ""
    filled: tuple[str, ...] = ()  # fields the model fills in when left out (Nested.filled)

    id = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="The row's id: give it back to keep (or change) that row; leave it out for a new row, "
        "which is matched to a stored one by what identifies it.",
    )

    def exclude_from_clean(self):
        return [self.parent_field, "id"]

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields), key=str)
            if unknown:
                raise serializers.ValidationError({str(key): [self._unknown(str(key))] for key in unknown})
        return super().to_internal_value(data)

    def _unknown(self, key: str) -> str:
        label = self.Meta.model._meta.verbose_name
        close = difflib.get_close_matches(key, list(self.fields), n=1)
        hint = f" Did you mean {close[0]}?" if close else f" Expected some of: {', '.join(self.fields)}."
        return f"Unknown field in this {label}.{hint}"


class RecordSerializer(StrictFields, ModelCleanSerializer):
    """A top-level resource: its URL, nested lists written in one transaction."""

    url = RecordUrlField()

    # {list name: serializer class}: rows written inside the record, replaced as a whole.
    nested: dict[str, type[NestedRowSerializer]] = {}
    # {list name: row model}: a ValueListField's rows, replaced as a whole.
    value_lists: dict[str, type[models.Model]] = {}
    # "deployment" / "market event": the record must cite at least one source.
    cited_as = ""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if self.cited_as and (self.instance is None or "citations" in attrs):
            try:
                require_citations(self.cited_as, len(attrs.get("citations", [])))
            except DjangoValidationError as exc:
                raise serializers.ValidationError(drf_errors(exc)) from exc
        return attrs

    def get_fields(self):
        fields = super().get_fields()
        # Confidential fields (a survey's respondent) are neither shown nor writable without
        # their permission: the same rule as CSV and history (Resource.hidden_from).
        request = self.context.get("request")
        for name in resource_for(self.Meta.model).hidden_from(getattr(request, "user", AnonymousUser())):
            fields.pop(name, None)
        return fields

    @transaction.atomic
    def create(self, validated_data):
        rows = self._pop_rows(validated_data)
        self._settle(None, validated_data, rows)
        instance = super().create(validated_data)
        self._write_rows(instance, rows)
        return instance

    @transaction.atomic
    def update(self, instance, validated_data):
        rows = self._pop_rows(validated_data)
        self._settle(instance, validated_data, rows)
        instance = super().update(instance, validated_data)
        self._write_rows(instance, rows)
        return instance

    def _settle(self, instance, validated_data: dict, rows: dict[str, list[models.Model]]) -> None:
        """Each field that follows a list takes the value its rows give it, before the record is saved
        (so its history row holds it); one given must agree with them (Resource.follows)."""
        for follow in resource_for(self.Meta.model).follows:
            stored = getattr(instance, follow.field) if instance is not None else None
            record = instance if instance is not None else SimpleNamespace(**validated_data)
            try:
                value, written = follow.settle(
                    record, validated_data.get(follow.field) or None, rows.get(follow.nested), rows, stored
                )
            except DjangoValidationError as exc:
                raise serializers.ValidationError(drf_errors(exc)) from exc
            validated_data[follow.field] = value
            if written is not None:
                rows[follow.nested] = list(written)

    def _pop_rows(self, validated_data: dict) -> dict[str, list[models.Model]]:
        """The child rows the request gives, as unsaved instances with any `id` given, out of `validated_data`.

        A row given with its id keeps the stored values of the fields it leaves out, so a client
        that does not know a field (an older one) does not clear it by sending the row back."""
        rows = {}
        for name in self.nested:
            if name in validated_data:
                nested = resource_for(self.Meta.model).lists[name]
                items = validated_data.pop(name)
                stored = self._stored(nested, items)
                try:
                    rows[name] = [_row(nested, item, stored.get(item.get("id"))) for item in items]
                except DjangoValidationError as exc:
                    raise serializers.ValidationError({name: exc.messages}) from exc
        for name, row_model in self.value_lists.items():
            if name in validated_data:
                field = self.fields[name].row_field
                rows[name] = [row_model(**{field: value}) for value in validated_data.pop(name)]
        return rows

    def _stored(self, nested: Nested, items: list[dict]) -> dict[int, models.Model]:
        """The stored rows of this record that `items` name by id."""
        ids = [item["id"] for item in items if item.get("id")]
        if self.instance is None or not ids:
            return {}
        rows = nested.model._default_manager.filter(pk__in=ids, **{nested.parent_field: self.instance.pk})
        return {row.pk: row for row in rows}

    def _write_rows(self, instance: models.Model, rows: dict[str, list[models.Model]]) -> None:
        """Each list replaces the stored one row by row: matched rows keep their ids, unchanged ones are not written."""
        lists = resource_for(self.Meta.model).lists
        for name, children in rows.items():
            nested = lists[name]
            try:
                if name in self.value_lists:
                    # Spelt as stored (an alias's name normalised) before they are compared.
                    for child in children:
                        child.full_clean(
                            exclude=[nested.parent_field], validate_unique=False, validate_constraints=False
                        )
                sync_rows(instance, nested, children)
            except DjangoValidationError as exc:
                raise serializers.ValidationError({name: exc.messages}) from exc


def _row(nested: Nested, item: dict, stored: models.Model | None) -> models.Model:
    """A row as given; over its stored values when it names a stored row, and then checked again
    as a whole (raises Django's ValidationError)."""
    if stored is None:
        return nested.model(**item)
    row = copy.copy(stored)
    for name, value in item.items():
        setattr(row, name, value)
    row.full_clean(exclude=[nested.parent_field], validate_unique=False, validate_constraints=False)
    return row


COUNTRY_HELP = "ISO 3166-1 alpha-2 code, e.g. JP; empty when unknown."


class SerializerCountryField(serializers.ChoiceField):
    """An ISO 3166-1 alpha-2 code; reads the stored Country back as its code ("" when unknown)."""

    def __init__(self, **kwargs):
        super().__init__(choices=COUNTRY_CHOICES, allow_blank=True, **kwargs)

    def to_representation(self, value):
        return getattr(value, "code", value) or ""


class ValueListField(serializers.ListField):
    """Plain values stored as child rows (an organization's aliases, a response's guest families).

    Read from the rows' `row_field`; written by RecordSerializer (its `value_lists`), replacing
    them: a value already stored keeps its row, untouched.
    """

    def __init__(self, *, row_field: str, item: str, **kwargs):
        self.row_field, self.item = row_field, item
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return [getattr(row, self.row_field) for row in getattr(instance, self.source).all()]

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        if len(set(values)) != len(values):
            raise serializers.ValidationError(f"The same {self.item} is listed twice.")
        return values


class BriefSerializer(serializers.BaseSerializer):
    """Any record in its brief form (`?brief=true`)."""

    def to_representation(self, instance):
        return brief(instance, self.context)


def row_serializer(nested: Nested) -> type[NestedRowSerializer]:
    """The serializer of one nested row: its id and its fields (a guest, a citation, a figure)."""
    return _row_serializers()[nested]


@cache
def _row_serializers() -> dict[Nested, type[NestedRowSerializer]]:
    parents: dict[type[models.Model], int] = {}
    for resource in RESOURCES.values():
        for nested in resource.nested.values():
            parents[nested.model] = parents.get(nested.model, 0) + 1
    made = {}
    for resource in RESOURCES.values():
        for nested in resource.nested.values():
            # Named for the row (Guest), or for its parent too where several share it (EventCitation).
            prefix = nested.parent_field.title() if parents[nested.model] > 1 else ""
            meta = type(
                "Meta",
                (),
                {
                    "model": nested.model,
                    "fields": ("id", *nested.fields),
                    "extra_kwargs": {name: {"required": False} for name in nested.filled},
                },
            )
            made[nested] = type(
                f"{prefix}{nested.model.__name__}Serializer",
                (NestedRowSerializer,),
                {
                    **_vocabulary_keys(nested),
                    "Meta": meta,
                    "parent_field": nested.parent_field,
                    "filled": nested.filled,
                    "__module__": __name__,
                },
            )
    return made


def _vocabulary_keys(nested: Nested) -> dict[str, serializers.Field]:
    """A row's relations to a vocabulary without an API list (a figure's metric and unit, a
    party's role), read and written as the slug alone: as a figure's metric was before it
    became a relation, so clients that read `"metric": "deal-value"` still do."""
    fields: dict[str, serializers.Field] = {}
    for name in nested.fields:
        model_field = concrete_field(nested.model, name)
        related = model_field.related_model
        if not isinstance(related, type) or resource_for(related).api:
            continue
        label, key = related._meta.verbose_name, resource_for(related).key
        fields[name] = serializers.SlugRelatedField(
            slug_field=key,
            queryset=related._default_manager.all(),
            required=not (model_field.null or name in nested.filled),
            allow_null=model_field.null,
            help_text=f"The {label}'s {key}. {model_field.help_text}".strip(),
            error_messages={
                "does_not_exist": f"There is no {label} {{value}}.",
                "invalid": f"Give the {label}'s {key}.",
            },
        )
    return fields


def _value_list(nested: Nested) -> ValueListField:
    """A name list read and written as plain values: each row's one field."""
    (name,) = nested.fields
    model_field = concrete_field(nested.model, name)
    child = (
        serializers.ChoiceField(choices=model_field.choices)
        if model_field.choices
        else serializers.CharField(max_length=model_field.max_length)
    )
    return ValueListField(
        child=child,
        row_field=name,
        item=nested.item or str(nested.model._meta.verbose_name),
        required=False,
        **_help(nested),
    )


def _help(nested: Nested) -> dict[str, Any]:
    return {"help_text": nested.help} if nested.help else {}


def _declared_fields(resource: Resource) -> dict[str, serializers.Field]:
    """The fields ModelSerializer would not build as the API shows them: lists, countries, renamed
    fields and read-only displays."""
    model = resource.model
    declared: dict[str, serializers.Field] = {}
    for name, nested in resource.nested.items():
        declared[name] = row_serializer(nested)(many=True, required=False, **_help(nested))
    for name, nested in resource.name_lists.items():
        declared[name] = _value_list(nested)
    for name in resource.fields:
        model_field = concrete_field(model, name)
        if isinstance(model_field, CountryField):
            declared[name] = SerializerCountryField(required=False, help_text=COUNTRY_HELP)
        elif name in resource.renamed:
            field_class, kwargs = serializers.ModelSerializer().build_standard_field(name, model_field)
            if name in getattr(model, "FOLDED_UNIQUE", {}):
                kwargs["validators"] = []  # the model's own check, as for the fields Meta lists
            declared[resource.renamed[name]] = field_class(source=name, **kwargs)
    for name, (source, help_text) in resource.derived.items():
        other_source: dict[str, Any] = {"source": source} if source != name else {}  # DRF refuses it repeated
        declared[name] = serializers.ListField(
            child=serializers.CharField(), read_only=True, help_text=help_text, **other_source
        )
    for name, nested in resource.inbound.items():
        declared[name] = _inbound_rows(nested)(many=True, read_only=True, **_help(nested))
    for name, (source, _) in resource.displays.items():
        renamed: dict[str, Any] = {"source": source} if source != name else {}
        declared[name] = serializers.CharField(read_only=True, help_text=DATE_DISPLAY, **renamed)
    return declared


@cache
def _inbound_rows(nested: Nested) -> type[serializers.ModelSerializer]:
    """Read-only rows of another record that point at this one (an event's links from later events)."""
    meta = type(
        "Meta", (), {"model": nested.model, "fields": ("id", *nested.fields), "read_only_fields": nested.fields}
    )
    name = f"{nested.model.__name__}{nested.parent_field.title()}Serializer"
    return type(name, (serializers.ModelSerializer,), {"Meta": meta, "serializer_related_field": BriefRelatedField})


@cache
def serializer_for(resource: Resource) -> type[RecordSerializer]:
    """The serializer of a resource's records, built from its registry entry."""
    model = resource.model
    folded = getattr(model, "FOLDED_UNIQUE", {})
    meta = type(
        "Meta",
        (),
        {
            "model": model,
            "fields": resource.api_fields,
            # The model checks a folded field (a name ignoring case and spacing) and names
            # the record that has it; DRF's own check would compare it exactly, and first.
            "extra_kwargs": {name: {"validators": []} for name in folded},
            "read_only_fields": resource.read_only,
        },
    )
    attrs = {
        **_declared_fields(resource),
        "Meta": meta,
        "nested": {name: row_serializer(nested) for name, nested in resource.nested.items()},
        "value_lists": {name: nested.model for name, nested in resource.name_lists.items()},
        "cited_as": resource.cited_as,
        "__module__": __name__,
    }
    return type(f"{model.__name__}Serializer", (RecordSerializer,), attrs)
