"""What every report shares: its parameters, its errors, the records it counts, its answer and its CSV.

Two counters stand on it: selectors.reports (case studies and survey responses) and
selectors.event_reports (market events). `/api/reports/adoption/` is one endpoint for
both, so they read their parameters, filter their records and answer in one way; this
module is where that way is written once (and where neither imports the other).
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.db.models import QuerySet

from ..csv_codec import encode_cell
from ..filters import BaseFilterSet, filterset_for
from ..models.base import is_restated

# Query parameters of the report itself; every other one is a filter.
REPORT_PARAMETERS = (
    "group_by",
    "records",
    "format",
    "synthetic",
    "value",
    "value_currency",
    "known_on",
    "period",
    "reached",
    "layout",
    "confidence",
    "weighted",
    "versus",
)
# `synthetic` value -> what the report counts of demo data, and how that reads.
DEMO_DATA = {"false": "excluded", "true": "only", "include": "included"}
DEMO_DATA_HELP = (
    "Demo data: false (the default) counts real records only, true demo data only, include real and demo data."
)
MAX_DIMENSIONS = 2


@dataclass(frozen=True)
class Kind:
    """A kind of record a report counts."""

    name: str
    title: str
    model: type[models.Model]

    @property
    def filterset(self) -> type[BaseFilterSet]:
        """The filters of the kind's API list."""
        filterset = filterset_for(self.model)
        if filterset is None:
            raise ValueError(f"{self.model.__name__} has no API list to take its filters from")
        return filterset


class ReportError(Exception):
    """Bad report parameters: `errors` maps each parameter to what is wrong with it."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


@dataclass
class Values:
    """What a report adds up besides counting: one metric's figures, one per event (selectors.figures)."""

    metric: str  # the metric's slug
    rule: str  # the rule that chose each event's figure, in one sentence
    unit: str | None  # the unit of every figure used (None when none was)
    currency: str  # their currency, for money; "" otherwise
    total: Decimal  # the sum over every event counted, each once
    events: int  # how many of them had a figure
    used: list[dict] = field(default_factory=list)  # per event, the figure used

    def as_dict(self) -> dict:
        return {
            "value": self.metric,
            "value_unit": self.unit,
            "value_currency": self.currency,
            "value_rule": self.rule,
            "value_total": amount_text(self.total),
            "value_events": self.events,
            "values_used": self.used,
        }


@dataclass
class Report:
    group_by: tuple[str, ...]
    records: tuple[str, ...]
    min_count: int
    total: dict
    cells: list[dict]
    synthetic: str = "excluded"  # DEMO_DATA's values: whether demo data is counted
    values: Values | None = None  # with `value=<metric>` (events only): the values added up
    # What else the answer states about itself (as_of, known_on; a trend's period and stage).
    stated: dict = field(default_factory=dict)
    trend: bool = False  # cells per period, each with its `change` from the period before
    statistics: tuple[str, ...] = ()  # a survey report's columns of intervals and tests (selectors.survey_stats)

    @property
    def columns(self) -> list[str]:
        names = [name for dimension in self.group_by for name in (dimension, f"{dimension}_label")]
        value_columns = ["value_total", "value_events"] if self.values else []
        change = ["change"] if self.trend else []
        return [*names, *self.records, "n", "of", "share", *change, *self.statistics, "suppressed", *value_columns]

    def as_dict(self) -> dict:
        return {
            "group_by": list(self.group_by),
            "records": list(self.records),
            "synthetic": self.synthetic,
            **self.stated,
            "min_count": self.min_count,
            "suppressed": sum(cell["suppressed"] for cell in self.cells),
            "total": self.total,
            **(self.values.as_dict() if self.values else {}),
            "cells": self.cells,
        }

    def as_csv(self, layout: str = "long") -> str:
        """One row per cell; `wide` (two dimensions): one row per first-dimension value, a column of `n` per
        second-dimension value, as a spreadsheet charts a table (a trend: periods down, hypervisors across)."""
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        if layout == "wide" and len(self.group_by) == 2:
            first, second = self.group_by
            across = list(dict.fromkeys(cell[f"{second}_label"] for cell in self.cells))
            rows: dict[str, dict] = {}
            for cell in self.cells:
                rows.setdefault(cell[f"{first}_label"], {})[cell[f"{second}_label"]] = cell["n"]
            writer.writerow([csv_value(name) for name in (first, *across)])
            for label, values in rows.items():
                writer.writerow([csv_value(label), *(csv_value(values.get(name, 0)) for name in across)])
            return text.getvalue()
        writer.writerow(self.columns)
        for cell in self.cells:
            writer.writerow([csv_value(cell[column]) for column in self.columns])
        return text.getvalue()

    def filename(self) -> str:
        demo = {"excluded": "", "only": "-demo-data-only", "included": "-with-demo-data"}[self.synthetic]
        what = "market-event-report" if self.records == ("events",) else "adoption-report"
        return f"{what}-by-{'-and-'.join(self.group_by)}{demo}.csv"


def cell_key(value):
    """A dimension's value as a cell's key: a blank text field (a response with no size band) is no value, null."""
    return None if value == "" else value


def amount_text(value: Decimal) -> str:
    """An amount as the API writes a figure's: a string with four decimal places, never a float."""
    return f"{value:.4f}"


def csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return encode_cell(str(value))


def names(params, name: str) -> list[str]:
    """A parameter given repeated or comma-separated, in order, without repeats."""
    found = []
    for value in params.getlist(name):
        for item in value.split(","):
            item = item.strip()
            if item and item not in found:
                found.append(item)
    return found


def demo_data(params) -> str:
    values = params.getlist("synthetic")
    if not values:
        return "excluded"
    if len(values) > 1 or values[0].lower() not in DEMO_DATA:
        raise ReportError({"synthetic": [DEMO_DATA_HELP]})
    return DEMO_DATA[values[0].lower()]


def filtered(kind: Kind, params, filters, request, demo: str, records: QuerySet | None = None) -> QuerySet:
    """The records of `kind` the report counts: demo data as asked, then the list's own filters.

    `records` are the rows to start from when not the table as it is (history rows as they
    stood at a moment); the filters' annotations (a stage as of a date) are kept."""
    everything = kind.model._default_manager.all() if records is None else records
    if demo != "included":
        everything = everything.filter(synthetic=demo == "only")
    if not filters:
        return everything
    data = params.copy()
    for name in REPORT_PARAMETERS:
        data.pop(name, None)
    filterset = kind.filterset(data, queryset=everything, request=request)
    if not filterset.is_valid():
        raise ReportError({name: list(messages) for name, messages in filterset.errors.items()})
    # Whole records: a filter's joins must not narrow the values a record is grouped by.
    chosen = filterset.qs
    kept = {name: chosen.query.annotations[name] for name in everything.query.annotations}
    kept.update({name: value for name, value in chosen.query.annotations.items() if is_restated(name)})
    return everything.model._default_manager.filter(pk__in=chosen.values("pk")).annotate(**kept)
