"""Confidential fields, and the one gate that decides who may reach them.

A model marks a field confidential in its `CONFIDENTIAL` attribute, with the permission
a user needs to see it (a survey response's respondent). Hiding the field's column is
not enough: a filter, an ordering, a search or a grouping that walks *through* the field
tells as much as showing it (`?survey_responses__isnull=False` on the organizations
list would name every respondent). So every entry point that takes a field path from a
user asks `refused()` first: the admin's query strings, search and exports, the API's
filters, ordering and `q`, the reports' dimensions and filters. Columns, history and
error messages ask `hidden_fields()`. A shell command has no user: its operator sees all.
"""

from functools import cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.constants import LOOKUP_SEP


@cache
def confidential_fields() -> dict[models.Field | models.ForeignObjectRel, str]:
    """Every confidential field of every model, with the permission that shows it."""
    return {
        model._meta.get_field(name): permission
        for model in apps.get_models()
        for name, permission in getattr(model, "CONFIDENTIAL", {}).items()
    }


def may_see(user, permission: str) -> bool:
    return user is None or user.has_perm(permission)


def hidden_fields(user, model: type[models.Model]) -> set[str]:
    """The names of `model`'s confidential fields that `user` may not see."""
    return {name for name, permission in getattr(model, "CONFIDENTIAL", {}).items() if not may_see(user, permission)}


def path_steps(model: type[models.Model], path: str) -> list[tuple[str, models.Field]]:
    """The fields a lookup path walks from `model`, in order, up to its first lookup or transform,
    each with the name it goes by.

    `customer__aliases__name__icontains` walks customer, aliases and name. A forward field
    goes by its name (`hypervisor_id` walks `hypervisor`); a reverse relation by the name
    it is queried by (`survey_responses`), with the forward field it reverses (`respondent`).
    """
    steps: list[tuple[str, models.Field]] = []
    current: type[models.Model] | None = model
    for part in path.split(LOOKUP_SEP):
        if current is None:
            break
        try:
            found = current._meta.pk if part == "pk" else current._meta.get_field(part)
        except FieldDoesNotExist:
            break
        if isinstance(found, models.ForeignObjectRel):
            steps.append((part, found.field))
        else:
            steps.append((found.name, found))
        current = found.related_model if found.is_relation else None
    return steps


def path_fields(model: type[models.Model], path: str) -> list[models.Field]:
    """The fields (forward ones, for reverse relations) a lookup path walks from `model`."""
    return [field for _, field in path_steps(model, path)]


def field_path(model: type[models.Model], path: str) -> str:
    """A lookup path's fields, without its lookup or transform, and without a related record's
    primary key at its end: `hypervisor__id__exact`, `hypervisor_id` and `hypervisor__isnull`
    all filter by the field path `hypervisor`."""
    steps = path_steps(model, path)
    if len(steps) > 1 and steps[-1][1].primary_key:
        steps.pop()
    return LOOKUP_SEP.join(name for name, _ in steps)


def refusal(user, model: type[models.Model], path: str) -> str:
    """Why `user` may not walk `path` from `model` (it passes through a field they may not see), or ""."""
    confidential = confidential_fields()
    for field in path_fields(model, path):
        if field in confidential and not may_see(user, confidential[field]):
            return (
                f"The {field.verbose_name} of {field.model._meta.verbose_name_plural} is confidential: "
                "only users allowed to see it may filter, order, search or group by it."
            )
    return ""


def refused(user, model: type[models.Model], path: str) -> bool:
    """Whether `path` from `model` passes through a confidential field `user` may not see."""
    return bool(refusal(user, model, path))


def allowed_paths(user, model: type[models.Model], paths) -> tuple[str, ...]:
    """`paths` without those `user` may not walk."""
    return tuple(path for path in paths if not refused(user, model, path))
