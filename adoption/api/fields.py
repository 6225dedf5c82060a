"""Serializer fields shared by the resources."""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent, build_basic_type
from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers

from ..ids import parse_id
from ..registry import resource_for
from .brief import brief, record_url
from .schema import brief_schema


class BriefRelatedField(serializers.RelatedField):
    """A relation read as a brief object and written as an id, a natural key, or an object with either.

    `5`, `"xen"` and `{"id": 5}` / `{"slug": "xen"}` all name the same hypervisor, so a
    client can send back what it read.
    """

    default_error_messages = {
        "does_not_exist": "There is no {model} with {key_name} {value!r}.",
        "invalid": "Give the {model} as its id, its {key_name}, or an object with either.",
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("html_cutoff", 200)
        super().__init__(**kwargs)

    @property
    def related_model(self):
        """The model it relates to: its queryset's, or for a read-only field (no queryset) the model field's."""
        queryset = self.get_queryset()
        if queryset is not None:
            return queryset.model
        return self.parent.Meta.model._meta.get_field(self.source).related_model

    @property
    def resource(self):
        """The related resource (registry): its key and brief label."""
        return resource_for(self.related_model)

    def to_representation(self, value):
        return brief(value, self.context)

    def to_internal_value(self, data):
        queryset = self.get_queryset()
        model, key = queryset.model._meta.verbose_name, self.resource.key
        if isinstance(data, dict):
            data = data.get("id", data.get(key))
        if isinstance(data, bool) or not isinstance(data, int | str) or (isinstance(data, str) and "\x00" in data):
            self.fail("invalid", model=model, key_name=key)
        if isinstance(data, int):
            lookup = {"pk": data} if parse_id(data) else None
            shown_key = "id"
        else:
            lookup, shown_key = {key: data}, key
        found = queryset.filter(**lookup).first() if lookup else None
        if found is None and isinstance(data, str) and parse_id(data):
            found = queryset.filter(pk=parse_id(data)).first()
        if found is None:
            self.fail("does_not_exist", model=model, key_name=shown_key, value=data)
        return found

    def get_choices(self, cutoff=None):
        # The browsable API's form: keyed by natural key (a brief object is not hashable).
        queryset = self.get_queryset()
        if cutoff is not None:
            queryset = queryset[:cutoff]
        return {getattr(item, self.resource.key): str(item) for item in queryset}

    def use_pk_only_optimization(self):
        return False


class RecordUrlField(serializers.Field):
    """The record's own API URL."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return record_url(value, self.context)


class BriefRelatedFieldExtension(OpenApiSerializerFieldExtension):
    """Documents BriefRelatedField: a brief object in responses, an id or key in requests."""

    target_class = BriefRelatedField
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        resource = self.target.resource
        if direction == "request":
            return {
                "oneOf": [
                    build_basic_type(OpenApiTypes.INT),
                    {**build_basic_type(OpenApiTypes.STR), "description": f"the {resource.key}"},
                ]
            }
        # One component per model's brief form, referenced wherever a relation shows it.
        model = self.target.related_model
        component = ResolvedComponent(
            name=f"Brief{model.__name__}", type=ResolvedComponent.SCHEMA, object=model, schema=brief_schema(model)
        )
        auto_schema.registry.register_on_missing(component)
        return component.ref


class RecordUrlFieldExtension(OpenApiSerializerFieldExtension):
    target_class = RecordUrlField

    def map_serializer_field(self, auto_schema, direction):
        return build_basic_type(OpenApiTypes.URI)
