"""The API's history endpoints: a record's changes, the deleted records, and restoring one.

Shared by every resource (RecordViewSet mixes HistoryActions in). Reading history needs
a signed-in user with the model's view permission (it names who changed what);
restoring needs the add permission, as creating does.
"""

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.response import Response

from ..ids import parse_id
from ..registry import resource_for
from ..selectors.deleted import deleted
from ..selectors.timeline import timeline
from ..selectors.versions import etag
from ..services import restore as restoring


class ModelPermission(permissions.BasePermission):
    """A signed-in user with the `action` permission on the view's model."""

    action = "view"

    def has_permission(self, request, view):
        meta = view.queryset.model._meta
        return bool(request.user and request.user.is_authenticated) and request.user.has_perm(
            f"{meta.app_label}.{self.action}_{meta.model_name}"
        )


class CanReadHistory(ModelPermission):
    message = "Reading history needs a signed-in account with permission to view these records."


class CanRestore(ModelPermission):
    action = "add"
    message = "Restoring needs a signed-in account with permission to add these records."


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"


class FieldChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.JSONField(help_text="The value before (null when the row was created).")
    new = serializers.JSONField(help_text="The value after; relations by slug or reference.")


class RowChangeSerializer(serializers.Serializer):
    record = serializers.CharField(help_text='"deployment", or a nested row: "guest", "citation", ...')
    id = serializers.IntegerField()
    action = serializers.ChoiceField(["created", "changed", "deleted", "restored"])
    fields = FieldChangeSerializer(many=True)


class ChangeSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    by = serializers.CharField(help_text="The account, or the name a command was given (its system login by default).")
    via = serializers.CharField(help_text='"admin", "api", or the command: "manage.py import_csv", ...')
    reason = serializers.CharField()
    action = serializers.ChoiceField(["created", "changed", "deleted", "restored"])
    rows = RowChangeSerializer(many=True, help_text="The record first, then its nested rows.")


class DeletedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    key = serializers.SerializerMethodField(help_text="Its slug or reference when it was deleted.")
    deleted_at = serializers.DateTimeField(source="history_date")
    deleted_by = serializers.SerializerMethodField()
    via = serializers.CharField(source="history_entry_point")

    def get_deleted_by(self, row) -> str:
        return row.changed_by

    def get_key(self, row) -> str:
        return getattr(row, self.context["key"])


def _pk(view) -> int:
    pk = parse_id(view.kwargs["pk"])
    if pk is None:
        raise Http404
    return pk


class HistoryActions:
    """history/, deleted/ and restore/ for a RecordViewSet."""

    @extend_schema(
        responses=ChangeSerializer(many=True),
        description="Every change to this record and its nested rows, newest first, field by field; also for a "
        "deleted record. Needs the view permission.",
    )
    @action(
        detail=True, methods=["get"], permission_classes=[CanReadHistory], pagination_class=None, filter_backends=[]
    )
    def history(self, request, pk=None):
        pk = _pk(self)
        resource = resource_for(self.queryset.model)
        changes = timeline(resource, pk, user=request.user)
        if not changes and not self.queryset.model.objects.filter(pk=pk).exists():
            raise Http404
        return Response(ChangeSerializer(changes, many=True).data)

    @extend_schema(
        responses=DeletedSerializer(many=True),
        description="The records deleted and not restored, newest deletion first. Needs the view permission.",
    )
    @action(detail=False, methods=["get"], permission_classes=[CanReadHistory], filter_backends=[])
    def deleted(self, request):
        resource = resource_for(self.queryset.model)
        page = self.paginate_queryset(deleted(resource))
        return self.get_paginated_response(DeletedSerializer(page, many=True, context={"key": resource.key}).data)

    @extend_schema(
        request=None,
        description="Bring back a deleted record with the nested rows deleted with it, as they were. 409 when it "
        "is not deleted; 400 when it cannot come back (a source it cites was deleted since). Needs the add "
        "permission.",
    )
    @action(detail=True, methods=["post"], permission_classes=[CanRestore])
    def restore(self, request, pk=None):
        resource = resource_for(self.queryset.model)
        try:
            record = restoring.restore(resource, _pk(self), user=request.user)
        except resource.model.DoesNotExist:
            raise Http404 from None
        except restoring.NotDeleted as exc:
            raise Conflict(str(exc)) from None
        except restoring.RestoreError as exc:
            raise ValidationError({"non_field_errors": exc.messages}) from None
        record = self.get_queryset().get(pk=record.pk)
        response = Response(self.get_serializer(record).data, status=status.HTTP_201_CREATED)
        response["ETag"] = etag(record)  # its version, as a create's answer carries
        return response
