"""JSON errors for what a client can get wrong, so nothing it sends ends in a 500."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .serializers import drf_errors


def exception_handler(exc, context):
    """DRF's handler, plus: model validation and constraint races are 400, deleting a record in use is 409."""
    if isinstance(exc, ProtectedError | RestrictedError):  # before IntegrityError: they subclass it
        blocking = getattr(exc, "protected_objects", None) or getattr(exc, "restricted_objects", ())
        in_use = sorted({str(obj._meta.verbose_name_plural) for obj in blocking})
        return Response(
            {"detail": f"This record is in use by {', '.join(in_use)}; remove those references first."},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(drf_errors(exc))
    elif isinstance(exc, IntegrityError):
        # Validation runs before every write, so this is a race with a concurrent writer: what
        # validation says now that the other write is saved (a reference that already exists),
        # else a conflict in general.
        exc = exceptions.ValidationError(
            _errors_now(context)
            or {"non_field_errors": ["This change conflicts with another record saved at the same time; try again."]}
        )
    return drf_exception_handler(exc, context)


def _errors_now(context) -> dict | list | None:
    """The request's body validated again, for a write the database refused: its errors, if any.

    The failed write's transaction has been rolled back when the exception reaches here.
    """
    view, request = context.get("view"), context.get("request")
    action = getattr(view, "action", None)
    if action not in {"create", "update", "partial_update"}:
        return None
    try:
        instance = view.get_object() if action != "create" else None
        serializer = view.get_serializer(instance, data=request.data, partial=action == "partial_update")
        return None if serializer.is_valid() else serializer.errors
    except (exceptions.APIException, DjangoValidationError, Http404):
        return None  # the record went meanwhile, say: the general message will do
