"""History rows written in bulk, for the paths that change many records at once.

simple-history writes one history row per save() or delete(), one query each. The bulk
paths (CSV import) save with bulk_create/bulk_update and delete without signals, so
they record the same history here: who, when, why, the row as it now is, and for a model
with tracked many-to-many fields, their values too.

The rows are copied in the database, INSERT INTO the history table SELECT FROM the
records' own table, one statement per thousand records: building a model instance per
history row in Python took over 40% of a large CSV import.
"""

from collections.abc import Sequence

from django.db import connections, models, router
from django.utils import timezone
from simple_history.models import HistoricalRecords

from ..audit import acting_user, fill_history_row
from ..batches import chunked
from ..models.base import CHANGED as CHANGED  # the kinds record_history takes
from ..models.base import CREATED as CREATED
from ..models.base import DELETED as DELETED

BATCH_SIZE = 1000


def record_history(model: type[models.Model], pks: Sequence[int], kind: str, *, user=None, reason: str = "") -> None:
    """Write one history row of `kind` (+, ~ or -) for each record of `model` in `pks` (saved, not yet deleted).

    Each row copies the record as it is in the database. `user` defaults to the account
    making the changes (see adoption.audit).
    """
    if not pks:
        return
    if user is None:
        user = acting_user()
    history_model = model.history.model
    # What every row of this call shares (when, who, why, through what), as simple-history
    # and the audit fill in one history row.
    shared = history_model(
        history_date=timezone.now(), history_user=user, history_change_reason=reason, history_type=kind
    )
    fill_history_row(shared, user)

    connection = connections[router.db_for_write(history_model)]
    copied = [history_model._meta.get_field(field.name) for field in history_model.tracked_fields]
    shared_fields = [
        field
        for field in history_model._meta.concrete_fields
        if field not in copied and not field.primary_key  # history_id: the table's own sequence
    ]
    params = [field.get_db_prep_save(getattr(shared, field.attname), connection) for field in shared_fields]
    new_rows = []
    with connection.cursor() as cursor:
        for chunk in chunked(pks, BATCH_SIZE):
            statement, ids = _copy_statement(connection, model, copied, shared_fields, chunk)
            cursor.execute(statement, [*params, *ids])
            new_rows.extend(cursor.fetchall())
    if kind != DELETED:
        _record_m2m(model, new_rows)


def _copy_statement(connection, model, copied: list, shared_fields: list, pks: Sequence[int]) -> tuple[str, list]:
    """INSERT INTO history (copied columns, shared columns) SELECT them FROM the records'
    table for the ids `pks`, RETURNING each new row's (history id, record id); and the
    statement's parameters for the ids.

    Every name in it comes from the models' own metadata, quoted; the values are parameters.
    """
    quote = connection.ops.quote_name
    history_model = model.history.model
    columns = ", ".join(quote(field.column) for field in [*copied, *shared_fields])
    selected = [quote(model._meta.get_field(field.name).column) for field in copied] + ["%s"] * len(shared_fields)
    record_id = history_model._meta.get_field(model._meta.pk.name)
    ids, params = _ids_condition(connection, pks)
    return (
        f"INSERT INTO {quote(history_model._meta.db_table)} ({columns}) "  # noqa: S608 (see the docstring)
        f"SELECT {', '.join(selected)} FROM {quote(model._meta.db_table)} "
        f"WHERE {quote(model._meta.pk.column)} {ids} "
        f"RETURNING {quote(history_model._meta.pk.column)}, {quote(record_id.column)}"
    ), params


def _ids_condition(connection, pks: Sequence[int]) -> tuple[str, list]:
    """`IN (%s, ...)` for the ids `pks`, with its parameters; on PostgreSQL `= ANY(%s)` with
    one array, a statement short enough for psycopg to read quickly."""
    if connection.vendor == "postgresql":
        return "= ANY(%s)", [list(pks)]
    return f"IN ({', '.join(['%s'] * len(pks))})", list(pks)


def _record_m2m(model: type[models.Model], new_rows: list[tuple[int, int]]) -> None:
    """For each tracked many-to-many field, the related rows each new history row saw.

    `new_rows` are (history row id, record id) pairs. The rows are copied in the database
    too: INSERT INTO the field's history table SELECT FROM its links joined to the new
    history rows, one statement per thousand history rows.
    """
    history_model = model.history.model
    connection = connections[router.db_for_write(history_model)]
    quote = connection.ops.quote_name
    history_pk = quote(history_model._meta.pk.column)
    record_id = quote(history_model._meta.get_field(model._meta.pk.name).column)
    for m2m_field in getattr(history_model, "_history_m2m_fields", ()):
        m2m_history = HistoricalRecords.m2m_models[m2m_field]._meta
        through = m2m_field.remote_field.through._meta
        names = (m2m_field.m2m_field_name(), m2m_field.m2m_reverse_field_name())
        # The link's id, record and related record, copied to the history table's columns of those names.
        link_columns = [through.pk.column, *(through.get_field(name).column for name in names)]
        columns = [quote(m2m_history.get_field(name).column) for name in ("id", *names, "history")]
        selected = ", ".join([*(f"link.{quote(column)}" for column in link_columns), f"saw.{history_pk}"])
        with connection.cursor() as cursor:
            for chunk in chunked([history_id for history_id, _ in new_rows], BATCH_SIZE):
                ids, params = _ids_condition(connection, chunk)
                cursor.execute(
                    f"INSERT INTO {quote(m2m_history.db_table)} ({', '.join(columns)}) "  # noqa: S608 (names from the models' metadata, quoted)
                    f"SELECT {selected} FROM {quote(history_model._meta.db_table)} saw "
                    f"JOIN {quote(through.db_table)} link ON link.{quote(link_columns[1])} = saw.{record_id} "
                    f"WHERE saw.{history_pk} {ids}",
                    params,
                )
