from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_enum import ActionEnum

if TYPE_CHECKING:
    from ..models.row_change import RowChange


T = TypeVar("T", bound="Change")


@_attrs_define
class Change:
    """
    Attributes:
        at (datetime.datetime):
        by (str): The account, or the name a command was given (its system login by default).
        via (str): "admin", "api", or the command: "manage.py import_csv", ...
        reason (str):
        action (ActionEnum): * `created` - created
            * `changed` - changed
            * `deleted` - deleted
            * `restored` - restored
        rows (list[RowChange]): The record first, then its nested rows.
    """

    at: datetime.datetime
    by: str
    via: str
    reason: str
    action: ActionEnum
    rows: list[RowChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        by = self.by

        via = self.via

        reason = self.reason

        action = self.action.value

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "by": by,
                "via": via,
                "reason": reason,
                "action": action,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.row_change import RowChange

        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        by = d.pop("by")

        via = d.pop("via")

        reason = d.pop("reason")

        action = ActionEnum(d.pop("action"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = RowChange.from_dict(rows_item_data)

            rows.append(rows_item)

        change = cls(
            at=at,
            by=by,
            via=via,
            reason=reason,
            action=action,
            rows=rows,
        )

        change.additional_properties = d
        return change

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
