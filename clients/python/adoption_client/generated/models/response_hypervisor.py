from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage_enum import StageEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brief_hypervisor import BriefHypervisor


T = TypeVar("T", bound="ResponseHypervisor")


@_attrs_define
class ResponseHypervisor:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            hypervisor (BriefHypervisor):
            stage (StageEnum): * `considering` - Considering
                * `evaluating` - Evaluating
                * `pilot` - Pilot
                * `production` - Production
                * `retired` - Retired
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
    """

    hypervisor: BriefHypervisor
    stage: StageEnum
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hypervisor = self.hypervisor.to_dict()

        stage = self.stage.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.brief_hypervisor import BriefHypervisor

        d = dict(src_dict)
        hypervisor = BriefHypervisor.from_dict(d.pop("hypervisor"))

        stage = StageEnum(d.pop("stage"))

        id = d.pop("id", UNSET)

        response_hypervisor = cls(
            hypervisor=hypervisor,
            stage=stage,
            id=id,
        )

        response_hypervisor.additional_properties = d
        return response_hypervisor

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
