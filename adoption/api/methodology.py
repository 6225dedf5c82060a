"""A survey's methodology page as JSON: `GET /api/surveys/<slug>/methodology/` (selectors.methodology).

By slug, not id: a published methodology is cited, and a survey's slug is the same in every
copy of the database. Anyone who may read surveys may read it; it names no respondent.
"""

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from ..models import Survey
from ..models.questionnaire import ResponseField
from ..models.weighting import WeightingDimension
from ..selectors.methodology import methodology
from .schema import VALIDATION_ERRORS, error
from .strict import EVERYWHERE, refuse_unknown

SLUG_HELP = "The survey's slug."


class MethodologyWaveSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    fielded_from = serializers.DateField()
    this = serializers.BooleanField(help_text="Whether this wave is the survey the page is about.")


class MethodologyOptionSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    text = serializers.CharField()
    value = serializers.CharField(help_text="The project's value the answer stands for.")


class MethodologyQuestionSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    code = serializers.CharField()
    text = serializers.CharField()
    answers = serializers.ChoiceField(choices=ResponseField.choices, help_text="The response field it fills.")
    answers_label = serializers.CharField()
    options = MethodologyOptionSerializer(many=True)


class MethodologyResponsesSerializer(serializers.Serializer):
    received = serializers.IntegerField(help_text="The survey's responses.")
    used = serializers.IntegerField(help_text="The responses its figures use: the weighted ones if weighted, else all.")
    weighted = serializers.BooleanField()


class MethodologyMarginSerializer(serializers.Serializer):
    dimension = serializers.ChoiceField(choices=WeightingDimension.choices)
    dimension_label = serializers.CharField()
    value = serializers.CharField()
    share = serializers.DecimalField(max_digits=7, decimal_places=6)


class MethodologyRunSerializer(serializers.Serializer):
    created = serializers.DateTimeField()
    method = serializers.CharField()
    dimensions = serializers.ListField(child=serializers.CharField(), help_text="The dimensions raked to.")
    converged = serializers.BooleanField()
    iterations = serializers.IntegerField()
    max_gap = serializers.FloatField(help_text="The largest gap left between a weighted share and its margin.")
    cap = serializers.DecimalField(max_digits=6, decimal_places=2, help_text="No weight above cap x the mean.")
    received = serializers.IntegerField()
    weighted = serializers.IntegerField()
    trimmed = serializers.IntegerField(help_text="The weights cut to the cap.")
    design_effect = serializers.FloatField(help_text="Kish's design effect: 1 + CV squared of the weights.")
    effective_size = serializers.FloatField(help_text="n / design effect.")


class MethodologyWeightingSerializer(serializers.Serializer):
    weighted = serializers.BooleanField()
    note = serializers.CharField()
    cap = serializers.DecimalField(max_digits=6, decimal_places=2, help_text="The survey's weight cap.")
    margins = MethodologyMarginSerializer(many=True, help_text="The population margins the survey declares.")
    run = MethodologyRunSerializer(allow_null=True, help_text="The latest weighting run; null when not weighted.")


class MethodologyErrorRowSerializer(serializers.Serializer):
    base = serializers.IntegerField()
    this_survey = serializers.BooleanField(help_text="Whether the base is the survey's own responses used.")
    unweighted = serializers.FloatField(help_text="The margin of error (half the interval's width) at this base.")
    weighted = serializers.FloatField(
        allow_null=True, help_text="At the effective base, base / design effect; null when not weighted."
    )


class MethodologyMarginsOfErrorSerializer(serializers.Serializer):
    level = serializers.DecimalField(max_digits=4, decimal_places=3, help_text="The confidence level.")
    method = serializers.CharField()
    share = serializers.FloatField(help_text="The share the margins are for: 0.5, the widest.")
    design_effect = serializers.FloatField(allow_null=True)
    rows = MethodologyErrorRowSerializer(many=True)


class MethodologySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    conducted_by = serializers.CharField(help_text="The name of the organization that ran it.")
    population = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    fielded_from = serializers.DateField()
    fielded_to = serializers.DateField(allow_null=True)
    series = serializers.CharField(allow_blank=True)
    waves = MethodologyWaveSerializer(many=True, help_text="Every wave of its series, in fielding order.")
    # Named as the answer names it; DRF takes declared fields off the class, so Field.source is not shadowed.
    source = serializers.CharField(  # type: ignore[assignment]
        allow_blank=True, help_text="The title of the source that published it."
    )
    synthetic = serializers.BooleanField(help_text="Made-up answers for demonstrations.")
    questionnaire = MethodologyQuestionSerializer(many=True)
    responses = MethodologyResponsesSerializer()
    weighting = MethodologyWeightingSerializer()
    margins_of_error = MethodologyMarginsOfErrorSerializer()


class MethodologyView(APIView):
    """A survey's methodology: population, fieldwork, questionnaire, responses received and used, weighting,
    and margins of error at typical bases, generated from its data (docs: reference/methodology)."""

    permission_classes = [AllowAny]  # read-only: GET, HEAD and OPTIONS only
    http_method_names = ["get", "head", "options"]
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer]

    @extend_schema(
        parameters=[OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH, description=SLUG_HELP)],
        responses={
            200: MethodologySerializer,
            400: error("An unknown parameter, named.", VALIDATION_ERRORS),
            404: error("No survey has that slug."),
        },
    )
    def get(self, request, slug: str):
        refuse_unknown(request.query_params, set(EVERYWHERE), "parameter")
        survey = get_object_or_404(Survey.objects.select_related("conducted_by", "source"), slug=slug)
        return Response(MethodologySerializer(methodology(survey)).data)
