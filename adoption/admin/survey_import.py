"""Import from survey tools in the admin: a survey's "Import responses" page.

The page takes a survey tool's export (CSV or XLSX) and the mapping (JSON, pre-filled
with the survey's saved mapping or the latest wave's of its series), previews every row
(created, updated, unchanged, or rejected with its reason), and imports only when the
user confirms. Between the two steps the file and the mapping wait in the user's
session, as on the CSV import page (admin/csv.py). Everything is services.survey_import.
"""

import base64
import json
import secrets
from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ..csv_codec import CsvFileError
from ..models import Survey, SurveyResponse
from ..services.survey_import import TOO_DEEP, MappingError, import_responses, preview_import, suggested_mapping
from ..services.upsert import UpsertError
from .csv import within_admin_limit

if TYPE_CHECKING:
    from django.contrib.admin import ModelAdmin

    _Base = ModelAdmin
else:
    _Base = object

SESSION_KEY = "survey_tool_import"
TEMPLATE = "admin/adoption/survey_import.html"

MAPPING_HELP = (
    'JSON: {"id_column": the column of the tool\'s submission id (_uuid, id); '
    '"columns": {column: a field (industry, country, size_band, linux_years, stage, purposes, guest_families, '
    'respondent), "purposes=<slug>" for a column of one option, or "hypervisor:<slug>" for that hypervisor\'s stage}; '
    '"values": {field: {answer text: value}}; "separator": between options in one cell (" "); '
    '"chosen": the cells that mean an option was chosen (["Y"]); "ignore": [columns to read past]}.'
)


class SurveyImportForm(forms.Form):
    file = forms.FileField(
        label="Export file",
        help_text="The survey tool's export: CSV (UTF-8, separated by , or ;) or XLSX (its first sheet).",
    )
    mapping = forms.CharField(
        label="Mapping",
        widget=forms.Textarea(attrs={"rows": 18, "cols": 90, "spellcheck": "false"}),
        help_text=MAPPING_HELP,
    )

    def clean_file(self):
        return within_admin_limit(self.cleaned_data["file"], "import_survey_responses")

    def clean_mapping(self):
        try:
            return json.loads(self.cleaned_data["mapping"])
        except ValueError as exc:
            raise forms.ValidationError(f"This is not JSON: {exc}.") from None
        except RecursionError:
            raise forms.ValidationError(f"This {TOO_DEEP}") from None


class SurveyToolImportMixin(_Base):
    """Adds `<id>/import-responses/` to the Survey admin, and a link to it on the change form."""

    change_form_template = "admin/adoption/survey_change_form.html"

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_import_responses"
        view = self.admin_site.admin_view(self.import_responses_view)
        return [path("<path:object_id>/import-responses/", view, name=name), *super().get_urls()]

    def may_import_responses(self, request) -> bool:
        """Adding and changing survey responses, as the CSV import of responses requires."""
        opts = SurveyResponse._meta
        return all(
            request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}") for action in ("add", "change")
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {})}
        if self.may_import_responses(request):
            url_name = f"admin:{self.opts.app_label}_{self.opts.model_name}_import_responses"
            extra_context["import_responses_url"] = reverse(url_name, args=[object_id])
        return super().change_view(request, object_id, form_url, extra_context)

    def import_responses_view(self, request, object_id):
        survey = self.get_object(request, object_id)
        if survey is None:
            raise Http404("There is no such survey.")
        if not (self.has_view_or_change_permission(request, survey) and self.may_import_responses(request)):
            raise PermissionDenied
        mapping, offered_from = suggested_mapping(survey)
        context: dict[str, Any] = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": survey,
            "title": f"Import responses to {survey} from a survey tool",
            "offered_from": offered_from if offered_from is not None and offered_from.pk != survey.pk else None,
            "form": SurveyImportForm(initial={"mapping": json.dumps(mapping, indent=2, ensure_ascii=False)}),
        }
        if request.method == "POST" and "confirm" in request.POST:
            return self._confirm_import(request, survey, context)
        if request.method == "POST":
            form = SurveyImportForm(request.POST, request.FILES)
            context["form"] = form
            if form.is_valid():
                upload = form.cleaned_data["file"]
                context.update(self._preview_import(request, survey, upload.read(), upload.name, form.cleaned_data))
        return TemplateResponse(request, TEMPLATE, context)

    def _preview_import(self, request, survey: Survey, data: bytes, name: str, cleaned: dict) -> dict:
        mapping = cleaned["mapping"]
        limit = settings.CSV_ADMIN_IMPORT_MAX_BYTES
        try:
            preview = preview_import(survey, data, mapping, viewer=request.user, user=request.user, limit=limit)
        except CsvFileError as exc:
            return {"file_error": str(exc), "file_name": name}
        except MappingError as exc:
            return {"mapping_problems": exc.problems, "file_name": name}
        context: dict[str, Any] = {"preview": preview, "file_name": name}
        if not preview.problems:
            token = secrets.token_urlsafe(16)
            request.session[SESSION_KEY] = {
                "token": token,
                "survey": survey.pk,
                "name": name,
                "data": base64.b64encode(data).decode("ascii"),  # an XLSX is binary; the session is JSON
                "mapping": mapping,
            }
            context["token"] = token
        return context

    def _confirm_import(self, request, survey: Survey, context: dict):
        pending = request.session.get(SESSION_KEY) or {}
        if pending.get("token") != request.POST.get("confirm") or pending.get("survey") != survey.pk:
            messages.error(request, "That preview has expired or was replaced: upload the file again.")
            return HttpResponseRedirect(request.path)
        del request.session[SESSION_KEY]
        try:
            result = import_responses(
                survey,
                base64.b64decode(pending["data"]),
                pending["mapping"],
                viewer=request.user,
                user=request.user,
                reason=f"Survey tool import: {pending['name']}",
                limit=settings.CSV_ADMIN_IMPORT_MAX_BYTES,
            )
        except CsvFileError as exc:
            context.update(file_error=str(exc), file_name=pending["name"])
            return TemplateResponse(request, TEMPLATE, context)
        except MappingError as exc:
            context.update(mapping_problems=exc.problems, file_name=pending["name"])
            return TemplateResponse(request, TEMPLATE, context)
        except UpsertError as exc:  # the database changed since the preview
            context.update(problems=exc.problems, file_name=pending["name"])
            return TemplateResponse(request, TEMPLATE, context)
        messages.success(request, f"Imported {pending['name']}: {result.summary()} The mapping is saved on the survey.")
        return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                                            args=[survey.pk]))  # fmt: skip
