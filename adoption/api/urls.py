"""URLs under /api/: the resources, the schema and its documentation pages."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from ..registry import api_resources
from . import methodology, reports, rows, views

# The documentation pages must work with no internet and leak nothing: the browser may
# load scripts, styles, images and fonts from this server only (Redoc's bundle would
# otherwise fetch its logo from a CDN).
DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)


class LocalOnly:
    """A docs view whose page may only reach this server."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Security-Policy"] = DOCS_POLICY
        return response


class SwaggerView(LocalOnly, SpectacularSwaggerView):
    pass


class RedocView(LocalOnly, SpectacularRedocView):
    pass


app_name = "api"


class Router(DefaultRouter):
    """The resources, and the reports too, listed at /api/."""

    extra_root = {"reports/adoption": "adoption-report"}

    def get_api_root_view(self, api_urls=None):
        listed = {prefix: self.routes[0].name.format(basename=basename) for prefix, _, basename in self.registry}
        return self.APIRootView.as_view(api_root_dict={**listed, **self.extra_root})


router = Router()
for resource in api_resources():
    router.register(resource.name, views.viewset_for(resource))

urlpatterns = [
    path("auth/token/", views.TokenView.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", RedocView.as_view(url_name="api:schema"), name="redoc"),
    path("reports/adoption/", reports.AdoptionReportView.as_view(), name="adoption-report"),
    # The report as CSV at its own address, as the lists are (/api/deployments.csv, by the router).
    path("reports/adoption.csv", reports.AdoptionReportView.as_view(), {"format": "csv"}, name="adoption-report-csv"),
    path("surveys/<slug:slug>/methodology/", methodology.MethodologyView.as_view(), name="survey-methodology"),
    *rows.row_urls(router),  # /<resource>/<id>/<list>/: one nested row at a time
    *router.urls,
]
