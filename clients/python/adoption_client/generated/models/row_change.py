from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_enum import ActionEnum

if TYPE_CHECKING:
    from ..models.field_change import FieldChange


T = TypeVar("T", bound="RowChange")


@_attrs_define
class RowChange:
    """
    Attributes:
        record (str): "deployment", or a nested row: "guest", "citation", ...
        id (int):
        action (ActionEnum): * `created` - created
            * `changed` - changed
            * `deleted` - deleted
            * `restored` - restored
        fields (list[FieldChange]):
    """

    record: str
    id: int
    action: ActionEnum
    fields: list[FieldChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = self.record

        id = self.id

        action = self.action.value

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
                "id": id,
                "action": action,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_change import FieldChange

        d = dict(src_dict)
        record = d.pop("record")

        id = d.pop("id")

        action = ActionEnum(d.pop("action"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = FieldChange.from_dict(fields_item_data)

            fields.append(fields_item)

        row_change = cls(
            record=record,
            id=id,
            action=action,
            fields=fields,
        )

        row_change.additional_properties = d
        return row_change

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
