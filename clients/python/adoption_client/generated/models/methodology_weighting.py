from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.methodology_margin import MethodologyMargin
    from ..models.methodology_run import MethodologyRun


T = TypeVar("T", bound="MethodologyWeighting")


@_attrs_define
class MethodologyWeighting:
    """
    Attributes:
        weighted (bool):
        note (str):
        cap (str): The survey's weight cap.
        margins (list[MethodologyMargin]): The population margins the survey declares.
        run (MethodologyRun | None): The latest weighting run; null when not weighted.
    """

    weighted: bool
    note: str
    cap: str
    margins: list[MethodologyMargin]
    run: MethodologyRun | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.methodology_run import MethodologyRun

        weighted = self.weighted

        note = self.note

        cap = self.cap

        margins = []
        for margins_item_data in self.margins:
            margins_item = margins_item_data.to_dict()
            margins.append(margins_item)

        run: dict[str, Any] | None
        if isinstance(self.run, MethodologyRun):
            run = self.run.to_dict()
        else:
            run = self.run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weighted": weighted,
                "note": note,
                "cap": cap,
                "margins": margins,
                "run": run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.methodology_margin import MethodologyMargin
        from ..models.methodology_run import MethodologyRun

        d = dict(src_dict)
        weighted = d.pop("weighted")

        note = d.pop("note")

        cap = d.pop("cap")

        margins = []
        _margins = d.pop("margins")
        for margins_item_data in _margins:
            margins_item = MethodologyMargin.from_dict(margins_item_data)

            margins.append(margins_item)

        def _parse_run(data: object) -> MethodologyRun | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_type_1 = MethodologyRun.from_dict(data)

                return run_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethodologyRun | None, data)

        run = _parse_run(d.pop("run"))

        methodology_weighting = cls(
            weighted=weighted,
            note=note,
            cap=cap,
            margins=margins,
            run=run,
        )

        methodology_weighting.additional_properties = d
        return methodology_weighting

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
