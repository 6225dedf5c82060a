"""Loading seed files: one TOML file per source document, with the facts taken from it.

`load_seeds(paths=...)` reads every file, upserts its records by natural key (slug, or
`reference` for a deployment) and returns what it created, updated and left alone. It
is all or nothing: every problem in every file is collected, and if there is any, the
transaction is rolled back and `SeedError` lists them all. A record whose seed entry
matches what is stored is not saved again, so loading twice changes nothing (no new
timestamps, no new history rows).

Fields an entry leaves out keep their stored value; the lists an entry gives (aliases,
purposes, guests, citations, figures...) replace the stored ones.
"""

import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models, transaction

from ..models import (
    Organization,
    OrganizationAlias,
    require_citations,
)
from .nested import replace_children
from .resources import RESOURCES, Nested, Resource
from .upsert import plain_value

# Seed files have a section per resource, named as the API names it, and load them in
# this order, so a later one can refer to what an earlier one defined.
SECTIONS: dict[str, Resource] = {
    name: RESOURCES[name] for name in ("organizations", "sources", "deployments", "events")
}


@dataclass(frozen=True)
class SeedProblem:
    """One thing wrong with a seed file: where, and why, in a sentence."""

    path: str
    entry: str
    message: str

    def __str__(self):
        where = f"{self.path}, {self.entry}" if self.entry else self.path
        return f"{where}: {self.message}"


class SeedError(Exception):
    """Raised when any seed file has problems; nothing has been loaded."""

    def __init__(self, problems: Sequence[SeedProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass
class SeedResult:
    """What a load did: counts of records by outcome, and the files it read."""

    files: list[Path] = field(default_factory=list)
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        return (
            f"{len(self.files)} seed file(s): {self.created.total()} created, "
            f"{self.updated.total()} updated, {self.unchanged.total()} unchanged."
        )


class _EntryError(Exception):
    """A problem with one entry; carries field -> messages."""

    def __init__(self, messages: dict[str, list[str]] | str):
        self.messages = messages if isinstance(messages, dict) else {"": [messages]}
        super().__init__(str(self.messages))


def seed_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their *.toml files (sorted); keep files as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.toml")))
        else:
            files.append(path)
    return files


def load_seeds(*, paths: Sequence[Path]) -> SeedResult:
    """Load the seed files (or folders of them) at `paths`, all or nothing.

    Returns a SeedResult; raises SeedError listing every problem, with nothing saved.
    """
    result = SeedResult(files=seed_files(paths))
    problems: list[SeedProblem] = []
    with transaction.atomic():
        for path in result.files:
            problems.extend(_load_file(path, result))
        if problems:
            transaction.set_rollback(True)
    if problems:
        raise SeedError(problems)
    return result


def _load_file(path: Path, result: SeedResult) -> list[SeedProblem]:
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return [SeedProblem(str(path), "", "no such file or folder.")]
    except UnicodeDecodeError as exc:
        return [SeedProblem(str(path), "", f"not UTF-8 text (byte {exc.start} cannot be decoded).")]
    except tomllib.TOMLDecodeError as exc:
        return [SeedProblem(str(path), "", f"not valid TOML: {exc}.")]
    except OSError as exc:
        return [SeedProblem(str(path), "", f"cannot be read: {exc.strerror}.")]

    problems = [
        SeedProblem(str(path), "", f"unknown section [{name}]; expected one of: {', '.join(SECTIONS)}.")
        for name in data
        if name not in SECTIONS
    ]
    for name, section in SECTIONS.items():
        entries = data.get(name, [])
        if not isinstance(entries, list):
            problems.append(SeedProblem(str(path), name, f"must be a list of entries written [[{name}]]."))
            continue
        for number, entry in enumerate(entries, start=1):
            label = f"{name} #{number}"
            if isinstance(entry, dict) and isinstance(entry.get(section.key), str):
                label += f" ({entry[section.key]})"
            try:
                # A savepoint per entry: a database error in one entry must not stop us
                # from checking the others.
                with transaction.atomic():
                    outcome = _load_entry(section, entry)
            except _EntryError as exc:
                for field_name, messages in exc.messages.items():
                    prefix = f"{field_name}: " if field_name and field_name != "__all__" else ""
                    problems.extend(SeedProblem(str(path), label, prefix + message) for message in messages)
            else:
                getattr(result, outcome)[name] += 1
    return problems


def _load_entry(section: Resource, entry) -> str:
    """Upsert one entry; return 'created', 'updated' or 'unchanged'."""
    if not isinstance(entry, dict):
        raise _EntryError(f"must be a table of fields, not {type(entry).__name__}.")
    known = {section.key, *section.fields, *section.m2m, *section.nested, *section.name_lists}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise _EntryError(f"unknown field(s) {', '.join(unknown)}; expected some of: {', '.join(sorted(known))}.")
    key = entry.get(section.key)
    if not isinstance(key, str) or not key:
        raise _EntryError({section.key: ["is required and must be a string."]})

    instance = section.model.objects.filter(**{section.key: key}).first()
    created = instance is None
    if created:
        instance = section.model(**{section.key: key})
    before = {name: _stored_value(instance, name) for name in section.fields}

    errors: dict[str, list[str]] = {}
    for name in section.fields:
        if name in entry:
            try:
                _assign(instance, name, entry[name])
            except _EntryError as exc:
                errors.setdefault(name, []).extend(exc.messages[""])
    try:
        # Fields that could not be assigned are left out, so their errors are not doubled.
        instance.full_clean(exclude=list(errors))
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    if errors:
        raise _EntryError(errors)

    changed = created or any(before[name] != _stored_value(instance, name) for name in section.fields)
    if changed:
        instance.save()

    changed |= _sync_m2m(section, instance, entry)
    if "aliases" in section.name_lists and "aliases" in entry:
        changed |= _sync_aliases(instance, entry["aliases"])
    for list_name, nested in section.nested.items():
        if list_name in entry:
            changed |= _sync_nested(instance, list_name, nested, entry[list_name])
    if section.cited_as:
        try:
            require_citations(section.cited_as, instance.citations.count())
        except ValidationError as exc:
            raise _EntryError(exc.message_dict) from exc

    if created:
        return "created"
    return "updated" if changed else "unchanged"


def _stored_value(instance: models.Model, name: str):
    """The value of a field as it would be stored (the id for a relation)."""
    model_field = instance._meta.get_field(name)
    return getattr(instance, model_field.attname)


def _assign(instance: models.Model, name: str, value) -> None:
    """Set a field from a seed value: a natural key for a relation, else a plain value."""
    model_field = instance._meta.get_field(name)
    if model_field.is_relation:
        setattr(instance, name, _related(model_field.related_model, value))
        return
    try:
        setattr(instance, name, plain_value(model_field, value))
    except ValueError as exc:
        raise _EntryError(str(exc)) from exc


def _related(model: type[models.Model], key):
    """Find a row by natural key, or explain which key is missing."""
    if key in (None, ""):
        return None
    if not isinstance(key, str):
        raise _EntryError(f"must be the slug of a {model._meta.verbose_name}, not {key!r}.")
    try:
        return model.objects.get_by_natural_key(key)
    except ObjectDoesNotExist:
        raise _EntryError(
            f"there is no {model._meta.verbose_name} {key!r} (define it in a seed or in fixtures/ first)."
        ) from None


def _sync_m2m(section: Resource, instance: models.Model, entry: dict) -> bool:
    changed = False
    errors: dict[str, list[str]] = {}
    for name in section.m2m:
        if name not in entry:
            continue
        keys = entry[name]
        if not isinstance(keys, list):
            errors[name] = ["must be a list of slugs."]
            continue
        related_model = instance._meta.get_field(name).related_model
        try:
            wanted = {_related(related_model, key) for key in keys}
        except _EntryError as exc:
            errors[name] = exc.messages[""]
            continue
        manager = getattr(instance, name)
        if set(manager.all()) != wanted:
            manager.set(wanted)
            changed = True
    if errors:
        raise _EntryError(errors)
    return changed


def _sync_aliases(organization: Organization, names) -> bool:
    if not isinstance(names, list) or not all(isinstance(name, str) and name.strip() for name in names):
        raise _EntryError({"aliases": ["must be a list of names."]})
    wanted = {name.strip() for name in names}
    current = set(organization.aliases.values_list("name", flat=True))
    if wanted == current:
        return False
    organization.aliases.exclude(name__in=wanted).delete()
    for name in sorted(wanted - current):
        alias = OrganizationAlias(organization=organization, name=name)
        try:
            alias.full_clean()
        except ValidationError as exc:
            raise _EntryError({"aliases": exc.messages}) from exc
        alias.save()
    return True


def _sync_nested(parent: models.Model, list_name: str, nested: Nested, rows) -> bool:
    """Replace the parent's child rows with `rows` unless they already match."""
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise _EntryError({list_name: [f"must be a list of tables written [[...{list_name}]]."]})
    children = []
    errors: list[str] = []
    for number, row in enumerate(rows, start=1):
        unknown = sorted(set(row) - set(nested.fields))
        if unknown:
            errors.append(
                f"#{number}: unknown field(s) {', '.join(unknown)}; expected some of: {', '.join(nested.fields)}."
            )
            continue
        child = nested.model(**{nested.parent_field: parent})
        try:
            for name, value in row.items():
                _assign(child, name, value)
            child.full_clean(exclude=[nested.parent_field])
        except _EntryError as exc:
            errors.extend(f"#{number}: {message}" for message in exc.messages[""])
            continue
        except ValidationError as exc:
            errors.extend(f"#{number}: {name}: {'; '.join(msgs)}" for name, msgs in exc.message_dict.items())
            continue
        children.append(child)
    if errors:
        raise _EntryError({list_name: errors})

    stored = getattr(parent, list_name).all()
    if [_row(child, nested) for child in children] == [_row(child, nested) for child in stored]:
        return False
    try:
        replace_children(parent, list_name, children)
    except ValidationError as exc:
        raise _EntryError({list_name: exc.messages}) from exc
    return True


def _row(child: models.Model, nested: Nested) -> tuple:
    return tuple(_stored_value(child, name) for name in nested.fields)
