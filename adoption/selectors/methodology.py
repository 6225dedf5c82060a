"""A survey's methodology, as a published survey prints it, generated from its data.

`methodology(survey)` gathers what a reader needs to judge the survey's figures: who ran
it, whom it asked and when, the other waves of its series, the questionnaire (each
question, the response field it fills and its answer options), how many responses were
received and how many the figures use, the population it was weighted to and how the
latest weighting run went, and the margins of error at typical bases, unweighted and, if
weighted, at the effective base (base / design effect).

It reads, never writes, and never names a respondent: nothing here is counted or listed
by respondent. The admin's printable page and the API's `methodology` action both show
this dict.
"""

from decimal import Decimal
from typing import Any

from ..models import PopulationMargin, Question, Survey, SurveyResponse, WeightingRun
from ..models.questionnaire import ResponseField
from ..models.weighting import WeightingDimension
from ..stats import DEFAULT_LEVEL, INTERVAL_METHOD, TYPICAL_BASES, margin_of_error

NOT_WEIGHTED = "Not weighted: every response counts once."


def methodology(survey: Survey, level: Decimal = DEFAULT_LEVEL) -> dict[str, Any]:
    """What the methodology page shows for `survey`, as plain values (dates, numbers, text)."""
    run = _latest_run(survey)
    received = SurveyResponse.objects.filter(survey=survey).count()
    if run is not None:
        used = SurveyResponse.objects.filter(survey=survey, weighting_run=run, weight__isnull=False).count()
    else:
        used = received
    return {
        "slug": survey.slug,
        "title": survey.title,
        "conducted_by": survey.conducted_by.name,
        "population": survey.population,
        "description": survey.description,
        "fielded_from": survey.fielded_from,
        "fielded_to": survey.fielded_to,
        "series": survey.series,
        "waves": _waves(survey),
        "source": survey.source.title if survey.source is not None else "",
        "synthetic": survey.synthetic,
        "questionnaire": _questionnaire(survey),
        "responses": {"received": received, "used": used, "weighted": run is not None},
        "weighting": _weighting(survey, run),
        "margins_of_error": _margins_of_error(used, run, level),
    }


def _latest_run(survey: Survey) -> WeightingRun | None:
    return WeightingRun.objects.filter(survey=survey).order_by("-created", "-pk").first()


def _waves(survey: Survey) -> list[dict[str, Any]]:
    """Every wave of the survey's series, in fielding order, the survey itself marked."""
    if not survey.series:
        return []
    waves = Survey.objects.filter(series=survey.series).order_by("fielded_from", "slug")
    return [
        {"slug": wave.slug, "title": wave.title, "fielded_from": wave.fielded_from, "this": wave.pk == survey.pk}
        for wave in waves.only("slug", "title", "fielded_from")
    ]


def _questionnaire(survey: Survey) -> list[dict[str, Any]]:
    questions = Question.objects.filter(survey=survey).prefetch_related("options").order_by("position", "code")
    labels = dict(ResponseField.choices)
    return [
        {
            "position": question.position,
            "code": question.code,
            "text": question.text,
            "answers": question.answers,
            "answers_label": labels.get(question.answers, question.answers),
            "options": [
                {"position": option.position, "text": option.text, "value": option.value}
                for option in question.options.all()
            ],
        }
        for question in questions
    ]


def _weighting(survey: Survey, run: WeightingRun | None) -> dict[str, Any]:
    labels = dict(WeightingDimension.choices)
    margins = PopulationMargin.objects.filter(survey=survey).order_by("dimension", "value")
    declared = [
        {
            "dimension": margin.dimension,
            "dimension_label": labels.get(margin.dimension, margin.dimension),
            "value": margin.value,
            "share": margin.share,
        }
        for margin in margins
    ]
    summary: dict[str, Any] = {"weighted": run is not None, "cap": survey.weight_cap, "margins": declared}
    if run is None:
        return {**summary, "note": NOT_WEIGHTED, "run": None}
    return {
        **summary,
        "note": f"Weighted by {run.method}.",
        "run": {
            "created": run.created,
            "method": run.method,
            "dimensions": sorted(run.margins) if isinstance(run.margins, dict) else [],
            "converged": run.converged,
            "iterations": run.iterations,
            "max_gap": run.max_gap,
            "cap": run.cap,
            "received": run.received,
            "weighted": run.weighted,
            "trimmed": run.trimmed,
            "design_effect": run.design_effect,
            "effective_size": run.effective_size,
        },
    }


def _margins_of_error(used: int, run: WeightingRun | None, level: Decimal) -> dict[str, Any]:
    """Half the width of the interval of a 50% share (the widest) at each typical base and at the
    survey's own; weighted, at the effective base: base / design effect (Kish)."""
    bases = sorted({*TYPICAL_BASES, *([used] if used else [])})
    design_effect = run.design_effect if run is not None and run.design_effect > 0 else None
    rows = [
        {
            "base": base,
            "this_survey": base == used,
            "unweighted": margin_of_error(base, level),
            "weighted": margin_of_error(base / design_effect, level) if design_effect else None,
        }
        for base in bases
    ]
    return {"level": level, "method": INTERVAL_METHOD, "share": 0.5, "design_effect": design_effect, "rows": rows}
