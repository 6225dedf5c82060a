from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_by_enum import GroupByEnum
from ..models.records_enum import RecordsEnum
from ..models.synthetic_enum import SyntheticEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_cells_item import ReportCellsItem
    from ..models.report_total import ReportTotal
    from ..models.used_value import UsedValue


T = TypeVar("T", bound="Report")


@_attrs_define
class Report:
    """
    Attributes:
        group_by (list[GroupByEnum]):
        records (list[RecordsEnum]):
        synthetic (SyntheticEnum): * `excluded` - excluded
            * `only` - only
            * `included` - included
        min_count (int): Response counts below this are withheld from most users.
        suppressed (int): How many cells were withheld.
        total (ReportTotal):
        cells (list[ReportCellsItem]): Per cell: each dimension's key and `<dimension>_label`, a count per kind of
            record, `n` (their sum), `of` (the records the share is taken of), `share` and `suppressed`; survey responses
            counted alone: `ci_low` and `ci_high`, and as asked `effective_of`, `difference`, `p_value` and `significant`;
            with `value`, `value_total` (the sum of the cell's events' values, each event once) and `value_events`.
        value (str | Unset): With `value`: the metric whose figures were added up.
        value_unit (None | str | Unset): With `value`: the unit of every figure used (none if none was).
        value_currency (str | Unset): With `value`: their currency, for money.
        value_rule (str | Unset): With `value`: how each event's figure was chosen: Per event, the figure used is the
            first of: sourced before unsourced, press releases before other sources, the latest as-of date, the most
            recently published source, exact before qualified, the lowest id; a range counts as its midpoint.
        value_total (str | Unset): With `value`: the sum over every event counted.
        value_events (int | Unset): With `value`: how many events had a figure.
        values_used (list[UsedValue] | Unset): With `value`: per event that had one, the figure used.
    """

    group_by: list[GroupByEnum]
    records: list[RecordsEnum]
    synthetic: SyntheticEnum
    min_count: int
    suppressed: int
    total: ReportTotal
    cells: list[ReportCellsItem]
    value: str | Unset = UNSET
    value_unit: None | str | Unset = UNSET
    value_currency: str | Unset = UNSET
    value_rule: str | Unset = UNSET
    value_total: str | Unset = UNSET
    value_events: int | Unset = UNSET
    values_used: list[UsedValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_by = []
        for group_by_item_data in self.group_by:
            group_by_item = group_by_item_data.value
            group_by.append(group_by_item)

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.value
            records.append(records_item)

        synthetic = self.synthetic.value

        min_count = self.min_count

        suppressed = self.suppressed

        total = self.total.to_dict()

        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        value = self.value

        value_unit: None | str | Unset
        if isinstance(self.value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = self.value_unit

        value_currency = self.value_currency

        value_rule = self.value_rule

        value_total = self.value_total

        value_events = self.value_events

        values_used: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values_used, Unset):
            values_used = []
            for values_used_item_data in self.values_used:
                values_used_item = values_used_item_data.to_dict()
                values_used.append(values_used_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_by": group_by,
                "records": records,
                "synthetic": synthetic,
                "min_count": min_count,
                "suppressed": suppressed,
                "total": total,
                "cells": cells,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if value_currency is not UNSET:
            field_dict["value_currency"] = value_currency
        if value_rule is not UNSET:
            field_dict["value_rule"] = value_rule
        if value_total is not UNSET:
            field_dict["value_total"] = value_total
        if value_events is not UNSET:
            field_dict["value_events"] = value_events
        if values_used is not UNSET:
            field_dict["values_used"] = values_used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_cells_item import ReportCellsItem
        from ..models.report_total import ReportTotal
        from ..models.used_value import UsedValue

        d = dict(src_dict)
        group_by = []
        _group_by = d.pop("group_by")
        for group_by_item_data in _group_by:
            group_by_item = GroupByEnum(group_by_item_data)

            group_by.append(group_by_item)

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = RecordsEnum(records_item_data)

            records.append(records_item)

        synthetic = SyntheticEnum(d.pop("synthetic"))

        min_count = d.pop("min_count")

        suppressed = d.pop("suppressed")

        total = ReportTotal.from_dict(d.pop("total"))

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = ReportCellsItem.from_dict(cells_item_data)

            cells.append(cells_item)

        value = d.pop("value", UNSET)

        def _parse_value_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_unit = _parse_value_unit(d.pop("value_unit", UNSET))

        value_currency = d.pop("value_currency", UNSET)

        value_rule = d.pop("value_rule", UNSET)

        value_total = d.pop("value_total", UNSET)

        value_events = d.pop("value_events", UNSET)

        _values_used = d.pop("values_used", UNSET)
        values_used: list[UsedValue] | Unset = UNSET
        if _values_used is not UNSET:
            values_used = []
            for values_used_item_data in _values_used:
                values_used_item = UsedValue.from_dict(values_used_item_data)

                values_used.append(values_used_item)

        report = cls(
            group_by=group_by,
            records=records,
            synthetic=synthetic,
            min_count=min_count,
            suppressed=suppressed,
            total=total,
            cells=cells,
            value=value,
            value_unit=value_unit,
            value_currency=value_currency,
            value_rule=value_rule,
            value_total=value_total,
            value_events=value_events,
            values_used=values_used,
        )

        report.additional_properties = d
        return report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
