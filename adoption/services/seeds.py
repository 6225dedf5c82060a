"""Loading seed files: one TOML file per source document, with the facts taken from it.

`load_seeds(paths=...)` reads every file, upserts its records by natural key (slug, or
`reference` for a deployment) and returns what it created, updated and left alone. It
is all or nothing: every problem in every file is collected, and if there is any, the
transaction is rolled back and `SeedError` lists them all. A record whose seed entry
matches what is stored is not saved again, so loading twice changes nothing (no new
timestamps, no new history rows). Each section is written by the bulk engine behind CSV
import (services.upsert): the same validation, and history rows written in bulk.

Fields an entry leaves out keep their stored value; the lists an entry gives (aliases,
purposes, guests, citations, figures...) replace the stored ones, but a nested row that
matches a stored one (a guest by operating system and version...) keeps its id and is
written only if it changed (services.nested).
"""

import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from .. import audit
from ..registry import RESOURCES, Resource
from .upsert import Entry, Problem, UpsertError, upsert

# Seed files have a section per resource with an API list, named as the API names it, and
# load them in the registry's order, so a later one can refer to what an earlier one defined.
SECTIONS: dict[str, Resource] = {name: resource for name, resource in RESOURCES.items() if resource.api}


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
    with audit.ensure("seeds"), transaction.atomic():
        for path in result.files:
            problems.extend(_load_file(path, result))
        if problems:
            transaction.set_rollback(True)
    if problems:
        raise SeedError(problems)
    return result


def _load_file(path: Path, result: SeedResult) -> list[SeedProblem]:
    """Load one seed file's sections in order, counting outcomes in `result`; its problems, if any."""
    data, unreadable = _read_file(path)
    if data is None:
        return unreadable
    problems = [
        SeedProblem(str(path), "", f"unknown section [{name}]; expected one of: {', '.join(SECTIONS)}.")
        for name in data
        if name not in SECTIONS
    ]
    for name, section in SECTIONS.items():
        problems.extend(_load_section(path, name, section, data.get(name, []), result))
    return problems


def _read_file(path: Path) -> tuple[dict | None, list[SeedProblem]]:
    """The file's TOML as a dict, or None and the one problem that stops it being read."""
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8")), []
    except FileNotFoundError:
        return None, [SeedProblem(str(path), "", "no such file or folder.")]
    except UnicodeDecodeError as exc:
        return None, [SeedProblem(str(path), "", f"not UTF-8 text (byte {exc.start} cannot be decoded).")]
    except tomllib.TOMLDecodeError as exc:
        return None, [SeedProblem(str(path), "", f"not valid TOML: {exc}.")]
    except OSError as exc:
        return None, [SeedProblem(str(path), "", f"cannot be read: {exc.strerror}.")]


def _load_section(path: Path, name: str, section: Resource, entries, result: SeedResult) -> list[SeedProblem]:
    """Upsert one section's entries, counting outcomes in `result`; the section's problems, if any."""
    if not isinstance(entries, list):
        return [SeedProblem(str(path), name, f"must be a list of entries written [[{name}]].")]
    batch, found = _entries(name, section, entries)
    if not batch and not found:
        return []
    try:
        # The bulk engine behind CSV import: the same validation, history written in bulk.
        outcome = upsert(section, batch, reason=f"seed file {path.name}"[:100], problems=found)
    except UpsertError as exc:
        return [
            SeedProblem(str(path), problem.where, f"{problem.column}: {problem.message}")
            if problem.column
            else SeedProblem(str(path), problem.where, problem.message)
            for problem in exc.problems
        ]
    for record in outcome.outcomes:
        getattr(result, record.action)[name] += 1
    return []


def _entries(name: str, section: Resource, entries: list) -> tuple[list[Entry], list[Problem]]:
    """The section's entries for the engine, and the problems of those that cannot be read at all."""
    known = {section.key, *section.fields, *section.m2m, *section.lists}
    batch, problems = [], []
    for number, entry in enumerate(entries, start=1):
        label = f"{name} #{number}"
        if not isinstance(entry, dict):
            problems.append(Problem(label, "", f"must be a table of fields, not {type(entry).__name__}."))
            continue
        if isinstance(entry.get(section.key), str):
            label += f" ({entry[section.key]})"
        unknown = sorted(set(entry) - known)
        if unknown:
            problems.append(
                Problem(
                    label, "", f"unknown field(s) {', '.join(unknown)}; expected some of: {', '.join(sorted(known))}."
                )
            )
            continue
        batch.append(Entry(label, entry))
    return batch, problems
