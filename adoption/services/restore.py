"""Bringing a deleted record back from its history, with the nested rows deleted with it.

A deletion leaves a history row for the record and one for each nested row it took
along (guests, citations, figures, aliases), all with the same change id. Restoring
puts back the record as it was when deleted, its many-to-many lists as last recorded,
and exactly those nested rows, under their old ids, after the same validation as any
other write: a source deleted since, or a slug taken since, is reported, and nothing is
restored. The history then shows who deleted the record and who restored it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models, transaction
from simple_history.models import HistoricalRecords

from .. import audit
from ..confidential import hidden_fields
from ..registry import Resource
from . import history, tallies

REASON = "Restored"
# Deletions recorded before change ids existed: nested rows deleted this soon before their record.
CASCADE_WINDOW = datetime.timedelta(seconds=5)


class NotDeleted(Exception):
    """The record exists: there is nothing to restore."""


class RestoreError(Exception):
    """The record cannot come back as it was; `messages` say why, and nothing was written."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__(" ".join(messages))


def restore(resource: Resource, pk: int, *, user=None) -> models.Model:
    """Restore deleted record `pk` and its nested rows; return it.

    A relation whose record was deleted since, and which that deletion would have emptied
    (on_delete=SET_NULL, as a survey response's respondent), comes back empty.
    Raises model.DoesNotExist when there never was such a record, NotDeleted when it
    exists, and RestoreError when it cannot be restored as it was, in messages that say
    nothing of the confidential fields `user` may not see (None: the shell's operator).
    """
    model = resource.model
    with audit.ensure("restore"), transaction.atomic():
        if model.objects.select_for_update().filter(pk=pk).exists():
            raise NotDeleted(f"{resource.label} {pk} is not deleted.")
        deletion = model.history.filter(id=pk).order_by("-history_date", "-history_id").first()
        if deletion is None:
            raise model.DoesNotExist(f"There is no {resource.label} {pk}, and never was.")
        if deletion.history_type != history.DELETED:
            raise RestoreError([f"The history of {resource.label} {pk} does not record its deletion."])
        record = deletion.instance
        _empty_deleted_targets(record)
        children = {name: _deleted_children(nested, pk, deletion) for name, nested in resource.lists.items()}
        m2m = _last_m2m(model, pk)
        _validate(resource, record, children, m2m, hidden=hidden_fields(user, model))
        record.save_without_historical_record()
        for name, ids in m2m.items():
            # Straight into the through table: set() would record a second history row.
            m2m_field = model._meta.get_field(name)
            through = m2m_field.remote_field.through
            source, target = f"{m2m_field.m2m_field_name()}_id", f"{m2m_field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create([through(**{source: pk, target: related}) for related in ids])
        history.record_history(model, [record.pk], history.CREATED, reason=REASON)
        for name, nested in resource.lists.items():
            nested.model.objects.bulk_create(children[name])
            history.record_history(nested.model, [child.pk for child in children[name]], history.CREATED, reason=REASON)
        tallies.touched(model, [record.pk])
    return record


def _deleted_children(nested, pk: int, deletion) -> list[models.Model]:
    rows = nested.model.history.filter(**{f"{nested.parent_field}_id": pk}, history_type=history.DELETED)
    if deletion.history_change is not None:
        rows = rows.filter(history_change=deletion.history_change)
    else:
        rows = rows.filter(history_date__range=(deletion.history_date - CASCADE_WINDOW, deletion.history_date))
    return [row.instance for row in rows.order_by("id")]


def _last_m2m(model: type[models.Model], pk: int) -> dict[str, list[int]]:
    """The many-to-many lists as the last history row before the deletion recorded them."""
    fields = getattr(model.history.model, "_history_m2m_fields", ())
    last = model.history.filter(id=pk).exclude(history_type=history.DELETED).order_by("-history_date", "-history_id")
    last = last.first()
    result = {}
    for m2m_field in fields:
        target = f"{m2m_field.m2m_reverse_field_name()}_id"
        rows = HistoricalRecords.m2m_models[m2m_field].objects.filter(history_id=last.history_id) if last else []
        result[m2m_field.name] = [getattr(row, target) for row in rows]
    return result


def _empty_deleted_targets(record: models.Model) -> None:
    """Empty each relation that deleting its target would have emptied, had the record been there."""
    for field in record._meta.concrete_fields:
        if not field.is_relation or field.remote_field.on_delete is not models.SET_NULL:
            continue
        target = getattr(record, field.attname)
        if target is not None and not field.related_model._base_manager.filter(pk=target).exists():
            setattr(record, field.attname, None)


def _validate(
    resource: Resource, record: models.Model, children: dict, m2m: dict[str, list[int]], *, hidden: set[str]
) -> None:
    messages = []
    for name, ids in m2m.items():
        related = resource.model._meta.get_field(name).related_model
        missing = set(ids) - set(related.objects.filter(pk__in=ids).values_list("pk", flat=True))
        if missing:
            label = related._meta.verbose_name
            messages.append(f"{name}: the {label} with id {', '.join(map(str, sorted(missing)))} was deleted since.")
    try:
        record.full_clean()
    except ValidationError as exc:
        messages.extend(_sentences(resource.label, exc, hidden))
    for name, rows in children.items():
        nested = resource.lists[name]
        for child in rows:
            try:
                child.full_clean(exclude=[nested.parent_field], validate_constraints=False)
            except ValidationError as exc:
                messages.extend(_sentences(f"{name} (id {child.pk})", exc))
    # Related records deleted since show up as "... instance with id 7 does not exist."
    if messages:
        raise RestoreError(messages)


def _sentences(where: str, exc: ValidationError, hidden: set[str] = frozenset()) -> list[str]:
    """Each message as "where, field: message"; of a field the reader may not see, only that it failed."""
    sentences = []
    for name, messages in exc.message_dict.items():
        if name in hidden:
            sentences.append(f"{where}: a confidential field cannot be restored as it was.")
        else:
            sentences.extend(f"{where}, {name}: {message}" for message in messages)
    return sentences
