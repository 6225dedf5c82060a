"""API views: declarations of queryset, serializer and filters; the behaviour is shared."""

from django.db.models import Prefetch
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers as drf_serializers
from rest_framework import viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.settings import api_settings

from .. import filters
from ..limits import LoginRateThrottle
from ..models import (
    Citation,
    Deployment,
    Guest,
    Hypervisor,
    MarketEvent,
    OperatingSystem,
    Organization,
    ResponseHypervisor,
    Source,
    Survey,
    SurveyResponse,
)
from ..services.csv_export import csv_response
from ..services.resources import resource_for
from . import serializers
from .history import HistoryActions
from .projections import deployment_page
from .renderers import CsvNegotiation, CsvRenderer
from .strict import StrictFields, StrictQueryParameters
from .versions import VersionedWrites

BRIEF_PARAMETER = OpenApiParameter(
    "brief", OpenApiTypes.BOOL, description="Return only the brief form of each record (id, url, key, label)."
)
FORMAT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="`csv`: the whole filtered list as CSV (not one page), streamed; the same as `Accept: text/csv`. "
    "Columns are listed in the README.",
)
TRUE_VALUES = {"1", "true", "yes", "on"}


class TokenSerializer(drf_serializers.Serializer):
    token = drf_serializers.CharField()


@extend_schema_view(
    list=extend_schema(parameters=[BRIEF_PARAMETER, FORMAT_PARAMETER]),
    retrieve=extend_schema(parameters=[BRIEF_PARAMETER]),
)
class RecordViewSet(StrictQueryParameters, CsvNegotiation, VersionedWrites, HistoryActions, viewsets.ModelViewSet):
    # List, read, create, replace, update and delete one kind of record. (A comment, not a
    # docstring: the schema shows each resource's own docstring as its description.)

    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    @property
    def brief(self) -> bool:
        return self.request.query_params.get("brief", "").lower() in TRUE_VALUES and self.request.method == "GET"

    def get_queryset(self):
        if self.brief:
            # A brief record needs none of the joins the full one declares.
            return self.queryset.model.objects.all()
        return super().get_queryset()

    def get_serializer_class(self):
        if self.brief:
            return serializers.BriefSerializer
        return super().get_serializer_class()

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.action == "list":
            renderers.append(CsvRenderer())
        return renderers

    def list(self, request, *args, **kwargs):
        if self.wants_csv:
            # Every filter, q and ordering apply; pagination does not.
            resource = resource_for(self.queryset.model).for_user(request.user)
            return csv_response(resource, self.filter_queryset(resource.model.objects.all()))
        return super().list(request, *args, **kwargs)


class OrganizationViewSet(RecordViewSet):
    """Organizations: customers, vendors, integrators, analysts and publishers, with their aliases."""

    queryset = Organization.objects.select_related("industry", "parent").prefetch_related("aliases")
    serializer_class = serializers.OrganizationSerializer
    filterset_class = filters.OrganizationFilterSet
    ordering_fields = ["name", "slug", "country", "created", "updated"]


class HypervisorViewSet(RecordViewSet):
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence."""

    queryset = Hypervisor.objects.select_related("vendor").prefetch_related("techniques")
    serializer_class = serializers.HypervisorSerializer
    filterset_class = filters.HypervisorFilterSet
    ordering_fields = ["name", "slug", "architecture", "licence", "created", "updated"]


class OperatingSystemViewSet(RecordViewSet):
    """Operating systems, by family and vendor; versions live on the records that use them."""

    queryset = OperatingSystem.objects.select_related("vendor")
    serializer_class = serializers.OperatingSystemSerializer
    filterset_class = filters.OperatingSystemFilterSet
    ordering_fields = ["name", "slug", "family", "created", "updated"]


class DeploymentViewSet(RecordViewSet):
    """Deployments (case studies): who runs which hypervisor, on what host, hosting which guests, and why."""

    queryset = Deployment.objects.select_related("customer", "hypervisor", "host_os", "supplier").prefetch_related(
        "purposes",
        Prefetch("guests", queryset=Guest.objects.select_related("operating_system")),
        Prefetch("citations", queryset=Citation.objects.select_related("source")),
    )
    serializer_class = serializers.DeploymentSerializer
    filterset_class = filters.DeploymentFilterSet
    ordering_fields = ["reference", "reported_on", "stage", "created", "updated"]

    @extend_schema(parameters=[BRIEF_PARAMETER, FORMAT_PARAMETER])
    def list(self, request, *args, **kwargs):
        if self.brief or self.wants_csv:
            return super().list(request, *args, **kwargs)
        # Page through ids, then read the page as plain values (see projections.py).
        queryset = self.filter_queryset(self.get_queryset()).select_related(None).prefetch_related(None)
        ids = self.paginate_queryset(queryset.values_list("pk", flat=True))
        return self.get_paginated_response(deployment_page(list(ids), self.get_serializer_context()))


class SourceViewSet(RecordViewSet):
    """Sources: the articles, notes, interviews and reports that records cite."""

    queryset = Source.objects.select_related("publisher")
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilterSet
    ordering_fields = ["title", "slug", "published_on", "kind", "created", "updated"]


class MarketEventViewSet(RecordViewSet):
    """Market events: IPOs, acquisitions and rumours of them, roadmaps and commentary, with figures."""

    queryset = MarketEvent.objects.select_related("organization", "counterparty").prefetch_related(
        "hypervisors",
        "operating_systems",
        "figures",
        Prefetch("citations", queryset=Citation.objects.select_related("source")),
    )
    serializer_class = serializers.MarketEventSerializer
    filterset_class = filters.MarketEventFilterSet
    ordering_fields = ["date", "slug", "title", "kind", "status", "created", "updated"]


class StrictAuthTokenSerializer(StrictFields, AuthTokenSerializer):
    pass


class TokenView(ObtainAuthToken):
    """Your API token, for a username and password: send it as `Authorization: Token <key>`.

    Throttled per client address (the `login` rate) against password guessing."""

    throttle_classes = [LoginRateThrottle]
    serializer_class = StrictAuthTokenSerializer
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES  # ObtainAuthToken names DRF's, without the depth limit

    @extend_schema(request=StrictAuthTokenSerializer, responses={200: TokenSerializer}, auth=[])
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class SurveyViewSet(RecordViewSet):
    """Surveys: questionnaires on virtualization, who ran them, when, and whom they asked."""

    queryset = Survey.objects.select_related("conducted_by", "source")
    serializer_class = serializers.SurveySerializer
    filterset_class = filters.SurveyFilterSet
    ordering_fields = ["fielded_from", "slug", "title", "created", "updated"]


class SurveyResponseViewSet(RecordViewSet):
    """Survey responses: one respondent's answers. Who responded is shown only to users allowed to see it."""

    queryset = SurveyResponse.objects.select_related("survey", "respondent", "industry").prefetch_related(
        "purposes",
        "guest_families",
        Prefetch("hypervisors", queryset=ResponseHypervisor.objects.select_related("hypervisor")),
    )
    serializer_class = serializers.SurveyResponseSerializer
    filterset_class = filters.SurveyResponseFilterSet
    ordering_fields = ["reference", "linux_years", "stage", "created", "updated"]
