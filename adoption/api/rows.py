"""One nested row at a time: a record's rows with their ids, add one, remove one.

    GET    /api/<resource>/<id>/<list>/           the rows, each with its id
    POST   /api/<resource>/<id>/<list>/           add one row: 201, the row with its new id
    DELETE /api/<resource>/<id>/<list>/<row_id>/  remove one row: 204

for every list a resource writes as child rows (a deployment's guests and citations, an
event's figures and citations, an organization's aliases, a survey response's
hypervisors and guest families). The other rows are not written. Adding and removing
change the record: they need its change permission, honour If-Match, answer the
record's new ETag, and are recorded in its history like any other change. The same
validation as a PUT of the whole list applies (services.nested): a row the list already
has is refused, and so is removing a record's last citation or stage observation; a
deployment's stage follows its stages here as everywhere.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django.urls import path
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import generics, permissions, serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from ..ids import parse_id
from ..models import require_citations
from ..registry import Nested, Resource, resource_for
from ..selectors.versions import etag, locked_version, newer_version_message
from ..services.nested import stored_rows, sync_rows
from .schema import IF_MATCH
from .serializers import NestedRowSerializer, drf_errors
from .strict import StrictQueryParameters
from .versions import PreconditionFailed, _matches

STALE = OpenApiResponse(description="If-Match names an older version of the record: nothing changed.")


class MayChangeTheRecord(permissions.BasePermission):
    """Reading the rows is reading the record; adding or removing one needs the change permission on the record."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        meta = view.resource.model._meta
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm(f"{meta.app_label}.change_{meta.model_name}"))


class RowsView(StrictQueryParameters, generics.GenericAPIView):
    """Set per list by row_views(): the record's resource, the list's name and its row serializer."""

    permission_classes = [MayChangeTheRecord]
    resource: Resource
    list_name: str
    row_serializer: type[serializers.Serializer]
    pagination_class = None
    filter_backends = ()

    @property
    def nested(self) -> Nested:
        return self.resource.lists[self.list_name]

    def get_serializer_class(self):
        return self.row_serializer

    def get_queryset(self):
        return self.nested.model.objects.none()  # for the schema: the views read the rows themselves

    def parent(self, *, lock: bool = False) -> models.Model:
        pk = parse_id(self.kwargs["pk"])
        records = self.resource.model.objects.select_for_update() if lock else self.resource.model.objects
        record = records.filter(pk=pk).first() if pk is not None else None
        if record is None:
            raise NotFound(f"There is no {self.resource.label} with id {self.kwargs['pk']}.")
        return record

    def check_if_match(self, record: models.Model) -> None:
        if_match = self.request.headers.get("If-Match")
        if if_match:
            current = locked_version(self.resource.model, record.pk)
            if current is not None and not _matches(if_match, current):
                message = newer_version_message(self.resource.model, record.pk)
                raise PreconditionFailed(message + " GET it again for its current ETag.")

    def stored(self, record: models.Model) -> list[models.Model]:
        """The record's rows as they are stored, as instances that match themselves by id."""
        nested = self.nested
        rows = stored_rows(nested, [record.pk]).get(record.pk, {})
        return [nested.model(pk=pk, **dict(zip(nested.attnames, values, strict=True))) for pk, values in rows.items()]

    def write(self, record: models.Model, rows: list[models.Model]) -> None:
        """The record's list becomes `rows` (only the row added or removed is written); its version moves on."""
        if self.list_name == "citations" and self.resource.cited_as:
            try:
                require_citations(self.resource.cited_as, len(rows))
            except DjangoValidationError as exc:
                raise serializers.ValidationError(drf_errors(exc)) from exc
        # A field that follows this list (a deployment's stage, from its stages) follows it here too.
        follows = [follow for follow in self.resource.follows if follow.nested == self.list_name]
        for follow in follows:
            try:
                value, _ = follow.settle(record, None, rows, {}, getattr(record, follow.field))
            except DjangoValidationError as exc:
                raise serializers.ValidationError(drf_errors(exc)) from exc
            setattr(record, follow.field, value)
        try:
            sync_rows(record, self.nested, rows)
        except DjangoValidationError as exc:
            raise serializers.ValidationError({self.list_name: exc.messages}) from exc
        record.save(update_fields=["updated", *(follow.field for follow in follows)])


class ListRowsView(RowsView):
    answers_etag = {"POST": 201}  # the record's new version (api.schema declares the header)

    def get(self, request, *args, **kwargs):
        record = self.parent()
        rows = self.nested.model.objects.filter(**{self.nested.parent_field: record})
        return Response(self.get_serializer(rows.order_by(self.nested.order_by, "pk"), many=True).data)

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        with transaction.atomic():
            record = self.parent(lock=True)
            self.check_if_match(record)
            serializer.is_valid(raise_exception=True)
            values = dict(serializer.validated_data)
            if values.pop("id", None) is not None:
                raise serializers.ValidationError(
                    {"id": ["A new row has no id: leave it out (to change a stored row, PATCH the record)."]}
                )
            row = self.nested.model(**values)
            try:
                row.full_clean(exclude=[self.nested.parent_field], validate_unique=False, validate_constraints=False)
            except DjangoValidationError as exc:
                raise serializers.ValidationError(drf_errors(exc)) from exc
            self.write(record, [*self.stored(record), row])
        response = Response(self.get_serializer(row).data, status=status.HTTP_201_CREATED)
        response["ETag"] = etag(record)
        return response


class OneRowView(RowsView):
    answers_etag = {"DELETE": 204}

    def delete(self, request, *args, **kwargs):
        with transaction.atomic():
            record = self.parent(lock=True)
            self.check_if_match(record)
            stored = self.stored(record)
            row_id = parse_id(kwargs["row_id"])
            kept = [row for row in stored if row.pk != row_id]
            if row_id is None or len(kept) == len(stored):
                label = self.nested.model._meta.verbose_name
                raise NotFound(f"This {self.resource.label} has no {label} with id {kwargs['row_id']}.")
            self.write(record, kept)
        response = Response(status=status.HTTP_204_NO_CONTENT)
        response["ETag"] = etag(record)
        return response


def _value_row_serializer(model: type[models.Model], parent: str, field: str) -> type[NestedRowSerializer]:
    """A row of a plain-value list (an alias, a guest family) as an object: its id and its value."""
    meta = type("Meta", (), {"model": model, "fields": ("id", field)})
    return type(f"{model.__name__}RowSerializer", (NestedRowSerializer,), {"Meta": meta, "parent_field": parent})


def _views(prefix: str, viewset) -> list:
    record_serializer = viewset.serializer_class
    resource = resource_for(viewset.queryset.model)
    patterns = []
    for name, nested in resource.lists.items():
        if name in record_serializer.nested:
            row_serializer = record_serializer.nested[name]
        else:
            row_field = record_serializer._declared_fields[name].row_field
            row_serializer = _value_row_serializer(nested.model, nested.parent_field, row_field)
        label, record, rows = nested.model._meta.verbose_name, resource.label, name.replace("_", " ")
        attrs = {"resource": resource, "list_name": name, "row_serializer": row_serializer}
        stem = f"{resource.model.__name__}{name.title().replace('_', '')}"
        list_view = extend_schema_view(
            get=extend_schema(summary=f"The {record}'s {rows}, each with its id", responses=row_serializer(many=True)),
            post=extend_schema(
                summary=f"Add one {label} to the {record}, leaving the others as they are",
                description="The same as sending the whole list with this row added (PUT/PATCH), but only this "
                "row is written. Needs the change permission on the record; answers its new ETag.",
                parameters=[IF_MATCH],
                request=row_serializer,
                responses={201: row_serializer, 412: STALE},
            ),
        )(type(f"{stem}View", (ListRowsView,), attrs))
        row_view = extend_schema_view(
            delete=extend_schema(
                summary=f"Remove one {label} from the {record}, leaving the others as they are",
                description="Needs the change permission on the record; answers its new ETag. "
                "404 when the record has no such row.",
                parameters=[IF_MATCH],
                responses={204: None, 412: STALE},
            ),
        )(type(f"{stem}RowView", (OneRowView,), attrs))
        patterns += [
            path(f"{prefix}/<str:pk>/{name}/", list_view.as_view(), name=f"{resource.name}-{name}"),
            path(f"{prefix}/<str:pk>/{name}/<str:row_id>/", row_view.as_view(), name=f"{resource.name}-{name}-row"),
        ]
    return patterns


def row_urls(router) -> list:
    """The row endpoints of every resource the router has whose records have lists of rows."""
    return [pattern for prefix, viewset, _ in router.registry for pattern in _views(prefix, viewset)]
