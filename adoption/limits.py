"""Limits on what one client can send: body sizes, JSON bodies to the API, and how fast it may guess passwords."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from .paths import ADMIN_PREFIX, is_api

View = Callable[..., HttpResponseBase]


def body_limit(path: str) -> int:
    if is_api(path):
        return settings.API_MAX_BODY_BYTES
    if path.startswith(ADMIN_PREFIX):
        return settings.ADMIN_MAX_BODY_BYTES
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


class BodySizeLimitMiddleware:
    """Answer 413 to a request whose declared body is over its path's limit, without reading it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = body_limit(request.path)
        if length > limit:
            message = f"The request body is {length:,} bytes; this address takes at most {limit:,}."
            if is_api(request.path):
                return JsonResponse({"detail": message}, status=413)
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


JSON = "application/json"
WRITES = ("POST", "PUT", "PATCH")
# Bodies that can say "an empty list" by sending nothing at all, so even an empty one is refused.
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


class JsonBodyMiddleware:
    """Answer 415 to an API write whose body is not JSON, before its view reads it.

    A form or multipart body cannot say an empty list (the field is absent), null or a
    nested row, and a body with no Content-Type is read as nothing at all: accepted, such
    a write would answer 200 and change less than it asked (a PATCH of `purposes=[]` that
    empties nothing: an empty form). So a write to the API names application/json, or
    sends no body and is not a form (`curl -X POST` sends no Content-Type, which Django's
    development server passes on as text/plain). A method the view does not take stays its
    405."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: View, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> HttpResponseBase | None:
        if request.method not in WRITES or not is_api(request.path) or not _takes(view, request.method):
            return None
        media_type = request.content_type or ""  # without its parameters (charset, boundary)
        sends_body = (request.META.get("CONTENT_LENGTH") or "0") != "0" or "HTTP_TRANSFER_ENCODING" in request.META
        if media_type == JSON or not (sends_body or media_type in FORMS):
            return None
        named = f'"{media_type}"' if media_type else "none"
        return JsonResponse({"detail": f"Unsupported media type {named}: send JSON, with Content-Type: {JSON}."},
                            status=415)  # fmt: skip


def _takes(view: View, method: str) -> bool:
    """Whether a DRF view answers `method` (a viewset: with an action), rather than with 405."""
    actions = getattr(view, "actions", None)
    if actions is not None:
        return method.lower() in actions
    cls = getattr(view, "cls", None)
    return cls is None or hasattr(cls, method.lower())


class LoginRateThrottle(SimpleRateThrottle):
    """Password attempts per client address (the `login` rate), for the token endpoint and the admin login."""

    scope = "login"

    def get_cache_key(self, request: Request, view: APIView) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def throttle_logins(view: View) -> View:
    """Wrap the admin's login view: a POST over the `login` rate answers 429 and checks no password."""

    @wraps(view)
    def throttled(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method == "POST":
            throttle = LoginRateThrottle()
            # DRF's throttle on a plain Django request with no view: get_cache_key reads only its address.
            if not throttle.allow_request(request, None):  # type: ignore[arg-type]  # a Django request, no view
                wait = int(throttle.wait() or 60) + 1
                response = HttpResponse(
                    f"Too many login attempts from your address. Try again in {wait} seconds.",
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(wait)
                return response
        return view(request, *args, **kwargs)

    return throttled
