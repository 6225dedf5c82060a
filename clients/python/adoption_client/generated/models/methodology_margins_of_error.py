from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.methodology_error_row import MethodologyErrorRow


T = TypeVar("T", bound="MethodologyMarginsOfError")


@_attrs_define
class MethodologyMarginsOfError:
    """
    Attributes:
        level (str): The confidence level.
        method (str):
        share (float): The share the margins are for: 0.5, the widest.
        design_effect (float | None):
        rows (list[MethodologyErrorRow]):
    """

    level: str
    method: str
    share: float
    design_effect: float | None
    rows: list[MethodologyErrorRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        method = self.method

        share = self.share

        design_effect: float | None
        design_effect = self.design_effect

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "method": method,
                "share": share,
                "design_effect": design_effect,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.methodology_error_row import MethodologyErrorRow

        d = dict(src_dict)
        level = d.pop("level")

        method = d.pop("method")

        share = d.pop("share")

        def _parse_design_effect(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        design_effect = _parse_design_effect(d.pop("design_effect"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = MethodologyErrorRow.from_dict(rows_item_data)

            rows.append(rows_item)

        methodology_margins_of_error = cls(
            level=level,
            method=method,
            share=share,
            design_effect=design_effect,
            rows=rows,
        )

        methodology_margins_of_error.additional_properties = d
        return methodology_margins_of_error

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
