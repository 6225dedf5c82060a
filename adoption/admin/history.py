"""History in the admin: each record's changes field by field, and its deleted records, restorable.

The same selectors and services as the API's history/, deleted/ and restore/ (selectors.timeline and
services.restore). Reading needs the view permission; restoring the add permission.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ..ids import parse_id
from ..registry import resource_for
from ..selectors.deleted import deleted
from ..selectors.timeline import timeline
from ..services import restore as restoring
from .lookups import _AdminMixin


class HistoryAdminMixin(_AdminMixin):
    """A readable History page for every record (deleted ones too), a Deleted page, and Restore."""

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("deleted/", self.admin_site.admin_view(self.deleted_view), name=f"{prefix}_deleted"),
            path("<int:object_id>/restore/", self.admin_site.admin_view(self.restore_view), name=f"{prefix}_restore"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = dict(extra_context or {})
        if self.has_view_or_change_permission(request):
            extra_context["deleted_url"] = reverse(self._url("deleted"))
        return super().changelist_view(request, extra_context)

    def _url(self, name: str) -> str:
        return f"admin:{self.opts.app_label}_{self.opts.model_name}_{name}"

    def _context(self, request, title: str) -> dict:
        return {**self.admin_site.each_context(request), "opts": self.opts, "title": title}

    def history_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        pk = parse_id(object_id)
        if pk is None:
            raise Http404
        resource = resource_for(self.model)
        changes = timeline(resource, pk, user=request.user)
        record = self.model.objects.filter(pk=pk).first()
        if record is None and not changes:
            raise Http404(f"There is no {resource.label} {pk}, and never was.")
        name = str(record) if record else f"{resource.label} {pk} (deleted)"
        context = {
            **self._context(request, f"History of {name}"),
            "record": record,
            "changes": changes,
            "may_restore": record is None and self.has_add_permission(request),
            "restore_url": reverse(self._url("restore"), args=[pk]),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/adoption/history.html", context)

    def deleted_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        resource = resource_for(self.model)
        rows = list(deleted(resource)[:500])
        context = {
            **self._context(request, f"Deleted {resource.plural_label}"),
            "rows": [
                {
                    "id": row.id,
                    "key": getattr(row, resource.key),
                    "at": row.history_date,
                    "by": row.changed_by,
                    "via": row.history_entry_point,
                    "history_url": reverse(self._url("history"), args=[row.id]),
                    "restore_url": reverse(self._url("restore"), args=[row.id]),
                }
                for row in rows
            ],
            "may_restore": self.has_add_permission(request),
        }
        return TemplateResponse(request, "admin/adoption/deleted.html", context)

    def restore_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_add_permission(request):
            raise PermissionDenied
        resource = resource_for(self.model)
        if parse_id(object_id) is None:
            raise Http404
        try:
            record = restoring.restore(resource, object_id, user=request.user)
        except self.model.DoesNotExist:
            raise Http404 from None
        except (restoring.NotDeleted, restoring.RestoreError) as exc:
            for message in getattr(exc, "messages", [str(exc)]):
                messages.error(request, message)
            return HttpResponseRedirect(reverse(self._url("deleted")))
        messages.success(request, f"Restored {resource.label} “{record}” with its nested rows.")
        return HttpResponseRedirect(reverse(self._url("change"), args=[record.pk]))
