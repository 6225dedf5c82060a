from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MethodologyErrorRow")


@_attrs_define
class MethodologyErrorRow:
    """
    Attributes:
        base (int):
        this_survey (bool): Whether the base is the survey's own responses used.
        unweighted (float): The margin of error (half the interval's width) at this base.
        weighted (float | None): At the effective base, base / design effect; null when not weighted.
    """

    base: int
    this_survey: bool
    unweighted: float
    weighted: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        this_survey = self.this_survey

        unweighted = self.unweighted

        weighted: float | None
        weighted = self.weighted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "this_survey": this_survey,
                "unweighted": unweighted,
                "weighted": weighted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base")

        this_survey = d.pop("this_survey")

        unweighted = d.pop("unweighted")

        def _parse_weighted(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weighted = _parse_weighted(d.pop("weighted"))

        methodology_error_row = cls(
            base=base,
            this_survey=this_survey,
            unweighted=unweighted,
            weighted=weighted,
        )

        methodology_error_row.additional_properties = d
        return methodology_error_row

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
