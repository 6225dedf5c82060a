"""A survey's methodology page in the admin, printable (selectors.methodology), and the survey
form's links to it and to the survey's questionnaire.

SurveyAdmin takes the mixin; the page is at /admin/adoption/survey/<id>/methodology/ for
anyone with the view permission on surveys. It names no respondent, so it needs no more.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from ..ids import parse_id
from ..models import Question
from ..selectors.methodology import methodology
from .base import changelist_link


def percent(share: float | None) -> str:
    """A margin of error as a reader takes it: 0.1386 -> 13.9%."""
    return "—" if share is None else f"{share * 100:.1f}%"


class MethodologyAdminMixin:
    """For SurveyAdmin: the methodology view, and read-only `questionnaire` and `methodology` links."""

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/methodology/",
                self.admin_site.admin_view(self.methodology_view),
                name=f"{prefix}_methodology",
            ),
            *super().get_urls(),
        ]

    def methodology_view(self, request, object_id):
        pk = parse_id(object_id)
        if pk is None:
            raise Http404
        survey = get_object_or_404(self.model.objects.select_related("conducted_by", "source"), pk=pk)
        if not self.has_view_permission(request, survey):
            raise PermissionDenied
        page = methodology(survey)
        for row in page["margins_of_error"]["rows"]:
            for name in ("unweighted", "weighted"):
                row[f"{name}_percent"] = percent(row[name])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": survey,
            "title": f"Methodology: {survey.title}",
            "page": page,
        }
        return TemplateResponse(request, "admin/adoption/methodology.html", context)

    def questionnaire(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return changelist_link(Question, "questions", obj.questions.count(), survey__id__exact=obj.pk)

    questionnaire.short_description = "questionnaire"  # type: ignore[attr-defined]

    def methodology(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_methodology", args=[obj.pk])
        return format_html('<a href="{}">Methodology (printable)</a>', url)

    methodology.short_description = "methodology"  # type: ignore[attr-defined]
