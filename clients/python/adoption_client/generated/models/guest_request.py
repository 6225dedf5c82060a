from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mode_enum import ModeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuestRequest")


@_attrs_define
class GuestRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            operating_system (int | str):
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            version (str | Unset): As reported, e.g. "2003".
            mode (ModeEnum | Unset): * `paravirtualized` - Paravirtualized
                * `hardware-assisted` - Hardware-assisted
                * `unknown` - Unknown
            vm_count (int | None | Unset): Virtual machines running this guest, if reported.
    """

    operating_system: int | str
    id: int | Unset = UNSET
    version: str | Unset = UNSET
    mode: ModeEnum | Unset = UNSET
    vm_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        operating_system: int | str
        operating_system = self.operating_system

        id = self.id

        version = self.version

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        vm_count: int | None | Unset
        if isinstance(self.vm_count, Unset):
            vm_count = UNSET
        else:
            vm_count = self.vm_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "operating_system": operating_system,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if mode is not UNSET:
            field_dict["mode"] = mode
        if vm_count is not UNSET:
            field_dict["vm_count"] = vm_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_operating_system(data: object) -> int | str:
            return cast(int | str, data)

        operating_system = _parse_operating_system(d.pop("operating_system"))

        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ModeEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ModeEnum(_mode)

        def _parse_vm_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vm_count = _parse_vm_count(d.pop("vm_count", UNSET))

        guest_request = cls(
            operating_system=operating_system,
            id=id,
            version=version,
            mode=mode,
            vm_count=vm_count,
        )

        return guest_request
