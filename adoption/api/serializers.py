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

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from rest_framework import serializers
from rest_framework.settings import api_settings

from ..choices import OSFamily
from ..filters import COUNTRY_CHOICES
from ..models import (
    Citation,
    Deployment,
    EventFigure,
    Guest,
    Hypervisor,
    MarketEvent,
    OperatingSystem,
    Organization,
    OrganizationAlias,
    ResponseGuestFamily,
    ResponseHypervisor,
    Source,
    Survey,
    SurveyResponse,
    require_citations,
)
from ..services.nested import sync_rows
from ..services.resources import resource_for
from .brief import brief
from .fields import BriefRelatedField, RecordUrlField
from .strict import StrictFields

TIMESTAMPS = ("created", "updated")


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
        return attrs

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


class GuestSerializer(NestedRowSerializer):
    parent_field = "deployment"

    class Meta:
        model = Guest
        fields = ("id", "operating_system", "version", "mode", "vm_count")


class DeploymentCitationSerializer(NestedRowSerializer):
    parent_field = "deployment"

    class Meta:
        model = Citation
        fields = ("id", "source", "locator", "note")


class EventCitationSerializer(DeploymentCitationSerializer):
    parent_field = "event"


class EventFigureSerializer(NestedRowSerializer):
    parent_field = "event"

    class Meta:
        model = EventFigure
        fields = ("id", "metric", "amount", "currency", "note")


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
        instance = super().create(validated_data)
        self._write_rows(instance, rows)
        return instance

    @transaction.atomic
    def update(self, instance, validated_data):
        rows = self._pop_rows(validated_data)
        instance = super().update(instance, validated_data)
        self._write_rows(instance, rows)
        return instance

    def _pop_rows(self, validated_data: dict) -> dict[str, list[models.Model]]:
        """The child rows the request gives, as unsaved instances with any `id` given, out of `validated_data`."""
        rows = {}
        for name, serializer in self.nested.items():
            if name in validated_data:
                rows[name] = [serializer.Meta.model(**item) for item in validated_data.pop(name)]
        for name, row_model in self.value_lists.items():
            if name in validated_data:
                field = self.fields[name].row_field
                rows[name] = [row_model(**{field: value}) for value in validated_data.pop(name)]
        return rows

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


class CountryField(serializers.ChoiceField):
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


class OrganizationSerializer(RecordSerializer):
    aliases = ValueListField(
        child=serializers.CharField(max_length=200),
        row_field="name",
        item="alias",
        required=False,
        help_text="Other names it is known by; search finds them.",
    )
    country = CountryField(required=False, help_text="ISO 3166-1 alpha-2 code, e.g. JP; empty when unknown.")

    value_lists = {"aliases": OrganizationAlias}

    class Meta:
        model = Organization
        fields = (
            "id",
            "url",
            "slug",
            "name",
            "aliases",
            "country",
            "industry",
            "parent",
            "website",
            "description",
            "synthetic",
            *TIMESTAMPS,
        )
        # The model checks the name, ignoring case and spacing, and names the record that
        # has it; DRF's own check would compare it exactly and first.
        extra_kwargs = {"name": {"validators": []}}


class HypervisorSerializer(RecordSerializer):
    class Meta:
        model = Hypervisor
        fields = (
            "id",
            "url",
            "slug",
            "name",
            "vendor",
            "architecture",
            "techniques",
            "licence",
            "website",
            "description",
            *TIMESTAMPS,
        )


class OperatingSystemSerializer(RecordSerializer):
    class Meta:
        model = OperatingSystem
        fields = ("id", "url", "slug", "name", "family", "vendor", *TIMESTAMPS)


class SourceSerializer(RecordSerializer):
    web_url = serializers.URLField(
        source="url", required=False, allow_blank=True, max_length=500, help_text="Where the source can be read."
    )
    published = serializers.CharField(
        source="published_display", read_only=True, help_text="The date at its precision."
    )

    class Meta:
        model = Source
        fields = (
            "id",
            "url",
            "slug",
            "kind",
            "title",
            "publisher",
            "authors",
            "web_url",
            "published_on",
            "published_precision",
            "published",
            "notes",
            "synthetic",
            *TIMESTAMPS,
        )


class DeploymentSerializer(RecordSerializer):
    guests = GuestSerializer(many=True, required=False)
    citations = DeploymentCitationSerializer(many=True, required=False)
    reported = serializers.CharField(source="reported_display", read_only=True, help_text="The date at its precision.")

    nested = {"guests": GuestSerializer, "citations": DeploymentCitationSerializer}
    cited_as = "deployment"

    class Meta:
        model = Deployment
        fields = (
            "id",
            "url",
            "reference",
            "customer",
            "hypervisor",
            "hypervisor_version",
            "host_os",
            "host_os_version",
            "guests",
            "stage",
            "purposes",
            "supplier",
            "host_count",
            "vm_count",
            "reported_on",
            "reported_precision",
            "reported",
            "summary",
            "citations",
            "synthetic",
            *TIMESTAMPS,
        )


class MarketEventSerializer(RecordSerializer):
    figures = EventFigureSerializer(many=True, required=False)
    citations = EventCitationSerializer(many=True, required=False)
    date_display = serializers.CharField(read_only=True, help_text="The date at its precision.")

    nested = {"figures": EventFigureSerializer, "citations": EventCitationSerializer}
    cited_as = "market event"

    class Meta:
        model = MarketEvent
        fields = (
            "id",
            "url",
            "slug",
            "title",
            "kind",
            "status",
            "date",
            "date_precision",
            "date_display",
            "organization",
            "counterparty",
            "hypervisors",
            "operating_systems",
            "summary",
            "figures",
            "citations",
            *TIMESTAMPS,
        )


class SurveySerializer(RecordSerializer):
    class Meta:
        model = Survey
        fields = (
            "id",
            "url",
            "slug",
            "title",
            "conducted_by",
            "fielded_from",
            "fielded_to",
            "population",
            "source",
            "synthetic",
            "description",
            *TIMESTAMPS,
        )


class ResponseHypervisorSerializer(NestedRowSerializer):
    parent_field = "response"

    class Meta:
        model = ResponseHypervisor
        fields = ("id", "hypervisor", "stage")


class SurveyResponseSerializer(RecordSerializer):
    hypervisors = ResponseHypervisorSerializer(
        many=True, required=False, help_text="Each hypervisor in use or under evaluation, at its own stage."
    )
    guest_families = ValueListField(
        child=serializers.ChoiceField(choices=OSFamily.choices),
        row_field="family",
        item="family",
        required=False,
        help_text="Guest OS families virtualised.",
    )
    country = CountryField(required=False, help_text="ISO 3166-1 alpha-2 code; empty when unknown.")

    nested = {"hypervisors": ResponseHypervisorSerializer}
    value_lists = {"guest_families": ResponseGuestFamily}

    class Meta:
        model = SurveyResponse
        fields = (
            "id",
            "url",
            "reference",
            "survey",
            "respondent",
            "industry",
            "country",
            "size_band",
            "linux_years",
            "stage",
            "hypervisors",
            "guest_families",
            "purposes",
            "synthetic",
            *TIMESTAMPS,
        )


class BriefSerializer(serializers.BaseSerializer):
    """Any record in its brief form (`?brief=true`)."""

    def to_representation(self, instance):
        return brief(instance, self.context)
