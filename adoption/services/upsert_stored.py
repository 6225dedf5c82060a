"""What an upsert reads of the stored records before it decides anything (services.upsert).

All of it in a few queries per model, whatever the number of entries: the records the
entries name by id or natural key, the pks of the records their relations name by
natural key, and the many-to-many links of the records they match. Nothing here
validates or writes.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.db import models

from ..batches import chunked
from ..registry import Resource, concrete_field, natural_key_field


def records_named(
    model: type[models.Model], key: str, values: Iterable[dict[str, Any]]
) -> tuple[dict[int, models.Model], dict[str, models.Model]]:
    """The stored records that entries' `values` name: {id: record} by `id`, {key: record} by `key`."""
    values = list(values)
    ids = {entry["id"] for entry in values if isinstance(entry.get("id"), int)}
    keys = {entry.get(key) for entry in values if isinstance(entry.get(key), str)}
    by_id: dict[int, models.Model] = {}
    by_key: dict[str, models.Model] = {}
    for chunk in chunked(ids):
        by_id.update((obj.pk, obj) for obj in model._default_manager.filter(pk__in=chunk))
    for chunk in chunked(keys):
        by_key.update((getattr(obj, key), obj) for obj in model._default_manager.filter(**{f"{key}__in": chunk}))
    return by_id, by_key


def related_keys(resource: Resource, values: Iterable[dict[str, Any]]) -> dict[type[models.Model], set[str]]:
    """The natural keys that entries' `values` give for relations, by related model, in the order first met."""
    wanted: dict[type[models.Model], set[str]] = defaultdict(set)
    for entry in values:
        for model_field, value in _relation_values(resource, entry):
            related = model_field.related_model
            if not isinstance(related, type):  # a relation's field always has its model
                continue
            if isinstance(value, str) and value:
                wanted[related].add(value)
            elif isinstance(value, list):
                wanted[related].update(item for item in value if isinstance(item, str))
    return wanted


def _relation_values(resource: Resource, values: dict[str, Any]) -> Iterator[tuple[models.Field, Any]]:
    """Each relation field an entry gives a value for, with the value: the record's own
    fields and many-to-many fields first, then those of the rows of its nested lists."""
    for name in (*resource.fields, *resource.m2m):
        model_field = concrete_field(resource.model, name)
        if model_field.is_relation and name in values:
            yield model_field, values[name]
    for name, nested in resource.nested.items():
        rows = values.get(name)
        for child in rows if isinstance(rows, list) else ():
            for child_field in nested.fields:
                model_field = concrete_field(nested.model, child_field)
                if model_field.is_relation and isinstance(child, dict):
                    yield model_field, child.get(child_field)


class KeyMaps:
    """Natural key -> pk, per model, loaded for the keys an import uses."""

    def __init__(self):
        self.maps: dict[type[models.Model], dict[str, int]] = defaultdict(dict)

    def load(self, model: type[models.Model], keys: set[str]) -> None:
        key_field = natural_key_field(model)
        for chunk in chunked(keys):
            self.maps[model].update(
                model._default_manager.filter(**{f"{key_field}__in": chunk}).values_list(key_field, "pk")
            )

    def add(self, model: type[models.Model], pairs: dict[str, int]) -> None:
        self.maps[model].update(pairs)

    def get(self, model: type[models.Model], key: str) -> int | None:
        return self.maps[model].get(key)


def m2m_table(model: type[models.Model], name: str) -> tuple[type[models.Model], str, str]:
    """The many-to-many field `name`'s through model, and its columns for the record and the related one."""
    model_field = model._meta.get_field(name)
    if not isinstance(model_field, models.ManyToManyField):
        raise TypeError(f"{model.__name__}.{name} is not a many-to-many field")
    source, target = f"{model_field.m2m_field_name()}_id", f"{model_field.m2m_reverse_field_name()}_id"
    through = model_field.remote_field.through
    assert through is not None  # Django makes one when the field names none
    return through, source, target


def stored_links(model: type[models.Model], name: str, pks: list[int]) -> dict[int, set[int]]:
    """For each of the records `pks`, the pks that its many-to-many field `name` links it to."""
    through, source, target = m2m_table(model, name)
    stored: dict[int, set[int]] = defaultdict(set)
    for chunk in chunked(pks):
        for parent, related in through._default_manager.filter(**{f"{source}__in": chunk}).values_list(source, target):
            stored[parent].add(related)
    return stored
