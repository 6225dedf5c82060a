"""URLs under /api/: the resources, the schema and its documentation pages."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"

router = DefaultRouter()
router.register("organizations", views.OrganizationViewSet)
router.register("hypervisors", views.HypervisorViewSet)
router.register("operating-systems", views.OperatingSystemViewSet)
router.register("deployments", views.DeploymentViewSet)
router.register("sources", views.SourceViewSet)
router.register("events", views.MarketEventViewSet)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    *router.urls,
]
