from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.dimension_enum import DimensionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PopulationMarginRequest")


@_attrs_define
class PopulationMarginRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            dimension (DimensionEnum): * `size_band` - Size band
                * `industry` - Industry
                * `country` - Country
                * `stage` - Virtualization stage
            value (str): A size band, a stage, a country code or an industry's slug, as responses store it.
            share (str): The population's share with this value, from 0 to 1; a dimension's shares add up to 1.
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
    """

    dimension: DimensionEnum
    value: str
    share: str
    id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension.value

        value = self.value

        share = self.share

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dimension": dimension,
                "value": value,
                "share": share,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dimension = DimensionEnum(d.pop("dimension"))

        value = d.pop("value")

        share = d.pop("share")

        id = d.pop("id", UNSET)

        population_margin_request = cls(
            dimension=dimension,
            value=value,
            share=share,
            id=id,
        )

        return population_margin_request
