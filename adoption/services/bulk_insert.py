"""Inserting many new rows at once: bulk_create, or on PostgreSQL the same rows sent with COPY.

The bulk paths (CSV import, seeds, nested lists) create rows by the thousand. On
PostgreSQL, `create_records` takes the new rows' ids from the table's sequence in one
statement, then sends the rows with COPY: each value goes to the server as psycopg
adapts it, without bulk_create building an INSERT of every value in Python. Elsewhere
(SQLite), and for a model whose bulk_create or fields do more than store each value as it
is (a manager that fills a column, an auto_now date, a custom field), it is bulk_create.
Neither sends signals.
"""

from collections.abc import Iterable, Sequence

from django.db import connections, models, router

BATCH_SIZE = 1000

# Fields whose value, once validated, is stored as it is: psycopg adapts it on its own.
_STORED_AS_IS = (
    models.BigIntegerField,
    models.BooleanField,
    models.CharField,
    models.DateField,
    models.DateTimeField,
    models.ForeignKey,
    models.IntegerField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.SlugField,
    models.SmallIntegerField,
    models.TextField,
)


def create_records(model: type[models.Model], objs: Sequence[models.Model]) -> None:
    """Insert the unsaved instances `objs` of `model`, each given its new id, as bulk_create does."""
    if not objs:
        return
    connection = connections[router.db_for_write(model)]
    if not _copies(model, connection):
        model._default_manager.bulk_create(objs, batch_size=BATCH_SIZE)
        return
    pk = model._meta.pk
    assert pk is not None  # every concrete model has one
    fields = [field for field in model._meta.concrete_fields if field is not pk]
    attnames = [field.attname for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, pk.column, len(objs)],
        )
        ids = [pk_value for (pk_value,) in cursor.fetchall()]
        for obj, pk_value in zip(objs, ids, strict=True):
            setattr(obj, pk.attname, pk_value)
            obj._state.adding = False
            obj._state.db = connection.alias
        rows = ((getattr(obj, pk.attname), *(getattr(obj, attname) for attname in attnames)) for obj in objs)
        _copy(cursor, connection, model, [pk.attname, *attnames], rows)


def create_rows(model: type[models.Model], attnames: Sequence[str], rows: Iterable[tuple]) -> None:
    """Insert rows of `model` given as tuples of the fields `attnames` (the others take their
    defaults in the database: the id), as bulk_create of the same instances does."""
    connection = connections[router.db_for_write(model)]
    if not _copies(model, connection) or any(field.has_default() for field in _others(model, attnames)):
        model._default_manager.bulk_create(
            [model(**dict(zip(attnames, row, strict=True))) for row in rows], batch_size=BATCH_SIZE
        )
        return
    with connection.cursor() as cursor:
        _copy(cursor, connection, model, list(attnames), rows)


def _column(model: type[models.Model], attname: str) -> str:
    """The column of the field whose attname (or name) is `attname`."""
    for field in model._meta.concrete_fields:
        if attname in (field.attname, field.name):
            return str(field.column)
    raise ValueError(f"{model.__name__} has no field {attname}")


def _others(model: type[models.Model], attnames: Sequence[str]) -> list:
    """The fields of `model` other than its id that `attnames` leaves out."""
    return [f for f in model._meta.concrete_fields if f.attname not in attnames and not f.primary_key]


def _copy(cursor, connection, model: type[models.Model], attnames: list[str], rows: Iterable[tuple]) -> None:
    """COPY `rows` into `model`'s table, each a tuple of the fields `attnames`."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(_column(model, attname)) for attname in attnames)
    statement = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"
    with cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def _copies(model: type[models.Model], connection) -> bool:
    """Whether `model`'s rows can go with COPY: PostgreSQL, and nothing that bulk_create would
    do for them beyond storing each value (see the module's docstring)."""
    if connection.vendor != "postgresql" or model._meta.parents:
        return False
    queryset = type(model._default_manager.get_queryset())
    if queryset.bulk_create is not models.QuerySet.bulk_create:
        return False
    return all(
        type(field) in _STORED_AS_IS
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
        for field in model._meta.concrete_fields
        if not field.primary_key
    )
