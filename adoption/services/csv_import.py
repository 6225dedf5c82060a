"""CSV import: the file export writes, read back into records, all or nothing.

`import_csv(resource, data)` checks the file (encoding, header), turns each row into an
upsert entry (undoing the spreadsheet-safety quote and splitting list cells, see
csv_codec) and hands them to the upsert engine, which validates everything the admin
and the API validate and writes nothing unless every row is right. Problems name the
line (as a text editor counts them, so a cell with line breaks moves the next row down)
and the column. The API-less columns are optional: a column left out of the header
leaves that field as it is.

The rows are read as the engine asks for them, so that an engine that plans a chunk at a
time (upsert.streams) holds only that chunk's rows; how each column's cells are read is
worked out once per file (_cell_readers).
"""

import csv
import io
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings

from ..csv_codec import CsvFileError, decode_cell, decode_file, split_list, split_rows
from ..registry import Resource
from .upsert import Entry, Problem, UpsertResult, upsert

ID_COLUMN = "id"


def import_csv(
    resource: Resource, data: bytes, *, user=None, reason: str = "CSV import", dry_run: bool = False
) -> UpsertResult:
    """Create and update `resource` records from CSV `data`.

    Raises CsvFileError when the file cannot be read as this resource's CSV at all, and
    UpsertError listing every bad row and column otherwise; nothing is written then.
    """
    limit = settings.CSV_IMPORT_MAX_BYTES
    if len(data) > limit:
        raise CsvFileError(
            f"The file is {len(data) / 1e6:,.1f} MB; imports take at most {limit / 1e6:,.0f} MB. Split it into parts."
        )
    decode_file(data)  # refuses a file that is not UTF-8 CSV text, saying why
    # Then read a line at a time, so that only the rows being validated are held as text.
    reader = csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=""))
    columns = _read_header(resource, reader)
    problems: list[Problem] = []
    entries = _entries(reader, _cell_readers(resource, columns), problems)
    first = next(entries, None)
    if first is None and not problems:
        raise CsvFileError("The file has a header but no rows.")
    # Rows that could not be parsed are left out, and the others still validated, so
    # every problem in the file is reported at once. The rows are read as the upsert
    # engine asks for them, and their problems added to `problems` as they are found.
    rows = entries if first is None else itertools.chain([first], entries)
    return upsert(resource, rows, user=user, reason=reason, dry_run=dry_run, problems=problems)


def _entries(reader, readers: list, problems: list[Problem]) -> Iterator[Entry]:
    """Each row's entry, as the rows are read; each row's problems go to `problems`."""
    line = reader.line_num + 1
    try:
        for cells in reader:
            if cells:  # a blank line is not a row
                entry, row_problems = _entry(readers, cells, f"line {line}")
                problems.extend(row_problems)
                if entry is not None:
                    yield entry
            line = reader.line_num + 1
    except csv.Error as exc:
        raise CsvFileError(f"Line {line} cannot be read as CSV: {exc} (is a closing quote missing?).") from None


# A header may name a few columns too many (each is reported), not thousands: past this
# many beyond the resource's own, the file is refused before any column is looked at.
EXTRA_COLUMNS = 20
# Unknown columns named in the error before "and N more".
NAMED_COLUMNS = 5


def _read_header(resource: Resource, reader) -> list[str]:
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        header = []
    expected = [ID_COLUMN, *(resource.column_name(name) for name in resource.columns)]
    if len(header) > len(expected) + EXTRA_COLUMNS:
        raise CsvFileError(
            f"Line 1 has {len(header):,} columns, but a file of {resource.plural_label} has at most "
            f"{len(expected)}: is this the right file?"
        )
    key = resource.column_name(resource.key)
    known = {*expected, *resource.read_past}  # read-only columns are exported, and read past
    unknown = list(dict.fromkeys(column for column in header if column not in known))
    counts = Counter(header)
    repeated = sorted(column for column, count in counts.items() if count > 1 and column in known)
    problems = []
    if unknown:
        named = ", ".join(_short(column) for column in unknown[:NAMED_COLUMNS])
        more = f" and {len(unknown) - NAMED_COLUMNS:,} more" if len(unknown) > NAMED_COLUMNS else ""
        problems.append(f"unknown column(s) {named}{more}")
    if repeated:
        problems.append(f"column(s) given twice: {', '.join(repeated)}")
    if key not in counts:
        problems.append(f"the {key} column is missing (it says which record each row is)")
    if problems:
        raise CsvFileError(
            f"Line 1 is not a header of {resource.plural_label}: {'; '.join(problems)}. "
            f"Columns: {', '.join(expected)} (any of them, {key} required)."
        )
    return header


def _short(column: str, width: int = 40) -> str:
    """A column name for an error message: quoted, and cut if it is long."""
    return repr(column if len(column) <= width else column[:width] + "…")


# What a cell left empty stands for when its field takes its default (_takes_default).
_DEFAULT = object()


def _cell_readers(resource: Resource, columns: list[str]) -> list[tuple[str, str, Callable[[str], Any]] | None]:
    """For each column of the header, once per file: its field name and what turns its cell's
    text into the upsert engine's value (or _DEFAULT); None for a column read past."""
    readers: list[tuple[str, str, Callable[[str], Any]] | None] = []
    for column in columns:
        if column in resource.read_past:
            readers.append(None)  # read-only: worked out from the rest, or set by weighting
            continue
        name = resource.field_name(column)
        readers.append((column, name, _cell_reader(resource, name)))
    return readers


def _entry(readers: list, cells: list[str], where: str) -> tuple[Entry | None, list]:
    if len(cells) != len(readers):
        return None, [Problem(where, "", f"has {len(cells)} cells but the header has {len(readers)} columns.")]
    values, problems = {}, []
    for reader, cell in zip(readers, cells, strict=True):
        if reader is None:
            continue
        column, name, read = reader
        try:
            value = read(decode_cell(cell))
        except ValueError as exc:
            problems.append(Problem(where, column, str(exc)))
            continue
        if value is not _DEFAULT:
            values[name] = value
    return Entry(where, values), problems


def _cell_reader(resource: Resource, name: str) -> Callable[[str], Any]:
    """What turns a cell's text (the spreadsheet quote undone) into the value of field `name`."""
    if name == ID_COLUMN:
        return _read_id
    if name in resource.lists:
        nested = resource.lists[name]
        if len(nested.fields) == 1:
            return _defaulting(resource.model, name, split_list)
        width = len(nested.fields)
        child_readers = [
            (field, _defaulting(nested.model, field, _scalar_reader(nested.model, field))) for field in nested.fields
        ]

        def read_rows(text: str) -> list[dict[str, Any]]:
            rows = []
            for row in split_rows(text, width):
                values = {}
                for (field, read), value in zip(child_readers, row, strict=True):
                    value = read(value)
                    if value is not _DEFAULT:
                        values[field] = value
                rows.append(values)
            return rows

        return _defaulting(resource.model, name, read_rows)
    if name in resource.m2m:
        return _defaulting(resource.model, name, split_list)
    return _defaulting(resource.model, name, _scalar_reader(resource.model, name))


def _read_id(text: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{text!r} is not an id (a whole number); leave it empty for a new record.")
    return int(text)


def _defaulting(model, name: str, read: Callable[[str], Any]) -> Callable[[str], Any]:
    """`read`, except that an empty cell stands for _DEFAULT where the field takes its default."""
    if not _takes_default(model, name, ""):
        return read
    return lambda text: read(text) if text else _DEFAULT


def _takes_default(model, name: str, text: str) -> bool:
    """An empty cell for a field that cannot be blank but has a default (a mode, a precision):
    the default for a new record, the stored value for an existing one."""
    if text or name == ID_COLUMN:
        return False
    model_field = model._meta.get_field(name)
    if not getattr(model_field, "concrete", False) or model_field.many_to_many:
        return False  # a list of rows or of keys
    return model_field.has_default() and not model_field.blank and not model_field.null


def _scalar_reader(model, name: str) -> Callable[[str], Any]:
    """Empty means no value: '' for a text field, None for a number, a date or a relation."""
    model_field = model._meta.get_field(name)
    if model_field.is_relation or not model_field.empty_strings_allowed:
        return _none_if_empty
    return _text


def _none_if_empty(text: str) -> str | None:
    return text if text else None


def _text(text: str) -> str:
    return text
