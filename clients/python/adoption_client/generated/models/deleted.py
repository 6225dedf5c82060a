from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Deleted")


@_attrs_define
class Deleted:
    """
    Attributes:
        id (int):
        key (str): Its slug or reference when it was deleted.
        deleted_at (datetime.datetime):
        deleted_by (str):
        via (str):
    """

    id: int
    key: str
    deleted_at: datetime.datetime
    deleted_by: str
    via: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        deleted_at = self.deleted_at.isoformat()

        deleted_by = self.deleted_by

        via = self.via

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "deleted_at": deleted_at,
                "deleted_by": deleted_by,
                "via": via,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key")

        deleted_at = datetime.datetime.fromisoformat(d.pop("deleted_at"))

        deleted_by = d.pop("deleted_by")

        via = d.pop("via")

        deleted = cls(
            id=id,
            key=key,
            deleted_at=deleted_at,
            deleted_by=deleted_by,
            via=via,
        )

        deleted.additional_properties = d
        return deleted

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
