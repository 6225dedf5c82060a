"""Limits on what one client can send: body sizes, and how fast it may guess passwords."""

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
