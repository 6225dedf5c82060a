from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.stage_enum import StageEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseHypervisorRequest")


@_attrs_define
class ResponseHypervisorRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            hypervisor (int | str):
            stage (StageEnum): * `considering` - Considering
                * `evaluating` - Evaluating
                * `pilot` - Pilot
                * `production` - Production
                * `retired` - Retired
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
    """

    hypervisor: int | str
    stage: StageEnum
    id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hypervisor: int | str
        hypervisor = self.hypervisor

        stage = self.stage.value

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hypervisor": hypervisor,
                "stage": stage,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_hypervisor(data: object) -> int | str:
            return cast(int | str, data)

        hypervisor = _parse_hypervisor(d.pop("hypervisor"))

        stage = StageEnum(d.pop("stage"))

        id = d.pop("id", UNSET)

        response_hypervisor_request = cls(
            hypervisor=hypervisor,
            stage=stage,
            id=id,
        )

        return response_hypervisor_request
