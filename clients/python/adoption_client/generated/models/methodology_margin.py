from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dimension_enum import DimensionEnum

T = TypeVar("T", bound="MethodologyMargin")


@_attrs_define
class MethodologyMargin:
    """
    Attributes:
        dimension (DimensionEnum): * `size_band` - Size band
            * `industry` - Industry
            * `country` - Country
            * `stage` - Virtualization stage
        dimension_label (str):
        value (str):
        share (str):
    """

    dimension: DimensionEnum
    dimension_label: str
    value: str
    share: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension.value

        dimension_label = self.dimension_label

        value = self.value

        share = self.share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
                "dimension_label": dimension_label,
                "value": value,
                "share": share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dimension = DimensionEnum(d.pop("dimension"))

        dimension_label = d.pop("dimension_label")

        value = d.pop("value")

        share = d.pop("share")

        methodology_margin = cls(
            dimension=dimension,
            dimension_label=dimension_label,
            value=value,
            share=share,
        )

        methodology_margin.additional_properties = d
        return methodology_margin

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
