from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MethodologyResponses")


@_attrs_define
class MethodologyResponses:
    """
    Attributes:
        received (int): The survey's responses.
        used (int): The responses its figures use: the weighted ones if weighted, else all.
        weighted (bool):
    """

    received: int
    used: int
    weighted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received = self.received

        used = self.used

        weighted = self.weighted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "received": received,
                "used": used,
                "weighted": weighted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        received = d.pop("received")

        used = d.pop("used")

        weighted = d.pop("weighted")

        methodology_responses = cls(
            received=received,
            used=used,
            weighted=weighted,
        )

        methodology_responses.additional_properties = d
        return methodology_responses

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
