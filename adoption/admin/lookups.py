"""A changelist takes the lookups it offers, and none that pass through a confidential field.

Django's admin applies any lookup on a model's own fields, and any one relation deep,
from the query string: `?survey_responses__isnull=False` on the organizations list would
name every survey respondent. Here a list takes only the field paths of its own filters,
its date hierarchy and the links the admin itself makes to it, each asked through the one
gate (adoption.confidential); any other parameter gets a page that names it and says
why, rather than being applied or silently ignored. The list's CSV export reads the same
query string and answers the same.
"""

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.contrib.admin.views.main import ERROR_FLAG, IGNORED_PARAMS, PAGE_VAR
from django.contrib.auth.models import AnonymousUser
from django.db.models.constants import LOOKUP_SEP
from django.template.response import TemplateResponse

from .. import confidential

# The changelist's own parameters: page, ordering, search, popups.
OWN_PARAMETERS = {*IGNORED_PARAMS, PAGE_VAR, ERROR_FLAG}

if TYPE_CHECKING:
    # The admin mixins stand in front of a ModelAdmin in every class that uses them: to the
    # type checker they are model admins, so super() and the admin's attributes resolve; at
    # run time they are plain classes (as _ModelMixin in adoption.models.base).
    _AdminMixin = admin.ModelAdmin[Any]
else:
    _AdminMixin = object


def is_lookup(model, lookup: str) -> bool:
    """Whether `lookup` is a field path followed only by lookups and transforms its last field knows."""
    steps = confidential.path_steps(model, lookup)
    if not steps:
        return False
    field = steps[-1][1]
    rest = lookup.split(LOOKUP_SEP)[len(steps) :]
    return all(field.get_lookup(part) or field.get_transform(part) for part in rest)


class LookupGateMixin(_AdminMixin):
    # Field paths that the admin's own links filter this list by, beyond its list_filter
    # (an organization's "Deployments as supplier").
    linked_lookups: tuple[str, ...] = ()

    def offered_paths(self, request) -> set[str]:
        """The field paths this list may be filtered by."""
        paths = {*self.linked_lookups, *filter(None, [self.date_hierarchy])}
        for item in self.get_list_filter(request):
            # A field path, or a (field path, filter class) pair; a SimpleListFilter names none.
            path = item[0] if isinstance(item, list | tuple) else item
            if isinstance(path, str):
                paths.add(path)
        return paths

    def simple_filter_parameters(self, request) -> set[str]:
        return {
            item.parameter_name
            for item in self.get_list_filter(request)
            if isinstance(item, type) and issubclass(item, SimpleListFilter) and item.parameter_name
        }

    def lookup_refusal(self, request, lookup: str) -> str:
        """Why this list does not take `lookup` from `request`'s user, or ""."""
        user = request.user if request is not None else AnonymousUser()
        if message := confidential.refusal(user, self.model, lookup):
            return message
        if not is_lookup(self.model, lookup):
            return "No field of this list goes by that name."
        if confidential.field_path(self.model, lookup) not in self.offered_paths(request):
            return "This list cannot be filtered by it; use the filters it offers on the right."
        return ""

    def lookup_allowed(self, lookup, value, request=None):
        return not self.lookup_refusal(request, lookup)

    def refused_lookups(self, request) -> dict[str, str]:
        """Each query-string parameter of `request` that this list refuses, with why."""
        skipped = OWN_PARAMETERS | self.simple_filter_parameters(request)
        refused = {name: self.lookup_refusal(request, name) for name in request.GET if name not in skipped}
        return {name: message for name, message in refused.items() if message}

    def lookup_refusal_response(self, request, refused: dict[str, str]) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"This list of {self.opts.verbose_name_plural} cannot be filtered that way",
            "refused": sorted(refused.items()),
        }
        return TemplateResponse(request, "admin/adoption/refused_lookup.html", context, status=400)

    def get_search_fields(self, request):
        return confidential.allowed_paths(request.user, self.model, super().get_search_fields(request))

    def changelist_view(self, request, extra_context=None):
        if refused := self.refused_lookups(request):
            return self.lookup_refusal_response(request, refused)
        return super().changelist_view(request, extra_context)
