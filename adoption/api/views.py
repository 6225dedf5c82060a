"""API views: declarations of queryset, serializer and filters; the behaviour is shared."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers as drf_serializers
from rest_framework import viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.settings import api_settings

from ..choices import parse_boolean
from ..filters import BaseFilterSet, filterset_for
from ..limits import LoginRateThrottle
from ..models import Deployment
from ..models.stages import STAGE_AS_OF
from ..registry import Resource, resource_for
from ..selectors.csv_export import csv_response
from .history import HistoryActions
from .projections import COLUMNS, deployment_page
from .renderers import CsvNegotiation, CsvRenderer
from .serializers import BriefSerializer, serializer_for
from .strict import StrictFields, StrictQueryParameters
from .versions import VersionedWrites

BRIEF_PARAMETER = OpenApiParameter(
    "brief", OpenApiTypes.BOOL, description="Return only the brief form of each record (id, url, key, label)."
)


class TokenSerializer(drf_serializers.Serializer):
    token = drf_serializers.CharField()


@extend_schema_view(
    list=extend_schema(parameters=[BRIEF_PARAMETER]),
    retrieve=extend_schema(parameters=[BRIEF_PARAMETER]),
)
class RecordViewSet(StrictQueryParameters, CsvNegotiation, VersionedWrites, HistoryActions, viewsets.ModelViewSet):
    # List, read, create, replace, update and delete one kind of record. (A comment, not a
    # docstring: the schema shows each resource's own docstring as its description.)

    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]
    # Set by viewset_for(), with the queryset and serializer class.
    filterset_class: type[BaseFilterSet] | None
    ordering_fields: list[str]

    @property
    def brief(self) -> bool:
        return parse_boolean(self.request.query_params.get("brief", "")) is True and self.request.method == "GET"

    def get_queryset(self):
        if self.brief:
            # A brief record needs none of the joins the full one declares, but for a label
            # made of its relations (an ownership period: "X owned by Y").
            resource = resource_for(self.queryset.model)
            joins = resource.select_related if resource.brief_label == "display" else ()
            return self.queryset.model.objects.select_related(*joins)
        return super().get_queryset()

    def get_serializer_class(self):
        if self.brief:
            return BriefSerializer
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


class ProjectedDeploymentList:
    """Deployments' full list, read as plain values page by page (projections.py): the hot path."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if STAGE_AS_OF not in queryset.query.annotations:
            return queryset
        # As of a date, `stage` is the stage then: ordering by it orders by that.
        ordering = [
            term.replace("stage", STAGE_AS_OF) if term.lstrip("-") == "stage" else term
            for term in queryset.query.order_by
        ]
        return queryset.order_by(*ordering) if ordering else queryset

    @extend_schema(parameters=[BRIEF_PARAMETER])
    def list(self, request, *args, **kwargs):
        if self.brief or self.wants_csv:
            return super().list(request, *args, **kwargs)
        # Page through ids, then read the page's rows by id as plain values (see projections.py):
        # the page's query touches the deployments alone, whatever the filters or search join,
        # so no misjudged row count can make the database join every customer to find 100 rows.
        queryset = self.filter_queryset(self.get_queryset()).select_related(None).prefetch_related(None)
        as_of = STAGE_AS_OF in queryset.query.annotations
        if as_of:  # each at the stage it had on the date
            stages = dict(self.paginate_queryset(queryset.values_list("pk", STAGE_AS_OF)))
            ids = list(stages)
        else:
            ids = list(self.paginate_queryset(queryset.values_list("pk", flat=True)))
        found = {row[0]: row for row in Deployment.objects.filter(pk__in=ids).values_list(*COLUMNS)}
        rows = [(*found[pk], stages[pk]) if as_of else found[pk] for pk in ids]
        return self.get_paginated_response(deployment_page(rows, self.get_serializer_context(), as_of))


# Behaviour a resource's viewset adds to the shared one.
LIST_READERS = {"deployments": ProjectedDeploymentList}


def viewset_for(resource: Resource) -> type[RecordViewSet]:
    """The viewset of a resource's list and records, built from its registry entry."""
    bases = (LIST_READERS[resource.name], RecordViewSet) if resource.name in LIST_READERS else (RecordViewSet,)
    attrs = {
        "__doc__": resource.description,  # the schema's description of the resource
        "__module__": __name__,
        "queryset": resource.queryset(),
        "serializer_class": serializer_for(resource),
        "filterset_class": filterset_for(resource.model),
        "ordering_fields": list(resource.ordering),
    }
    return type(f"{resource.model.__name__}ViewSet", bases, attrs)


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
