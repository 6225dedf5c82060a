"""The type of each CSV column, for pandas and spreadsheets: read with these, nothing is lost.

Left to guess, pandas reads a version such as `1.0` or RHEL's `5` as a number, and a
count column with one empty cell as floats. `dtypes(resource)` names, per column of the
resource's CSV (csv_export.header), the pandas dtype that keeps every cell as
exported: `string` for text, keys, versions, choices and lists; `Int64` (nullable) for
whole numbers; `Float64` for decimals; `boolean` for `true`/`false`; and DATE for
dates, which pandas parses with `parse_dates`. The CSV columns page lists them.

Only a text cell can carry the spreadsheet guard (a leading `'`, csv_codec): the
numbers these columns hold are never negative, so no number cell begins with `-`.
"""

from django.db import models

from ..registry import Resource
from .csv_export import header

DATE = "date"  # parse_dates, not a dtype
_BY_FIELD: tuple[tuple[type[models.Field] | tuple[type[models.Field], ...], str], ...] = (
    (models.BooleanField, "boolean"),
    ((models.DateField, models.DateTimeField), DATE),
    ((models.DecimalField, models.FloatField), "Float64"),
    ((models.AutoField, models.BigAutoField, models.IntegerField), "Int64"),
)


def dtypes(resource: Resource) -> dict[str, str]:
    """{column: pandas dtype, or DATE} for every column of `resource`'s CSV, in header order."""
    names = {resource.column_name(name): name for name in resource.columns}
    return {column: _dtype(resource, names.get(column, column)) for column in header(resource)}


def _dtype(resource: Resource, name: str) -> str:
    """The pandas dtype of the column of `resource`'s field (or list) `name`."""
    if name == "id":
        return "Int64"
    if name in resource.lists or name in resource.derived:
        return "string"
    field = resource.model._meta.get_field(name)
    if field.is_relation or getattr(field, "choices", None):
        return "string"
    return next((kind for classes, kind in _BY_FIELD if isinstance(field, classes)), "string")
