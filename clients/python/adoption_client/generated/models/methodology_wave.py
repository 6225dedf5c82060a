from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MethodologyWave")


@_attrs_define
class MethodologyWave:
    """
    Attributes:
        slug (str):
        title (str):
        fielded_from (datetime.date):
        this (bool): Whether this wave is the survey the page is about.
    """

    slug: str
    title: str
    fielded_from: datetime.date
    this: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        fielded_from = self.fielded_from.isoformat()

        this = self.this

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "fielded_from": fielded_from,
                "this": this,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        fielded_from = datetime.date.fromisoformat(d.pop("fielded_from"))

        this = d.pop("this")

        methodology_wave = cls(
            slug=slug,
            title=title,
            fielded_from=fielded_from,
            this=this,
        )

        methodology_wave.additional_properties = d
        return methodology_wave

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
