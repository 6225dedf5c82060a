from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MethodologyRun")


@_attrs_define
class MethodologyRun:
    """
    Attributes:
        created (datetime.datetime):
        method (str):
        dimensions (list[str]): The dimensions raked to.
        converged (bool):
        iterations (int):
        max_gap (float): The largest gap left between a weighted share and its margin.
        cap (str): No weight above cap x the mean.
        received (int):
        weighted (int):
        trimmed (int): The weights cut to the cap.
        design_effect (float): Kish's design effect: 1 + CV squared of the weights.
        effective_size (float): n / design effect.
    """

    created: datetime.datetime
    method: str
    dimensions: list[str]
    converged: bool
    iterations: int
    max_gap: float
    cap: str
    received: int
    weighted: int
    trimmed: int
    design_effect: float
    effective_size: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        method = self.method

        dimensions = self.dimensions

        converged = self.converged

        iterations = self.iterations

        max_gap = self.max_gap

        cap = self.cap

        received = self.received

        weighted = self.weighted

        trimmed = self.trimmed

        design_effect = self.design_effect

        effective_size = self.effective_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "method": method,
                "dimensions": dimensions,
                "converged": converged,
                "iterations": iterations,
                "max_gap": max_gap,
                "cap": cap,
                "received": received,
                "weighted": weighted,
                "trimmed": trimmed,
                "design_effect": design_effect,
                "effective_size": effective_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        method = d.pop("method")

        dimensions = cast(list[str], d.pop("dimensions"))

        converged = d.pop("converged")

        iterations = d.pop("iterations")

        max_gap = d.pop("max_gap")

        cap = d.pop("cap")

        received = d.pop("received")

        weighted = d.pop("weighted")

        trimmed = d.pop("trimmed")

        design_effect = d.pop("design_effect")

        effective_size = d.pop("effective_size")

        methodology_run = cls(
            created=created,
            method=method,
            dimensions=dimensions,
            converged=converged,
            iterations=iterations,
            max_gap=max_gap,
            cap=cap,
            received=received,
            weighted=weighted,
            trimmed=trimmed,
            design_effect=design_effect,
            effective_size=effective_size,
        )

        methodology_run.additional_properties = d
        return methodology_run

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
