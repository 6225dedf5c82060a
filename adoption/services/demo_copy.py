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
import queue
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from django.db import connection, models

from ..models.base import FoldedKeyMixin

NULL = "\\N"
# COPY's text format: a backslash, tab, newline or carriage return in a value is escaped.
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_SPECIAL = re.compile(r"[\\\t\n\r]")
_UNESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
BATCH = 5000
_MISSING = object()


class Record:
    """A row to write, its fields as attributes (a related row by the record or model instance
    itself, as on a model instance); `pk` once reserved. Lighter than a model instance, which
    building took most of the market side's time."""

    pk: Any = None  # an int once reserved

    def __init__(self, **fields: Any):
        self.__dict__.update(fields)


def cell(value: Any) -> str:
    """`value` as a cell of COPY's text format."""
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is str:
        return value.translate(_ESCAPES) if _SPECIAL.search(value) else value
    if value is None or kind is bool:
        return NULL if value is None else "t" if value else "f"
    if isinstance(value, str):  # a subclass: a choice
        return cell(str(value))
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
        # By name, the key as `pk`, with the cell a record that lacks the field gets.
        self.defaults = [
            ("pk", NULL) if field.primary_key else (field.name, cell(field.get_default())) for field in self.fields
        ]

    @property
    def sql(self) -> str:
        quote = connection.ops.quote_name
        columns = ", ".join(quote(str(field.column)) for field in self.fields)
        return f"COPY {quote(self.model._meta.db_table)} ({columns}) FROM STDIN"

    def line(self, *values: Any) -> str:
        """A line of the named columns' `values` (and the defaults)."""
        return "\t".join(map(cell, values)) + self.suffix + "\n"

    def record_line(self, record: Record) -> str:
        """A line of `record`'s fields by name (the defaults for those it lacks, its `pk` for the key)."""
        if self.folded:  # the hidden folded keys (an organization's name_key), as bulk_create fills them
            self.model.fill_folded_keys(record)  # type: ignore[attr-defined]
        values = record.__dict__
        missing = _MISSING
        cells = []
        for name, default in self.defaults:
            value = values.get(name, missing)
            cells.append(default if value is missing else cell(value))
        return "\t".join(cells) + "\n"

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
        pk = str(model._meta.pk.column)
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

    @contextmanager
    def streaming(self) -> Iterator[None]:
        """A block of writes that may overlap with making the next lines (CopyWriter)."""
        yield

    def finish(self) -> None:
        """Everything is written (the one place a hook that follows every write would go)."""


class CopyWriter(Writer):
    """PostgreSQL: each call one COPY FROM STDIN of the lines as they are.

    With `loading` (the models about to be written), it first sets aside their tables' foreign
    keys and plain indexes, as PostgreSQL's advice on populating a database has it, and puts
    them back in finish(): each index built once, in one sort, and each foreign key checked by
    one join over its table, where otherwise every row updated a dozen indexes and queued a
    check of each of its keys for the commit, which made most of the time. The unique indexes
    stay, so a duplicate is refused as it is written. Both are definitions read from the
    catalog and restored as they were, in the transaction: whatever fails rolls them back
    with the rows. Meanwhile the tables are locked (ACCESS EXCLUSIVE), reads too.
    """

    def __init__(self, loading: Iterable[type[models.Model]] = ()) -> None:
        super().__init__()
        self.set_aside: list[str] = []
        tables = [model._meta.db_table for model in loading]
        if tables:
            self.set_aside = self._set_aside(tables)
        self.sender: _Sender | None = None

    def write(self, table: Table, lines: list[str]) -> None:
        """COPY the lines; while streaming(), queue them for the thread that does."""
        if not lines:
            return
        if self.sender is not None:
            self.sender.send(table.sql, "".join(lines))
        else:
            with connection.cursor() as cursor, cursor.copy(table.sql) as copy:
                copy.write("".join(lines))
        self.counts[table.model] += len(lines)

    @contextmanager
    def streaming(self) -> Iterator[None]:
        """A thread sends the lines written in the block while the next are made; the
        connection is the thread's until the block ends (nothing else may use it), when
        every queued COPY has run (and what failed raises)."""
        self.sender = _Sender(connection.connection)
        try:
            yield
        except BaseException:
            self.sender.close(abandon=True)
            raise
        finally:
            sender, self.sender = self.sender, None
        sender.close()

    @staticmethod
    def _set_aside(tables: list[str]) -> list[str]:
        """Drop the tables' foreign keys and plain indexes; return the statements that restore them."""
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname,
                                 pg_get_constraintdef(oid)),
                          format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname)
                     FROM pg_constraint
                    WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])
                    ORDER BY conrelid::regclass::text, conname""",
                [tables],
            )
            keys = cursor.fetchall()
            cursor.execute(
                """SELECT pg_get_indexdef(i.indexrelid), format('DROP INDEX %%s', i.indexrelid::regclass)
                     FROM pg_index i
                    WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
                      AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = i.indexrelid)
                    ORDER BY i.indexrelid::regclass::text""",
                [tables],
            )
            indexes = cursor.fetchall()
            for _, drop in keys + indexes:
                cursor.execute(drop)
        # Indexes first: the foreign keys' checks then find the rows they join through them.
        return [create for create, _ in indexes] + [add for add, _ in keys]

    def finish(self) -> None:
        """Restore the indexes and foreign keys set aside, with memory enough for their sorts
        and joins (a foreign key's check hashes its target's keys), then the settings as they were."""
        if self.set_aside:
            with connection.cursor() as cursor:
                cursor.execute("SELECT current_setting('maintenance_work_mem'), current_setting('work_mem')")
                settings = cursor.fetchone()
                cursor.execute(
                    "SELECT set_config('maintenance_work_mem', '256MB', true), set_config('work_mem', '256MB', true)"
                )
                for statement in self.set_aside:
                    cursor.execute(statement)
                cursor.execute("SELECT set_config('maintenance_work_mem', %s, true), set_config('work_mem', %s, true)",
                               settings)  # fmt: skip
            self.set_aside = []


class _Sender:
    """A thread that runs the COPYs queued for it on the connection, in order, so that the
    next lines are made while the database takes these. The connection is its own until
    close(), which waits for the queue to empty and raises what a COPY raised."""

    def __init__(self, raw_connection: Any):
        self.connection = raw_connection
        self.queue: queue.Queue[tuple[str, str] | None] = queue.Queue(maxsize=4)  # a few batches in memory
        self.error: BaseException | None = None
        self.abandoned = False
        self.thread = threading.Thread(target=self._run, name="demo-data-copy", daemon=True)
        self.thread.start()

    def send(self, sql: str, data: str) -> None:
        if self.error is not None:
            self.close()
        self.queue.put((sql, data))

    def close(self, abandon: bool = False) -> None:
        """Wait for the queued COPYs (`abandon`: for the thread to skip them), then raise what failed."""
        if abandon:
            self.abandoned = True
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if self.error is not None and not abandon:
            raise self.error

    def _run(self) -> None:
        while (job := self.queue.get()) is not None:
            if self.error is not None or self.abandoned:
                continue  # drain: the main thread raises it, or is rolling back
            sql, data = job
            try:
                with self.connection.cursor() as cursor, cursor.copy(sql) as copy:
                    copy.write(data)
            except BaseException as exc:  # noqa: BLE001 (handed to the main thread)
                self.error = exc


class BulkWriter(Writer):
    """Any database: the lines read back into model instances, bulk-inserted."""

    def write(self, table: Table, lines: list[str]) -> None:
        for start in range(0, len(lines), BATCH):
            table.model._default_manager.bulk_create(table.instances(lines[start : start + BATCH]))
        self.counts[table.model] += len(lines)


def writer(copy: bool | None = None, loading: Iterable[type[models.Model]] = ()) -> Writer:
    """COPY on PostgreSQL (unless `copy` is False), bulk inserts elsewhere; `loading`: the
    models whose foreign keys and plain indexes COPY sets aside until finish() (CopyWriter)."""
    if copy is None:
        copy = connection.vendor == "postgresql"
    if copy and connection.vendor != "postgresql":
        raise ValueError("COPY needs PostgreSQL.")
    return CopyWriter(loading) if copy else BulkWriter()
