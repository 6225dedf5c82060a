"""CSV export: any queryset of a resource, streamed as CSV, at the database's own speed.

The whole export is one SELECT whose columns are already the finished cells (relations
as slugs, lists joined, nested rows in their one-cell form, spreadsheet-safe; see
csv_codec). On PostgreSQL it runs as `COPY (that SELECT) TO STDOUT WITH (FORMAT csv)`,
so PostgreSQL writes the CSV and Python only passes blocks along; elsewhere (SQLite)
the rows are fetched in batches and written with the csv module. Either way memory
stays flat, whatever the row count. The API, the admin and `manage.py export_csv` all
call `stream_csv`.

Columns, per resource: `id`, then the API's field names in resources.RESOURCES order,
then the stored fields no client writes (`Resource.read_only`: a response's weight) and
the read-only lists the record derives (`Resource.derived`: an event's
figure_disagreements), which import reads past.
"""

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models import Case, CharField, Count, F, OuterRef, Value, When
from django.http import StreamingHttpResponse
from django.utils import timezone

from ..csv_codec import IsoDate, ListCell, ListItem, PlainDecimal, SafeCell, Text, row_item
from ..models import EventFigure
from ..models.base import restated as as_of
from ..registry import Nested, Resource, concrete_field, natural_key_field

BLOCK_BYTES = 64 * 1024
FETCH_ROWS = 2000


def header(resource: Resource) -> list[str]:
    return ["id", *(resource.column_name(name) for name in resource.columns), *resource.read_past]


def filename(resource: Resource) -> str:
    """What and when: deployments-2026-11-28T140512.csv (local time)."""
    return f"{resource.name}-{timezone.localtime():%Y-%m-%dT%H%M%S}.csv"


def cells(resource: Resource, queryset: models.QuerySet) -> models.QuerySet:
    """`queryset` (filtered and ordered as the caller likes) as rows of finished cells."""
    # Columns that filters restate (a deployment's stage as of a date): shown as restated.
    restated = {name: as_of(name) for name in resource.columns if as_of(name) in queryset.query.annotations}
    if queryset.query.distinct:
        # DISTINCT (from filters across to-many relations) would add the ordering columns
        # to the SELECT; select the rows by id instead, in the same order.
        ordering = queryset.query.order_by or queryset.model._meta.ordering
        kept = {name: queryset.query.annotations[name] for name in restated.values()}
        queryset = (
            queryset.model.objects.filter(pk__in=queryset.order_by().values("pk")).annotate(**kept).order_by(*ordering)
        )
    expressions: dict[str, Any] = {"csv_id": Text(F("pk"))}
    for number, name in enumerate(resource.columns):
        expressions[f"csv_{number}"] = SafeCell(F(restated[name])) if name in restated else _column(resource, name)
    for name in resource.read_only:
        expressions[f"csv_{name}"] = SafeCell(_value(concrete_field(resource.model, name)))
    for name in resource.derived:
        expressions[f"csv_{name}"] = DERIVED_CELLS[name]()
    return queryset.select_related(None).prefetch_related(None).annotate(**expressions).values_list(*expressions)


def _column(resource: Resource, name: str):
    if name in resource.lists:
        return _list_cell(resource.lists[name])
    model_field = concrete_field(resource.model, name)
    if isinstance(model_field, models.ManyToManyField):
        through, related = model_field.remote_field.through, model_field.related_model
        assert through is not None and isinstance(related, type)  # both set up by Django
        source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
        key = f"{target}__{natural_key_field(related)}"
        items = through._default_manager.filter(**{source: OuterRef("pk")}).order_by(key).values(item=ListItem(F(key)))
        return ListCell(items)
    return SafeCell(_value(model_field))


def _value(model_field):
    """A single-valued field as text: a relation as its slug, a date as YYYY-MM-DD."""
    if model_field.is_relation:
        return F(f"{model_field.name}__{natural_key_field(model_field.related_model)}")
    if isinstance(model_field, models.BooleanField):
        # "true"/"false" from either database (PostgreSQL would say t/f, SQLite 1/0).
        return Case(
            When(**{model_field.name: True}, then=Value("true")), default=Value("false"), output_field=CharField()
        )
    if isinstance(model_field, models.DateField):
        return IsoDate(F(model_field.name))
    if isinstance(model_field, models.DecimalField):
        return Text(PlainDecimal(F(model_field.name), output_field=model_field))
    if model_field.empty_strings_allowed:
        return F(model_field.name)
    return Text(F(model_field.name))


def _figure_disagreements() -> ListCell:
    """MarketEvent.figure_disagreements in SQL: the metrics whose figures state more than one
    value (qualifier, amount, high end) in the same unit, currency and whole."""
    value = row_item(F("qualifier"), PlainDecimal(F("amount")), PlainDecimal(F("amount_to")))
    disagreeing = (
        EventFigure.objects.filter(event=OuterRef("pk"))
        .values("metric__slug", "unit", "currency", "part_of")
        .annotate(stated=Count(value, distinct=True))
        .filter(stated__gt=1)
        .order_by("metric__slug")
        .values(item=ListItem(F("metric__slug")))
        .distinct()
    )
    return ListCell(disagreeing)


# The SQL of each derived list (Resource.derived), by its column name.
DERIVED_CELLS = {"figure_disagreements": _figure_disagreements}


def _list_cell(nested: Nested) -> ListCell:
    children = nested.model._default_manager.filter(**{nested.parent_field: OuterRef("pk")}).order_by(
        nested.order_by, "pk"
    )
    values = [_value(nested.model._meta.get_field(name)) for name in nested.fields]
    item = ListItem(values[0]) if len(values) == 1 else row_item(*values)
    return ListCell(children.values(item=item))


def stream_csv(
    resource: Resource, queryset: models.QuerySet, *, on_rows: Callable[[int], None] | None = None
) -> Iterator[bytes]:
    """The CSV of `queryset`: a header row, then one row per record, in blocks of bytes.

    `on_rows(n)` is called as rows go out (for a progress bar).
    """
    query = cells(resource, queryset)
    connection = connections[query.db]
    postgresql = connection.vendor == "postgresql"
    # COPY ends its lines with \n; the csv module quotes a cell holding CR only when CR
    # ends its lines too.
    yield _csv_line(header(resource), "\n" if postgresql else "\r\n")
    try:
        sql, params = query.query.get_compiler(using=query.db).as_sql()
    except EmptyResultSet:  # a filter that can match nothing, such as none() or pk__in=[]
        return
    yield from (_copy if postgresql else _fetch)(connection, sql, params, on_rows)


def _copy(connection, sql: str, params, on_rows) -> Iterator[bytes]:
    buffer, rows = bytearray(), 0
    statement = f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)"
    if connection.queries_logged:
        # psycopg's copy() bypasses Django's cursor wrapper; log it as the wrapper would.
        connection.queries_log.append({"sql": statement % tuple(map(repr, params)), "time": "0.000"})
    with connection.cursor() as cursor:
        with cursor.cursor.copy(statement, params) as copy:
            # PostgreSQL sends each row as one block.
            for block in copy:
                buffer += block
                rows += 1
                if len(buffer) >= BLOCK_BYTES:
                    yield bytes(buffer)
                    buffer.clear()
                    if on_rows:
                        on_rows(rows)
                        rows = 0
    if buffer:
        yield bytes(buffer)
    if on_rows and rows:
        on_rows(rows)


def _fetch(connection, sql: str, params, on_rows) -> Iterator[bytes]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(FETCH_ROWS):
            text = io.StringIO()
            csv.writer(text, lineterminator="\r\n").writerows(batch)
            yield text.getvalue().encode()
            if on_rows:
                on_rows(len(batch))


def _csv_line(cells: list[str], end: str) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator=end).writerow(cells)
    return text.getvalue().encode()


def csv_response(resource: Resource, queryset: models.QuerySet) -> StreamingHttpResponse:
    """`queryset` as a CSV download, streamed, named for what it holds and when."""
    response = StreamingHttpResponse(stream_csv(resource, queryset), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename(resource)}"'
    return response
