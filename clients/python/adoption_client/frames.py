"""CSV to pandas, each column typed as the server's CSV columns reference says (csv_columns.json).

Left to guess, pandas reads a version such as "1.0" or RHEL's "5" as a number and a
count with one empty cell as floats. `csv_columns.json` is written by the server's
`manage.py generate_client` from the same code as its CSV: `string` for text, keys,
versions and lists; `Int64` (nullable) for whole numbers; `Float64`; `boolean`; and
`date` for dates, parsed as datetime64.
"""

from __future__ import annotations

import csv as csv_module
import io
import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

DATE = "date"
# A text cell that begins with a formula character (=, +, -, @...) or with this is exported with one more of
# it in front, so that no spreadsheet runs it as a formula.
GUARD = "'"


@cache
def columns() -> dict[str, dict[str, str]]:
    """{resource: {column: dtype}}, in the order of each resource's CSV header."""
    loaded: dict[str, dict[str, str]] = json.loads(
        resources.files(__package__).joinpath("csv_columns.json").read_text(encoding="utf-8")
    )
    return loaded


def to_dataframe(csv: str, resource: str) -> pandas.DataFrame:
    """`csv`, a CSV export of `resource` (`deployments`...), as a DataFrame with each column's dtype.

    An empty cell is missing (<NA>, NaT) in a number, boolean or date column, and "" in text; a text cell
    loses the quote the export put in front of a formula character. A column the server adds after this
    client was generated is read as text."""
    import pandas

    try:
        known = columns()[resource]
    except KeyError:
        raise ValueError(f"No CSV columns known for {resource!r}; known: {', '.join(columns())}.") from None
    # The columns this CSV has: a user not allowed to see a confidential one gets a CSV without it.
    header = next(csv_module.reader(io.StringIO(csv)), [])
    types = {column: known.get(column, "string") for column in header}
    frame = pandas.read_csv(
        io.StringIO(csv),
        dtype={column: kind for column, kind in types.items() if kind != DATE},
        parse_dates=[column for column, kind in types.items() if kind == DATE],
        date_format="%Y-%m-%d",
        keep_default_na=False,
        na_values={column: [""] for column, kind in types.items() if kind != "string"},
    )
    for column, kind in types.items():
        if kind == "string":  # the spreadsheet guard: the export's one added leading quote, as import removes it
            frame[column] = frame[column].str.removeprefix(GUARD)
    return frame
