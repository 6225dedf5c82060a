"""What every admin page shares: a TrackedAdmin and the small helpers the record admins use."""

from typing import ClassVar

from django.contrib import admin
from django.db import IntegrityError, models
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from ..registry import TIMESTAMPS, is_resource, resource_for
from .history import HistoryAdminMixin
from .lookups import LookupGateMixin
from .versions import StaleFormGuardMixin

admin.site.site_header = "Hypervisor adoption database"
admin.site.site_title = "Hypervisor adoption"
admin.site.index_title = "Case studies, sources and market events"


def changelist_link(model, label: str, count: int, **filters) -> str:
    """An HTML link to `model`'s changelist filtered by `filters`, showing `label (count)`."""
    url = reverse(f"admin:adoption_{model._meta.model_name}_changelist")
    query = "&".join(f"{key}={value}" for key, value in filters.items())
    return format_html('<a href="{}?{}">{} ({})</a>', url, query, label, count)


def titled(filter_class: type[admin.FieldListFilter], title: str) -> type[admin.FieldListFilter]:
    """`filter_class` with a title that says what it filters on ("guest OS family", not "family")."""

    class TitledFilter(filter_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.title = title

    return TitledFilter


# Filters on a relation list only the values in use, so a long vocabulary stays short.
USED_ONLY = admin.RelatedOnlyFieldListFilter


def links_list(links: list[str]) -> str:
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((link,) for link in links)))


class TrackedAdmin(LookupGateMixin, StaleFormGuardMixin, HistoryAdminMixin, admin.ModelAdmin):
    """Common ground: readable history, deleted records to restore, read-only timestamps, save buttons on top,
    and changelists that take only the filters they offer.

    Not django-simple-history's SimpleHistoryAdmin: its "revert to this version" form wrote
    with the view permission alone and skipped the change form's validation; deleted records
    come back through Restore (HistoryAdminMixin), edits through the change form.
    """

    readonly_fields: ClassVar[tuple[str, ...]] = TIMESTAMPS
    save_on_top = True
    # A website typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        if is_resource(model):
            # The search box looks where the API's `q` does (the resource's `search`).
            self.search_fields = resource_for(model).search

    def get_readonly_fields(self, request, obj=None):
        # A permanent key (PermanentKeyMixin) is read-only once saved.
        fields = tuple(super().get_readonly_fields(request, obj))
        key = getattr(self.model, "permanent_key", "")
        return (*fields, key) if obj is not None and key and key not in fields else fields

    def get_prepopulated_fields(self, request, obj=None):
        fields = super().get_prepopulated_fields(request, obj)
        key = getattr(self.model, "permanent_key", "")
        return {name: source for name, source in fields.items() if obj is None or name != key}

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError:
            if request.method != "POST":
                raise
            # Another save took a unique value between this form's validation and its write,
            # and the write was rolled back: validated again, the form now names the field.
            return super().changeform_view(request, object_id, form_url, extra_context)
