"""Report endpoints: aggregate views computed by selectors.reports."""

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from ..selectors.reports import DEMO_DATA, DEMO_DATA_HELP, DIMENSIONS, KINDS, ReportError, adoption_report
from .filtering import refuse_null_characters
from .renderers import CsvNegotiation, CsvRenderer
from .schema import VALIDATION_ERRORS, error


class ReportSerializer(serializers.Serializer):
    group_by = serializers.ListField(child=serializers.ChoiceField(choices=list(DIMENSIONS)))
    records = serializers.ListField(child=serializers.ChoiceField(choices=list(KINDS)))
    synthetic = serializers.ChoiceField(
        choices=list(DEMO_DATA.values()),
        help_text="Whether demo data was counted: excluded (real records only), only, or included.",
    )
    min_count = serializers.IntegerField(help_text="Response counts below this are withheld from most users.")
    suppressed = serializers.IntegerField(help_text="How many cells were withheld.")
    total = serializers.DictField(child=serializers.IntegerField(allow_null=True))
    cells = serializers.ListField(
        child=serializers.DictField(),
        help_text="Per cell: each dimension's key and `<dimension>_label`, a count per kind of record, "
        "`n` (their sum), `of` (the records the share is taken of), `share` and `suppressed`.",
    )


def _filter_parameters() -> list[OpenApiParameter]:
    """Every filter of the lists a report counts, documented where the report takes it."""
    lists = {"deployments": "/api/deployments/", "responses": "/api/survey-responses/"}
    owners: dict[str, list[str]] = {}
    for name, kind in KINDS.items():
        for filter_name in kind.filterset.base_filters:
            owners.setdefault(filter_name, []).append(lists[name])
    return [
        OpenApiParameter(name, OpenApiTypes.STR, description=f"The filter of {' and '.join(where)}.")
        for name, where in sorted(owners.items())
    ]


FILTER_PARAMETERS = _filter_parameters()


class AdoptionReportView(CsvNegotiation, APIView):
    """Adoption report: case studies and survey responses counted by one or two dimensions.

    `group_by`: one or two of hypervisor, hypervisor_vendor, host_os, guest_os_family,
    stage, purpose, industry, country, year, linux_years (comma-separated or repeated).
    `records`: deployments, responses or both (default: every kind the dimensions and
    filters apply to). `synthetic`: demo data is left out unless `true` (only it) or
    `include` (real and demo data); the report's `synthetic` says which. Every other
    parameter is a filter of `/api/deployments/` or `/api/survey-responses/`. With two
    dimensions, `share` is within the first one's group. Response counts from 1 to
    `min_count - 1` are withheld from users who may not see respondents. The documentation
    (how-to: reports) answers example questions with report URLs.
    """

    permission_classes = [AllowAny]  # read-only: GET, HEAD and OPTIONS only
    http_method_names = ["get", "head", "options"]
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CsvRenderer]

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "group_by",
                OpenApiTypes.STR,
                required=True,
                description=f"One or two dimensions, comma-separated: {', '.join(DIMENSIONS)}.",
            ),
            OpenApiParameter(
                "records", OpenApiTypes.STR, description=f"What to count, comma-separated: {', '.join(KINDS)}."
            ),
            OpenApiParameter("synthetic", OpenApiTypes.STR, enum=list(DEMO_DATA), description=DEMO_DATA_HELP),
            OpenApiParameter("format", OpenApiTypes.STR, enum=["json", "csv"], description="`csv` for a CSV file."),
            *FILTER_PARAMETERS,
        ],
        responses={200: ReportSerializer, 400: error("Bad parameters, each named.", VALIDATION_ERRORS)},
    )
    def get(self, request, *args, **kwargs):
        refuse_null_characters(request.query_params)
        try:
            report = adoption_report(request.query_params, request.user, request)
        except ReportError as exc:
            raise ValidationError(exc.errors) from None
        if self.wants_csv:
            response = HttpResponse(report.as_csv(), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{report.filename()}"'
            return response
        return Response(report.as_dict())
