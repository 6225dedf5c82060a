"""The admin refuses to save a change form over a newer version of its record.

The change page carries the version it was rendered from in a hidden field; saving
compares it with the record's version under a row lock, inside the admin's own
transaction, and on a mismatch shows who changed the record and when, and saves
nothing. The refusal sticks until the page is reloaded (the old version is kept in the
re-rendered form), so a second click cannot overwrite the other person's work either.
"""

from django import forms

from ..selectors.versions import locked_version, newer_version_message, version_of
from .lookups import _AdminMixin

VERSION_FIELD = "_record_version"


class StaleFormGuardMixin(_AdminMixin):
    change_form_template = "admin/adoption/change_form.html"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None:
            context["record_version"] = request.POST.get(VERSION_FIELD) or version_of(obj.pk, obj.updated)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form_class

        class GuardedForm(form_class):
            def clean(self):
                cleaned = super().clean()
                submitted = self.data.get(VERSION_FIELD)
                if submitted and self.instance.pk is not None:
                    model = type(self.instance)
                    if locked_version(model, self.instance.pk) not in (None, submitted):
                        raise forms.ValidationError(newer_version_message(model, self.instance.pk), code="stale")
                return cleaned

        GuardedForm.__name__ = form_class.__name__
        return GuardedForm
