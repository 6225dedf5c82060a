"""Top-level URL configuration."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import include, path
from django.views import defaults

from adoption.dashboard import dashboard
from adoption.limits import throttle_logins
from adoption.paths import is_api

urlpatterns = [
    # Before the admin's own: the same login page, throttled.
    path("admin/login/", throttle_logins(admin.site.login)),
    path("admin/", admin.site.urls),
    path("api/", include("adoption.api.urls")),
    path("", dashboard, name="dashboard"),
]


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    """JSON for API clients, HTML for people."""
    if is_api(request.path):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)
