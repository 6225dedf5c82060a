from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsedValue")


@_attrs_define
class UsedValue:
    """
    Attributes:
        event (str): The event's slug.
        figure (int): The id of the figure used (one of the event's `figures`).
        amount (str):
        amount_to (None | str):
        qualifier (str):
        unit (str):
        currency (str):
        source (None | str): The slug of the source that gives it, if any.
        counted (str): What it adds to the sums: the amount, or a range's midpoint.
    """

    event: str
    figure: int
    amount: str
    amount_to: None | str
    qualifier: str
    unit: str
    currency: str
    source: None | str
    counted: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        figure = self.figure

        amount = self.amount

        amount_to: None | str
        amount_to = self.amount_to

        qualifier = self.qualifier

        unit = self.unit

        currency = self.currency

        source: None | str
        source = self.source

        counted = self.counted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "figure": figure,
                "amount": amount,
                "amount_to": amount_to,
                "qualifier": qualifier,
                "unit": unit,
                "currency": currency,
                "source": source,
                "counted": counted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = d.pop("event")

        figure = d.pop("figure")

        amount = d.pop("amount")

        def _parse_amount_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount_to = _parse_amount_to(d.pop("amount_to"))

        qualifier = d.pop("qualifier")

        unit = d.pop("unit")

        currency = d.pop("currency")

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        counted = d.pop("counted")

        used_value = cls(
            event=event,
            figure=figure,
            amount=amount,
            amount_to=amount_to,
            qualifier=qualifier,
            unit=unit,
            currency=currency,
            source=source,
            counted=counted,
        )

        used_value.additional_properties = d
        return used_value

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
