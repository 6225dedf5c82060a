"""CSV export: any queryset of a resource, streamed as CSV, at the database's own speed.

The whole export is one SELECT whose columns are already the finished cells (relations
as slugs, lists joined, nested rows in their one-cell form, spreadsheet-safe; see
csv_codec). On PostgreSQL it runs as `COPY (that SELECT) TO STDOUT WITH (FORMAT csv)`,
so PostgreSQL writes the CSV and Python only passes blocks along; elsewhere (SQLite)
the rows are fetched in batches and written with the csv module. Either way memory
stays flat, whatever the row count. The API, the admin and `manage.py export_csv` all
call `stream_csv`.

List columns (nested rows, many-to-many names): on PostgreSQL each list is read once
for the whole export, sorted by parent and joined into one cell per parent, and joined
to the rows on their key (ListJoin; a filtered export aggregates its chosen rows' lists
only), as the fastest hand-written SQL does: `make bench` compares the two. On SQLite,
and for a sliced queryset (a page), each list cell is a subquery per row (ListCell).

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
from django.db.models import Case, CharField, Count, Expression, F, OuterRef, TextField, Value, When, Window
from django.db.models.functions import Cast, RowNumber
from django.db.models.sql.constants import LOUTER
from django.http import StreamingHttpResponse
from django.utils import timezone

from ..csv_codec import IsoDate, ListCell, ListItem, Plain, PlainDecimal, SafeCell, Text, joined_list_sql, row_item
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


def cells(resource: Resource, queryset: models.QuerySet, *, joined: bool | None = None) -> models.QuerySet:
    """`queryset` (filtered and ordered as the caller likes) as rows of finished cells.

    `joined`: join each list aggregated once for the whole export (ListJoin) rather than
    run a subquery per row; by default on PostgreSQL unless the queryset is sliced. The
    two give the same cells.
    """
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
    if joined is None:
        joined = connections[queryset.db].vendor == "postgresql" and not queryset.query.is_sliced
    queryset = queryset.select_related(None).prefetch_related(None)
    # Rows of a filtered export: its lists aggregate the children of those rows only.
    chosen = queryset.order_by().values("pk") if joined and queryset.query.where else None
    expressions: dict[str, Any] = {"csv_id": Text(F("pk"))}
    lists: dict[str, tuple[models.QuerySet, str]] = {}  # the ListJoins to add: alias: (items, key)
    for number, name in enumerate(resource.columns):
        if name in restated:
            expressions[f"csv_{number}"] = SafeCell(F(restated[name]))
        elif joined and (found := _list_items(resource, name)) is not None:
            items, key = found
            lists[f"csv_list_{number}"] = (items if chosen is None else items.filter(csv_parent__in=chosen), key)
            expressions[f"csv_{number}"] = SafeCell(JoinedList(f"csv_list_{number}"))
        else:
            expressions[f"csv_{number}"] = _column(resource, name)
    for name in resource.read_only:
        expressions[f"csv_{name}"] = _safe_value(concrete_field(resource.model, name))
    for name in resource.derived:
        expressions[f"csv_{name}"] = DERIVED_CELLS[name]()
    queryset = queryset.annotate(**expressions)
    # After the joins the cells need, as a hand-written query would have them: with more
    # joins than join_collapse_limit, PostgreSQL keeps the order it is given.
    for alias, (items, key) in lists.items():
        ListJoin.add(queryset.query, alias, items, key)
    return queryset.values_list(*expressions)


class ListJoin:
    """`LEFT OUTER JOIN (one joined list per parent) alias ON alias.csv_parent = <the row's key>`.

    A list column of an export of many rows: the children are read, sorted and joined
    into cells once for the whole export and hash- or merge-joined to the rows, rather
    than looked up by a subquery per row. It sits in the query's alias_map as Django's
    own joins do, so the queryset keeps its filters and ordering. (For a filtered export,
    `cells` gives it the children of the chosen rows only.)
    """

    join_type = LOUTER
    nullable = True
    filtered_relation = None

    def __init__(self, table_alias: str, parent_alias: str, items: models.QuerySet, key: str) -> None:
        self.table_name = self.table_alias = table_alias
        self.parent_alias = parent_alias
        self.items = items
        self.key = key

    @classmethod
    def add(cls, query, alias: str, items: models.QuerySet, key: str) -> None:
        """Join the list `items` (csv_parent, item rows; see _list_items) to `query`'s rows
        by their column `key`, in place, as `alias`; JoinedList(alias) is its cell."""
        query.alias_map[alias] = cls(alias, query.get_initial_alias(), items, key)
        query.alias_refcount[alias] = 1

    def as_sql(self, compiler, connection) -> tuple[str, list]:
        items, params = self.items.query.get_compiler(connection=connection).as_sql()
        quote = connection.ops.quote_name
        key = f"{quote(self.parent_alias)}.{quote(self.key)}"
        sql = joined_list_sql(items, "csv_parent")
        return (
            f"LEFT OUTER JOIN ({sql}) {quote(self.table_alias)} ON ({quote(self.table_alias)}.csv_parent = {key})",
            list(params),
        )

    def relabeled_clone(self, change_map: dict[str, str]) -> "ListJoin":
        return ListJoin(
            change_map.get(self.table_alias, self.table_alias),
            change_map.get(self.parent_alias, self.parent_alias),
            self.items,
            self.key,
        )


class JoinedList(Expression):
    """The joined list of a ListJoin."""

    output_field = TextField()

    def __init__(self, alias: str) -> None:
        super().__init__()
        self.alias = alias

    def as_sql(self, compiler, connection) -> tuple[str, tuple[str | int, ...]]:
        return f"{connection.ops.quote_name(self.alias)}.joined", ()


def _list_items(resource: Resource, name: str) -> tuple[models.QuerySet, str] | None:
    """The rows of list column `name` for every parent, as (csv_parent, item), sorted by
    parent and then in the list's order, and the parent's column csv_parent refers to;
    None when `name` is no list."""
    if name in resource.lists:
        nested = resource.lists[name]
        parent, key = _foreign_key(nested.model, nested.parent_field)
        # Rows that may point at another kind of record instead (a citation of an event).
        children = nested.model._default_manager.filter(**{f"{parent}__isnull": False})
        children = children.order_by(parent, nested.order_by, "pk")
        return children.values(csv_parent=F(parent), item=_item(nested), csv_position=_position(children)), key
    model_field = concrete_field(resource.model, name)
    if isinstance(model_field, models.ManyToManyField):
        through, source, key = _m2m(model_field)
        parent, parent_key = _foreign_key(through, source)
        rows = through._default_manager.order_by(parent, key)
        return rows.values(csv_parent=F(parent), item=ListItem(F(key)), csv_position=_position(rows)), parent_key
    return None


def _position(rows: models.QuerySet) -> Window:
    """Each row's place in `rows`' ordering: what string_agg orders the items by (an aggregate
    fed a sorted subquery keeps its order only usually, and not in a parallel plan)."""
    terms = [str(term) for term in rows.query.order_by]  # field names, as _list_items orders them
    ordering = [F(term[1:]).desc() if term.startswith("-") else F(term).asc() for term in terms]
    return Window(RowNumber(), order_by=ordering)


def _foreign_key(model: type[models.Model], name: str) -> tuple[str, str]:
    """Foreign key `name`'s column and the column of the record it refers to."""
    field = concrete_field(model, name)
    assert isinstance(field, models.ForeignKey)  # a list's rows point at their record
    key = field.target_field.column
    assert key is not None  # a concrete field's
    return field.attname, key


def _column(resource: Resource, name: str):
    if name in resource.lists:
        return _list_cell(resource.lists[name])
    model_field = concrete_field(resource.model, name)
    if isinstance(model_field, models.ManyToManyField):
        through, source, key = _m2m(model_field)
        items = through._default_manager.filter(**{source: OuterRef("pk")}).order_by(key).values(item=ListItem(F(key)))
        return ListCell(items)
    return _safe_value(model_field)


def _m2m(model_field: models.ManyToManyField) -> tuple[type[models.Model], str, str]:
    """A many-to-many field's through model, its field to the record, and the path to the related key."""
    through, related = model_field.remote_field.through, model_field.related_model
    assert through is not None and isinstance(related, type)  # both set up by Django
    source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
    return through, source, f"{target}__{natural_key_field(related)}"


# Values that can never begin with a formula trigger or a quote, nor hold `;`, `|` or `\\`:
# written without the guard and without escaping.
PLAIN_FIELDS = (
    models.BooleanField,
    models.DateField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.PositiveBigIntegerField,
)


def _safe_value(model_field):
    """A single-valued field's cell: its text (_value), spreadsheet-safe."""
    if _is_plain(model_field):
        return _value(model_field, empty=None)
    return SafeCell(_value(model_field))


def _value(model_field, empty: str | None = ""):
    """A single-valued field as text: a relation as its slug, a date as YYYY-MM-DD.
    `empty`: what a NULL number is ('', or None to leave it NULL)."""
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
    if empty is None:
        return Cast(F(model_field.name), TextField())
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
    return ListCell(children.values(item=_item(nested)))


def _item(nested: Nested) -> ListItem:
    """One child row as a list item: its one field, or its fields as a nested row."""
    model_fields = [nested.model._meta.get_field(name) for name in nested.fields]
    values = [_value(model_field) for model_field in model_fields]
    if len(values) == 1:
        return ListItem(values[0])
    pairs = zip(values, model_fields, strict=True)
    return row_item(*(Plain(value) if _is_plain(field) else value for value, field in pairs))


def _is_plain(model_field) -> bool:
    return isinstance(model_field, PLAIN_FIELDS) and not isinstance(model_field, models.DateTimeField)


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
