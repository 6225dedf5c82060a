"""Every resource's CSV, read by pandas with the documented dtypes (selectors.csv_dtypes), keeps every cell.

Generated from the registry: a new resource or column is read here without a word.
"""

import csv
import io
import warnings

import pandas as pd
import pytest

from adoption.registry import RESOURCES
from adoption.selectors.csv_dtypes import DATE, dtypes
from adoption.selectors.csv_export import stream_csv

pytestmark = pytest.mark.django_db


def read(resource) -> tuple[list[dict], pd.DataFrame]:
    data = b"".join(stream_csv(resource, resource.model._default_manager.order_by("pk")))
    types = dtypes(resource)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a date format pandas has to guess, a mixed column: a failure
        frame = pd.read_csv(
            io.BytesIO(data),
            dtype={column: kind for column, kind in types.items() if kind != DATE},
            parse_dates=[column for column, kind in types.items() if kind == DATE],
            date_format="%Y-%m-%d",
            keep_default_na=False,
            na_values=[""],
        )
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")))), frame


def written(value, kind: str) -> str:
    """A value pandas read, written back as the export writes it: what the cell must have been."""
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == DATE:
        return value.strftime("%Y-%m-%d")
    if kind == "Float64":
        return repr(float(value)).removesuffix(".0")  # decimals are exported with no trailing zeros
    return str(value)


@pytest.mark.parametrize("name", list(RESOURCES))
def test_pandas_reads_every_cell_as_exported(demo, name):
    resource = RESOURCES[name]
    rows, frame = read(resource)
    assert rows, f"no {name} to read"
    types = dtypes(resource)
    assert list(frame.columns) == list(types)
    wrong = []
    for column, kind in types.items():
        shown = {"Int64": "Int64", "Float64": "Float64", "boolean": "boolean", "string": "string"}.get(kind)
        if shown is not None:
            assert str(frame[column].dtype) == shown, column
        else:
            assert pd.api.types.is_datetime64_any_dtype(frame[column]), column
        for i, row in enumerate(rows):
            value = frame[column].iloc[i]
            back = written(None if pd.isna(value) else value, kind)
            cell = row[column].removesuffix(".0") if kind == "Float64" else row[column]  # SQLite writes 5.0
            if back != cell:
                wrong.append(f"{column} row {i + 1}: {row[column]!r} read as {value!r}")
    assert wrong[:10] == []


def test_versions_stay_text(demo):
    """The case the guess gets wrong: RHEL "5" and "1.0" are versions, not numbers."""
    types = dtypes(RESOURCES["deployments"])
    assert types["hypervisor_version"] == types["host_os_version"] == "string"
    assert types["host_count"] == types["vm_count"] == "Int64"


def test_no_number_column_can_hold_a_negative_number():
    """So no number cell ever begins with `-` and carries the spreadsheet guard: each is a positive field, has a
    lower bound of 0 or more, or is computed (a survey weight), never typed."""
    from django.core.validators import MinValueValidator
    from django.db import models

    signed = []
    for resource in RESOURCES.values():
        for column, kind in dtypes(resource).items():
            if kind not in ("Int64", "Float64") or column == "id":
                continue
            names = {resource.column_name(name): name for name in resource.columns}
            field = resource.model._meta.get_field(names.get(column, column))
            bounded = any(isinstance(v, MinValueValidator) and v.limit_value >= 0 for v in field.validators)
            positive = isinstance(field, models.PositiveIntegerField | models.PositiveSmallIntegerField)
            if not (bounded or positive or not field.editable):
                signed.append(f"{resource.name}.{column}")
    assert signed == []
