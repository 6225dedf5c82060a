"""The CSV codec: how one value becomes one cell and back, the same for every entry point.

Export and import (API, admin, commands) all go through these functions, so what export
writes is exactly what import reads.

Spreadsheet safety: a cell that begins with `=`, `+`, `-`, `@`, tab, CR or LF could be
run as a formula by a spreadsheet, so it is written with a leading `'`. To make that
undoable without ambiguity, a cell that itself begins with `'` gets one more `'` too;
import removes exactly one leading `'`. Every string therefore round-trips exactly.

Lists (aliases, purposes, ...) are joined with `;`. An item's own `;` or `\\` is
escaped with a backslash, so any list of strings round-trips too.

Nested rows (guests, citations, figures) are one cell: each row's fields joined with
`|`, rows joined with `;`, e.g. `windows-server|2003|hardware-assisted|20;rhel|4||`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Func, Subquery, TextField

if TYPE_CHECKING:
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.db.models.sql.compiler import SQLCompiler, _AsSqlType

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
QUOTE = "'"
LIST_SEPARATOR = ";"
ESCAPE = "\\"


def encode_cell(value: str) -> str:
    """The cell to write for `value`, safe to open in a spreadsheet."""
    if value.startswith(FORMULA_TRIGGERS) or value.startswith(QUOTE):
        return QUOTE + value
    return value


def decode_cell(cell: str) -> str:
    """The value a cell written by `encode_cell` stands for."""
    return cell[1:] if cell.startswith(QUOTE) else cell


FIELD_SEPARATOR = "|"


def join_list(items: list[str], separator: str = LIST_SEPARATOR) -> str:
    """`items` as one string: separated by `separator`, with it and `\\` inside items escaped."""
    return separator.join(item.replace(ESCAPE, ESCAPE * 2).replace(separator, ESCAPE + separator) for item in items)


def split_list(text: str, separator: str = LIST_SEPARATOR) -> list[str]:
    """The items `join_list` joined. An empty string is an empty list.

    Raises ValueError for a backslash that escapes nothing (the text was not written by
    `join_list`), so import can say which cell is wrong.
    """
    if text == "":
        return []
    if ESCAPE not in text:
        return text.split(separator)  # nothing escaped: the same items, found by str.split
    items, current, chars = [], [], iter(text)
    for char in chars:
        if char == ESCAPE:
            escaped = next(chars, None)
            if escaped not in (ESCAPE, separator):
                raise ValueError(rf"a backslash must be followed by {separator} or \ (write \\ for a backslash)")
            current.append(escaped)
        elif char == separator:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def join_rows(rows: list[list[str]]) -> str:
    """Nested rows as one cell: fields joined with `|`, rows with `;`."""
    return join_list([join_list(fields, FIELD_SEPARATOR) for fields in rows])


def split_rows(text: str, width: int) -> list[list[str]]:
    """The rows `join_rows` joined, each padded to `width` fields.

    Raises ValueError naming the row that has more than `width` fields.
    """
    rows = []
    for number, row in enumerate(split_list(text), start=1):
        fields = split_list(row, FIELD_SEPARATOR) or [""]
        if len(fields) > width:
            raise ValueError(f"row {number} has {len(fields)} fields separated by |; at most {width} are expected")
        rows.append(fields + [""] * (width - len(fields)))
    return rows


# The same rules in SQL, so that export can run as one SELECT (and, on PostgreSQL, as
# COPY of that SELECT). Every piece is plain SQL that PostgreSQL and SQLite share, except
# where a vendor method says otherwise. None of them takes parameters.


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _safe_cell_sql(expression: str, vendor: str = "") -> str:
    """SQL for encode_cell(expression), NULL for an empty cell. `expression` is evaluated
    up to three times, so give it a column, not a subquery.

    PostgreSQL tests the first character's code (`ascii()`, 0 for an empty string): integer
    comparisons, cheaper than comparing a SUBSTR with eight strings, on every cell."""
    quote = _sql_literal(QUOTE)
    if vendor == "postgresql":
        codes = ", ".join(str(ord(char)) for char in (*FORMULA_TRIGGERS, QUOTE))
        test = f"ascii({expression}) IN ({codes})"
    else:
        triggers = ", ".join(_sql_literal(char) for char in (*FORMULA_TRIGGERS, QUOTE))
        test = f"SUBSTR({expression}, 1, 1) IN ({triggers})"
    return f"NULLIF(CASE WHEN {test} THEN {quote} || {expression} ELSE {expression} END, '')"


class SafeCell(Func):
    """The cell export writes for a text expression: encode_cell() in SQL; NULL when empty."""

    output_field = TextField()

    def as_sql(
        self,
        compiler: SQLCompiler,
        connection: BaseDatabaseWrapper,
        function: str | None = None,
        template: str | None = None,
        arg_joiner: str | None = None,
        **extra_context: Any,
    ) -> _AsSqlType:
        sql, params = compiler.compile(self.source_expressions[0])
        return _safe_cell_sql(sql, connection.vendor), (*params, *params, *params)


class Text(Func):
    """Any value as text, '' for NULL (numbers as PostgreSQL or SQLite write them)."""

    template = "COALESCE(CAST(%(expressions)s AS TEXT), '')"
    output_field = TextField()


class IsoDate(Func):
    """A date as YYYY-MM-DD text, whatever the server's DateStyle."""

    output_field = TextField()

    def as_sql(
        self,
        compiler: SQLCompiler,
        connection: BaseDatabaseWrapper,
        function: str | None = None,
        template: str | None = None,
        arg_joiner: str | None = None,
        **extra_context: Any,
    ) -> _AsSqlType:
        return super().as_sql(
            compiler, connection, function, template="%(expressions)s", arg_joiner=arg_joiner, **extra_context
        )

    def as_postgresql(self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any) -> _AsSqlType:
        return super().as_sql(compiler, connection, template="to_char(%(expressions)s, 'YYYY-MM-DD')", **extra_context)


class PlainDecimal(Func):
    """A decimal without trailing zeros (29, not 29.0000), as SQLite already writes it."""

    template = "%(expressions)s"

    def as_postgresql(self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any) -> _AsSqlType:
        return super().as_sql(compiler, connection, template="trim_scale(%(expressions)s)", **extra_context)


class ListItem(Func):
    """One item of a list cell: join_list()'s escaping of `separator` and backslashes, in SQL."""

    output_field = TextField()

    def __init__(self, expression: Any, separator: str = LIST_SEPARATOR) -> None:
        super().__init__(expression)
        self.separator = separator

    def as_sql(
        self,
        compiler: SQLCompiler,
        connection: BaseDatabaseWrapper,
        function: str | None = None,
        template: str | None = None,
        arg_joiner: str | None = None,
        **extra_context: Any,
    ) -> _AsSqlType:
        sql, params = compiler.compile(self.source_expressions[0])
        escaped = f"REPLACE(REPLACE({sql}, {_sql_literal(ESCAPE)}, {_sql_literal(ESCAPE * 2)}), "
        escaped += f"{_sql_literal(self.separator)}, {_sql_literal(ESCAPE + self.separator)})"
        return escaped, params


class Plain(Func):
    """A value that never holds a separator or a backslash (a number, a date): a row item
    field written without escaping."""

    template = "%(expressions)s"


def row_item(*expressions: Any) -> ListItem:
    """One nested row as a list item: join_rows()'s form of the row, in SQL."""
    fields = [
        Text(expression) if isinstance(expression, Plain) else ListItem(Text(expression), FIELD_SEPARATOR)
        for expression in expressions
    ]
    joined: Func = fields[0]
    for field in fields[1:]:
        joined = _Joined(joined, field)
    return ListItem(joined)


class _Joined(Func):
    template = "(%(expressions)s)"
    arg_joiner = f" || {_sql_literal(FIELD_SEPARATOR)} || "
    output_field = TextField()


class ListCell(Subquery):
    """A list cell: the `item` column of `queryset`, in its order, joined with `;`, made safe.

    `queryset` selects one text column (build it with ListItem or row_item) and filters
    on OuterRef, so it runs once per exported row inside the one SELECT. (A whole table's
    export joins each list aggregated once instead: csv_export.ListJoin.)
    """

    output_field = TextField()

    def as_sql(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, template: str | None = None, **extra_context: Any
    ) -> _AsSqlType:
        joined = "(SELECT group_concat(_items.item, ';') AS joined FROM (%(subquery)s) _items)"
        if connection.vendor == "postgresql":
            # OFFSET 0 keeps PostgreSQL from pulling the subquery up into the guard, which
            # names the joined list three times: it would run the list's query twice a row.
            joined = "(SELECT array_to_string(ARRAY(%(subquery)s), ';') AS joined OFFSET 0)"
        # Constant SQL only: no value reaches this string.
        template = f"(SELECT {_safe_cell_sql('_list.joined', connection.vendor)} FROM {joined} _list)"  # noqa: S608
        return super().as_sql(compiler, connection, template=template, **extra_context)


def joined_list_sql(items: str, parent: str) -> str:
    """SQL of one list cell per parent, as (parent, joined): `items` selects (parent, item,
    csv_position) rows, the position being the item's place in the list's order; they are
    joined with `;` per parent, in that order.

    The order is stated in the aggregate: fed a sorted subquery, string_agg keeps its order
    only usually (PostgreSQL's documentation), and a parallel plan combines partial strings
    in any order.
    """
    separator = _sql_literal(LIST_SEPARATOR)
    return (
        f"SELECT _items.{parent}, string_agg(_items.item, {separator} ORDER BY _items.csv_position) AS joined "  # noqa: S608
        f"FROM ({items}) _items GROUP BY _items.{parent}"
    )


# Reading files ---------------------------------------------------------------------------

BOM = b"\xef\xbb\xbf"


class CsvFileError(Exception):
    """The file as a whole cannot be read as CSV; the message says why, for a person."""


def decode_file(data: bytes) -> str:
    """The text of an uploaded CSV file: UTF-8, with or without a byte-order mark.

    Raises CsvFileError for an empty file, a binary one (a spreadsheet workbook, an
    image, a NUL byte anywhere) or one saved in another encoding.
    """
    if data.startswith(BOM):
        data = data[len(BOM) :]
    if not data.strip():
        raise CsvFileError("The file is empty: it needs a header row and at least one row of data.")
    if data.startswith(b"PK\x03\x04"):
        raise CsvFileError(
            "This is a spreadsheet workbook (.xlsx or .ods), not a CSV file: "
            'save it as "CSV UTF-8 (comma delimited)" and import that.'
        )
    nul = data.find(b"\x00")  # anywhere: no text field can hold one, and PostgreSQL refuses it
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise CsvFileError(f"This is a binary file, not CSV text: line {line} contains a NUL byte.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvFileError(
            f"Line {line} is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be read): the file was "
            'saved in another encoding. Save it as "CSV UTF-8" and import it again.'
        ) from None
