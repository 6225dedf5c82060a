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

from .. import stats
from ..choices import Stage
from ..selectors.event_reports import EVENT_DIMENSIONS
from ..selectors.figures import RULE
from ..selectors.reports import DEMO_DATA, DEMO_DATA_HELP, DIMENSIONS, KINDS, ReportError, adoption_report
from ..selectors.trends import DEFAULT_GRANULARITY, DEFAULT_STAGE, GRANULARITIES
from .filtering import refuse_null_characters
from .renderers import CsvNegotiation, CsvRenderer
from .schema import VALIDATION_ERRORS, error

# Every dimension, with what it applies to, for the schema.
EVERY_DIMENSION = list({**DIMENSIONS, **EVENT_DIMENSIONS})
EVENTS_ONLY = [name for name in EVENT_DIMENSIONS if name not in DIMENSIONS]
RECORDS_ONLY = [name for name in DIMENSIONS if name not in EVENT_DIMENSIONS]


class UsedValueSerializer(serializers.Serializer):
    event = serializers.SlugField(help_text="The event's slug.")
    figure = serializers.IntegerField(help_text="The id of the figure used (one of the event's `figures`).")
    amount = serializers.DecimalField(max_digits=20, decimal_places=4)
    amount_to = serializers.DecimalField(max_digits=20, decimal_places=4, allow_null=True)
    qualifier = serializers.CharField()
    unit = serializers.SlugField()
    currency = serializers.CharField(allow_blank=True)
    # Named as the answer names it; DRF takes declared fields off the class, so Field.source is not shadowed.
    source = serializers.SlugField(  # type: ignore[assignment]
        allow_null=True, help_text="The slug of the source that gives it, if any."
    )
    counted = serializers.DecimalField(
        max_digits=21, decimal_places=4, help_text="What it adds to the sums: the amount, or a range's midpoint."
    )


class ReportSerializer(serializers.Serializer):
    group_by = serializers.ListField(child=serializers.ChoiceField(choices=EVERY_DIMENSION))
    records = serializers.ListField(child=serializers.ChoiceField(choices=list(KINDS)))
    synthetic = serializers.ChoiceField(
        choices=list(DEMO_DATA.values()),
        help_text="Whether demo data was counted: excluded (real records only), only, or included.",
    )
    min_count = serializers.IntegerField(help_text="Response counts below this are withheld from most users.")
    suppressed = serializers.IntegerField(help_text="How many cells were withheld.")
    total = serializers.DictField(child=serializers.IntegerField(allow_null=True))
    value = serializers.SlugField(required=False, help_text="With `value`: the metric whose figures were added up.")
    value_unit = serializers.SlugField(
        required=False, allow_null=True, help_text="With `value`: the unit of every figure used (none if none was)."
    )
    value_currency = serializers.CharField(
        required=False, allow_blank=True, help_text="With `value`: their currency, for money."
    )
    value_rule = serializers.CharField(
        required=False, help_text=f"With `value`: how each event's figure was chosen: {RULE}"
    )
    value_total = serializers.DecimalField(
        max_digits=30, decimal_places=4, required=False, help_text="With `value`: the sum over every event counted."
    )
    value_events = serializers.IntegerField(required=False, help_text="With `value`: how many events had a figure.")
    values_used = UsedValueSerializer(
        many=True, required=False, help_text="With `value`: per event that had one, the figure used."
    )
    cells = serializers.ListField(
        child=serializers.DictField(),
        help_text="Per cell: each dimension's key and `<dimension>_label`, a count per kind of record, "
        "`n` (their sum), `of` (the records the share is taken of), `share` and `suppressed`; "
        "survey responses counted alone: `ci_low` and `ci_high`, and as asked `effective_of`, `difference`, "
        "`p_value` and `significant`; "
        "with `value`, `value_total` (the sum of the cell's events' values, each event once) and `value_events`.",
    )


def _filter_parameters() -> list[OpenApiParameter]:
    """Every filter of the lists a report counts, documented where the report takes it."""
    lists = {"deployments": "/api/deployments/", "responses": "/api/survey-responses/", "events": "/api/events/"}
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
    """Adoption report: case studies and survey responses, or market events, counted by one or two dimensions.

    `group_by`: one or two of hypervisor, hypervisor_vendor, host_os, guest_os_family,
    stage, purpose, industry, country, year, linux_years (case studies and responses) or
    of kind, status, year, quarter, party, role, hypervisor (market events),
    comma-separated or repeated. `records`: deployments, responses or both (default:
    every kind the dimensions and filters apply to), or events alone; with no `records`,
    a dimension or filter only events have (kind, status, quarter, party, role;
    party_role...) counts events. `synthetic`: demo data is left out unless `true` (only
    it) or `include` (real and demo data); the report's `synthetic` says which. Every
    other parameter is a filter of `/api/deployments/`, `/api/survey-responses/` or
    `/api/events/`. With two dimensions, `share` is within the first one's group.
    Response counts from 1 to `min_count - 1` are withheld from users who may not see
    respondents. An event counts once in each cell it falls in: `party` is its subject,
    its counterparty and each of its parties; `role` is "subject", "counterparty" or a
    party's role. `value=<metric>` (events) adds up one figure per event, chosen by a
    documented rule, and lists the figures used. The documentation (how-to: reports;
    how-to: count market events) answers example questions with report URLs.
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
                description="One or two dimensions, comma-separated. Case studies and survey responses: "
                f"{', '.join(DIMENSIONS)}. Market events: {', '.join(EVENT_DIMENSIONS)}. "
                f"Only events have {', '.join(EVENTS_ONLY)}; only the others have {', '.join(RECORDS_ONLY)}.",
            ),
            OpenApiParameter(
                "records",
                OpenApiTypes.STR,
                description="What to count, comma-separated: deployments, responses (side by side), or events "
                "(alone). Default: deployments and responses that the dimensions and filters apply to; events when "
                "a dimension or filter only events have is named.",
            ),
            OpenApiParameter("synthetic", OpenApiTypes.STR, enum=list(DEMO_DATA), description=DEMO_DATA_HELP),
            OpenApiParameter(
                "value",
                OpenApiTypes.STR,
                description="Market events only: a metric (slug, e.g. deal-value) whose figures to add up, one per "
                f"event. {RULE} Each cell gains value_total and value_events; the answer lists values_used. "
                "Figures in several units or currencies are refused: pick one with value_currency.",
            ),
            OpenApiParameter(
                "value_currency",
                OpenApiTypes.STR,
                description="With value: add up only figures in this currency (ISO 4217, e.g. USD); an event with "
                "none in it has no value.",
            ),
            OpenApiParameter(
                "known_on",
                OpenApiTypes.DATETIME,
                description="Case studies as the database held them at this moment (YYYY-MM-DDTHH:MM[:SS]; a date "
                "alone is the end of that day), from the history. Deployments only; dimensions and filters through "
                "their guests, purposes, citations or free text are refused. With as_of, the stage on that day as "
                "the stage history then stood.",
            ),
            OpenApiParameter(
                "period",
                OpenApiTypes.STR,
                enum=list(GRANULARITIES),
                description="A trend (group_by=period or period,<dimension>): the length of each period; default "
                f"{DEFAULT_GRANULARITY}. Each period counts the case studies at or past `reached` at its last day.",
            ),
            OpenApiParameter(
                "reached",
                OpenApiTypes.STR,
                enum=list(Stage.values),
                description=f"A trend: the stage counted, at or past it (default {DEFAULT_STAGE}).",
            ),
            OpenApiParameter(
                "layout",
                OpenApiTypes.STR,
                enum=["long", "wide"],
                description="CSV: long (a row per cell, the default) or wide (two dimensions: a row per value of "
                "the first, a column of n per value of the second, as a spreadsheet charts it).",
            ),
            OpenApiParameter(
                "confidence",
                OpenApiTypes.NUMBER,
                description="Survey responses counted alone (records=responses): the confidence level of each "
                f"share's interval (ci_low, ci_high; {stats.INTERVAL_METHOD}) and of the tests, from 0.5 to 0.999; "
                "default 0.95.",
            ),
            OpenApiParameter(
                "weighted",
                OpenApiTypes.BOOL,
                description="Survey responses counted alone: true for weighted shares (each survey's latest "
                "weighting run), with intervals and tests on the base's effective size (effective_of, Kish); n "
                "and of stay unweighted. Surveys never weighted are refused; responses a run left out are counted "
                "in left_out.",
            ),
            OpenApiParameter(
                "versus",
                OpenApiTypes.STR,
                description="Survey responses counted alone, two dimensions: a value of the first; each cell gains "
                f"its difference from that group's cell of the same second value, a p_value and significant ("
                f"{stats.TEST}). Across waves (group_by=wave,<dimension>) each cell is tested against the wave before.",
            ),
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
            layout = request.query_params.get("layout", "long")
            response = HttpResponse(report.as_csv(layout), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{report.filename()}"'
            return response
        return Response(report.as_dict())
