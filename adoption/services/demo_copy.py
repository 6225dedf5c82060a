"""How demo data reaches its tables: rows made as COPY's text, streamed by `COPY ... FROM
STDIN` on PostgreSQL, read back into model instances and bulk-inserted elsewhere (SQLite).

generate_demo_data (services.demo_data) writes every row it makes through one `Writer`, so
both ways write the same rows from the same text. Parent rows have their keys reserved in
blocks before they are written (`Writer.reserve`), so their children can name them without
reading anything back; rows nothing refers to take their keys from the table's sequence as
they are written, in the order written, as bulk inserts did.
"""

import datetime
import json
import re
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db import connection, models

from ..models.base import FoldedKeyMixin

NULL = "\\N"
# COPY's text format: a backslash, tab, newline or carriage return in a value is escaped.
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_UNESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
BATCH = 5000


class Record:
    """A row to write, its fields as attributes (a related row by the record or model instance
    itself, as on a model instance); `pk` once reserved. Lighter than a model instance, which
    building took most of the market side's time."""

    pk: int | None = None

    def __init__(self, **fields: Any):
        self.__dict__.update(fields)


def cell(value: Any) -> str:
    """`value` as a cell of COPY's text format."""
    if value is None:
        return NULL
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        return value.translate(_ESCAPES)
    if isinstance(value, Record | models.Model):
        return NULL if value.pk is None else str(value.pk)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict | list):
        return json.dumps(value).translate(_ESCAPES)
    if isinstance(value, int | float | datetime.date):  # datetime too; str() is ISO 8601
        return str(value)
    raise TypeError(f"No COPY text for {value!r}.")


def _uncell(text: str) -> str | None:
    if text == NULL:
        return None
    return _UNESCAPE.sub(lambda match: _UNESCAPED.get(match[1], match[1]), text) if "\\" in text else text


class Table:
    """The rows of `model` written as COPY text: `columns` (field names) in this order, each
    line followed by `suffix`, the cells of every other field at its default (the timestamps
    now, blanks, nulls); the primary key left to the table's sequence unless named."""

    def __init__(self, model: type[models.Model], columns: Iterable[str]):
        self.model = model
        named = [model._meta.get_field(name) for name in columns]
        rest = [f for f in model._meta.concrete_fields if f not in named and not f.primary_key]
        self.fields: list[models.Field] = [*named, *rest]  # type: ignore[list-item]
        self.suffix = "".join("\t" + cell(field.get_default()) for field in rest)
        self.folded = issubclass(model, FoldedKeyMixin)
        self.defaults = [(field, NULL if field.primary_key else cell(field.get_default())) for field in self.fields]

    @property
    def sql(self) -> str:
        quote = connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in self.fields)
        return f"COPY {quote(self.model._meta.db_table)} ({columns}) FROM STDIN"

    def line(self, *values: Any) -> str:
        """A line of the named columns' `values` (and the defaults)."""
        return "\t".join(map(cell, values)) + self.suffix + "\n"

    def record_line(self, record: Record) -> str:
        """A line of `record`'s fields by name (the defaults for those it lacks, its `pk` for the key)."""
        if self.folded:  # the hidden folded keys (an organization's name_key), as bulk_create fills them
            instance: Any = self.model(**{name: getattr(record, name) for name in self.model.FOLDED_UNIQUE})
            instance.fill_folded_keys()
            for name, key in self.model.FOLDED_UNIQUE.items():
                setattr(record, name, getattr(instance, name))
                setattr(record, key, getattr(instance, key))
        values = record.__dict__
        return (
            "\t".join(
                cell(record.pk if field.primary_key else values[field.name])
                if field.name in values or field.primary_key
                else default
                for field, default in self.defaults
            )
            + "\n"
        )

    def instances(self, lines: Iterable[str]) -> list[models.Model]:
        """The model instances `lines` describe (for bulk inserts)."""
        fields = self.fields
        made = []
        for line in lines:
            texts = line.rstrip("\n").split("\t")
            made.append(
                self.model(
                    **{
                        field.attname: None if (text := _uncell(raw)) is None else field.to_python(text)
                        for field, raw in zip(fields, texts, strict=True)
                    }
                )
            )
        return made


class Writer:
    """Writes demo data's lines, and counts them by model; `finish()` once, when all are written."""

    def __init__(self) -> None:
        self.counts: Counter[type[models.Model]] = Counter()

    def reserve(self, model: type[models.Model], count: int) -> int:
        """The first of `count` consecutive primary keys of `model` that nothing else will take."""
        if count <= 0:
            return 0
        table = model._meta.db_table
        pk = model._meta.pk.column
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # The lock keeps other writers' rows (and so their nextval) out until the
                # transaction ends; reads go on. One statement takes the whole block.
                cursor.execute(f"LOCK TABLE {quote(table)} IN SHARE ROW EXCLUSIVE MODE")
                cursor.execute(
                    "SELECT setval(sequence, nextval(sequence) + %s - 1) FROM pg_get_serial_sequence(%s, %s) sequence",
                    [count, table, pk],
                )
                return cursor.fetchone()[0] - count + 1
            cursor.execute(f"SELECT max({quote(pk)}) FROM {quote(table)}")  # noqa: S608 (the model's own names)
            last = cursor.fetchone()[0] or 0
            if connection.vendor == "sqlite":
                # AUTOINCREMENT never reuses a key: it goes on from sqlite_sequence, moved past the block.
                cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
                row = cursor.fetchone()
                last = max(last, row[0] if row else 0)
                if row:
                    cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [last + count, table])
                else:
                    cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, last + count])
            return last + 1

    def write(self, table: Table, lines: list[str]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Everything is written (the one place a hook that follows every write would go)."""


class CopyWriter(Writer):
    """PostgreSQL: each call one COPY FROM STDIN of the lines as they are."""

    def write(self, table: Table, lines: list[str]) -> None:
        if not lines:
            return
        with connection.cursor() as cursor, cursor.copy(table.sql) as copy:
            copy.write("".join(lines))
        self.counts[table.model] += len(lines)


class BulkWriter(Writer):
    """Any database: the lines read back into model instances, bulk-inserted."""

    def write(self, table: Table, lines: list[str]) -> None:
        for start in range(0, len(lines), BATCH):
            table.model._default_manager.bulk_create(table.instances(lines[start : start + BATCH]))
        self.counts[table.model] += len(lines)


def writer(copy: bool | None = None) -> Writer:
    """COPY on PostgreSQL (unless `copy` is False), bulk inserts elsewhere."""
    if copy is None:
        copy = connection.vendor == "postgresql"
    if copy and connection.vendor != "postgresql":
        raise ValueError("COPY needs PostgreSQL.")
    return CopyWriter() if copy else BulkWriter()
