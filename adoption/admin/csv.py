"""CSV in the admin: an "Export CSV" action and button on each changelist, and an "Import CSV" page.

The page uploads a file, previews what the import would do (a dry run: each row created,
updated or unchanged, or every problem with its line and column), and imports it only
when the user confirms. Between the two steps the file waits in the user's session, so
it survives a second app server. All of it calls the same services as the API and the
commands.
"""

import secrets
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ..csv_codec import CsvFileError
from ..registry import RESOURCES, resource_for
from ..selectors.csv_export import csv_response
from ..services.csv_import import import_csv
from ..services.upsert import UpsertError
from .lookups import LookupGateMixin

if TYPE_CHECKING:
    # Every admin that takes this mixin is a TrackedAdmin, whose changelist takes only the
    # lookups it offers (LookupGateMixin): the export reads the same query string through it.
    _CsvAdminBase = LookupGateMixin
else:
    _CsvAdminBase = object

SESSION_KEY = "csv_import"


class UploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="UTF-8, with or without BOM, in the form Export CSV writes; a column left out keeps its field.",
    )

    def clean_file(self):
        return within_admin_limit(self.cleaned_data["file"], "import_csv")


def within_admin_limit(upload, command: str):
    """`upload`, if the admin takes a file its size (CSV_ADMIN_IMPORT_MAX_BYTES); a form error naming the
    command that takes a larger one otherwise."""
    limit = settings.CSV_ADMIN_IMPORT_MAX_BYTES
    if upload.size > limit:
        raise forms.ValidationError(
            f"The file is {upload.size / 1e6:,.1f} MB; the admin takes at most {limit / 1e6:,.0f} MB. "
            f"Split it, or use manage.py {command}."
        )
    return upload


class CsvAdminMixin(_CsvAdminBase):
    """Adds CSV export (selected rows, or the filtered list) and import to a ModelAdmin."""

    change_list_template = "admin/adoption/csv_change_list.html"
    actions = ["export_csv"]

    def csv_resource(self, request):
        """The model's resource, without the columns `request.user` may not see."""
        return resource_for(self.model).for_user(request.user)

    @admin.action(description="Export selected %(verbose_name_plural)s as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return csv_response(self.csv_resource(request), queryset)

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("export-csv/", self.admin_site.admin_view(self.export_view), name=f"{prefix}_export_csv"),
            path("import-csv/", self.admin_site.admin_view(self.import_view), name=f"{prefix}_import_csv"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        prefix = f"admin:{self.opts.app_label}_{self.opts.model_name}"
        extra_context = {
            **(extra_context or {}),
            "csv_export_url": reverse(f"{prefix}_export_csv"),
            "csv_import_url": reverse(f"{prefix}_import_csv") if self.may_import(request) else "",
        }
        return super().changelist_view(request, extra_context)

    def may_import(self, request) -> bool:
        return self.has_add_permission(request) and self.has_change_permission(request)

    def export_view(self, request):
        """The changelist as it is filtered, searched and sorted now, as CSV."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        # The changelist's query string, refused as the list refuses it (LookupGateMixin).
        if refused := self.refused_lookups(request):
            return self.lookup_refusal_response(request, refused)
        changelist = self.get_changelist_instance(request)
        return csv_response(self.csv_resource(request), changelist.get_queryset(request))

    def import_view(self, request):
        if not self.may_import(request):
            raise PermissionDenied
        resource = self.csv_resource(request)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Import {resource.plural_label} from CSV",
            "columns": ["id", *(resource.column_name(name) for name in resource.columns)],
            "key": resource.column_name(resource.key),
            "order": list(RESOURCES),
            "form": UploadForm(),
        }
        if request.method == "POST" and "confirm" in request.POST:
            return self._confirm(request, context)
        if request.method == "POST":
            form = UploadForm(request.POST, request.FILES)
            context["form"] = form
            if form.is_valid():
                data = form.cleaned_data["file"].read()
                context.update(self._preview(request, data, form.cleaned_data["file"].name))
        return TemplateResponse(request, "admin/adoption/csv_import.html", context)

    def _preview(self, request, data: bytes, name: str) -> dict:
        try:
            result = import_csv(self.csv_resource(request), data, user=request.user, dry_run=True)
        except CsvFileError as exc:
            return {"file_error": str(exc), "file_name": name}
        except UpsertError as exc:
            return {"problems": exc.problems, "file_name": name}
        token = secrets.token_urlsafe(16)
        request.session[SESSION_KEY] = {"token": token, "model": self.opts.label_lower, "name": name,
                                        "data": data.decode("utf-8-sig")}  # fmt: skip
        return {"result": result, "token": token, "file_name": name}

    def _confirm(self, request, context):
        pending = request.session.get(SESSION_KEY) or {}
        if pending.get("token") != request.POST.get("confirm") or pending.get("model") != self.opts.label_lower:
            messages.error(request, "That preview has expired or was replaced: upload the file again.")
            return HttpResponseRedirect(request.path)
        del request.session[SESSION_KEY]
        try:
            result = import_csv(
                self.csv_resource(request), pending["data"].encode(), user=request.user, reason="CSV import (admin)"
            )
        except (CsvFileError, UpsertError) as exc:
            # The database changed since the preview.
            context.update(problems=getattr(exc, "problems", [exc]), file_name=pending["name"])
            return TemplateResponse(request, "admin/adoption/csv_import.html", context)
        messages.success(request, f"Imported {pending['name']}: {result.summary()}")
        return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))
