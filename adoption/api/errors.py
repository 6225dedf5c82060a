"""JSON errors for what a client can get wrong, so nothing it sends ends in a 500."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
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
        # Validation runs before every write, so this is a race with a concurrent writer.
        exc = exceptions.ValidationError(
            {"non_field_errors": ["This change conflicts with another record saved at the same time; try again."]}
        )
    return drf_exception_handler(exc, context)
