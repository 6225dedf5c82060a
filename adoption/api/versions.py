"""ETag and If-Match for the API's records: a stale write answers 412 and changes nothing."""

from django.db import transaction
from rest_framework import status
from rest_framework.exceptions import APIException

from ..ids import parse_id
from ..selectors.versions import etag, locked_version, newer_version_message


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "precondition_failed"


def _matches(if_match: str, current: str) -> bool:
    tags = [tag.strip() for tag in if_match.split(",")]
    return "*" in tags or f'"{current}"' in tags


class VersionedWrites:
    """Detail responses carry an ETag; PUT, PATCH and DELETE honour If-Match, checked under a row lock."""

    # By action; restore is HistoryActions', which answers the record back as it was deleted.
    answers_etag = {"retrieve": 200, "create": 201, "update": 200, "partial_update": 200, "restore": 201}

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        response["ETag"] = etag(self._record)
        return response

    def get_object(self):
        self._record = super().get_object()
        return self._record

    def update(self, request, *args, **kwargs):
        with transaction.atomic():
            self._check_if_match(request)
            response = super().update(request, *args, **kwargs)
        response["ETag"] = etag(self._record)
        return response

    def create(self, request, *args, **kwargs):
        response = super().create(request, *args, **kwargs)
        if hasattr(self, "_created"):
            response["ETag"] = etag(self._created)
        return response

    def perform_create(self, serializer):
        super().perform_create(serializer)
        self._created = serializer.instance

    def destroy(self, request, *args, **kwargs):
        with transaction.atomic():
            self._check_if_match(request)
            return super().destroy(request, *args, **kwargs)

    def _check_if_match(self, request) -> None:
        if_match = request.headers.get("If-Match")
        if not if_match:
            return
        pk = parse_id(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, ""))
        if pk is None:
            return  # not an id: get_object() answers 404
        model = self.queryset.model
        current = locked_version(model, pk)
        if current is not None and not _matches(if_match, current):
            raise PreconditionFailed(newer_version_message(model, pk) + " GET it again for its current ETag.")
