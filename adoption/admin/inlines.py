"""Tabular inlines whose every cell is named for assistive technology.

A tabular inline lays its fields out under column headers, with no <label> per cell, so a screen reader
announces an unnamed text box or list ("edit text", "combo box"). Each visible widget of each row, the
delete checkbox and the autocomplete selects included, is given its column's label as `aria-label`;
its help text, shown by Django only as a tooltip in the column header, is rendered hidden in the cell by
templates/admin/edit_inline/tabular.html, under the id the widget's aria-describedby names.
"""

from django.contrib import admin
from django.forms import BaseFormSet
from django.utils.text import capfirst


class LabelledCells(BaseFormSet):
    """A formset whose forms' visible widgets are named by their field's label (or name)."""

    def add_fields(self, form, index):
        super().add_fields(form, index)  # DELETE and ORDER are added here, after the form's own fields
        for name, field in form.fields.items():
            if field.widget.is_hidden:
                continue
            label = capfirst(str(field.label if field.label is not None else name.replace("_", " ")))
            # A related field's wrapper (the add and change links) renders the widget it wraps, whose
            # attrs a copied form does not share with the wrapper's.
            for widget in (field.widget, getattr(field.widget, "widget", None)):
                if widget is not None:
                    widget.attrs = {**widget.attrs, "aria-label": widget.attrs.get("aria-label", label)}


class LabelledTabularInline(admin.TabularInline):
    """admin.TabularInline, each cell named by its column (see the module's docstring)."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (LabelledCells, formset), {})
