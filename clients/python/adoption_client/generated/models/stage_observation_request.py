from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.precision_enum import PrecisionEnum
from ..models.stage_enum import StageEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="StageObservationRequest")


@_attrs_define
class StageObservationRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            stage (StageEnum): * `considering` - Considering
                * `evaluating` - Evaluating
                * `pilot` - Pilot
                * `production` - Production
                * `retired` - Retired
            held_from (datetime.date): From when the source says the deployment was at this stage; with a coarser precision,
                any day in the period (stored as its first day).
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            held_from_precision (PrecisionEnum | Unset): * `day` - Day
                * `week` - Week
                * `month` - Month
                * `quarter` - Quarter
                * `year` - Year
            source (int | None | str | Unset): The source that reports the deployment at this stage.
            locator (str | Unset): Where in the source: "p. 3", "paragraph 12", "slide 7".
            note (str | Unset): What the source says, in our own words.
    """

    stage: StageEnum
    held_from: datetime.date
    id: int | Unset = UNSET
    held_from_precision: PrecisionEnum | Unset = UNSET
    source: int | None | str | Unset = UNSET
    locator: str | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage.value

        held_from = self.held_from.isoformat()

        id = self.id

        held_from_precision: str | Unset = UNSET
        if not isinstance(self.held_from_precision, Unset):
            held_from_precision = self.held_from_precision.value

        source: int | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        locator = self.locator

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stage": stage,
                "held_from": held_from,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if held_from_precision is not UNSET:
            field_dict["held_from_precision"] = held_from_precision
        if source is not UNSET:
            field_dict["source"] = source
        if locator is not UNSET:
            field_dict["locator"] = locator
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stage = StageEnum(d.pop("stage"))

        held_from = datetime.date.fromisoformat(d.pop("held_from"))

        id = d.pop("id", UNSET)

        _held_from_precision = d.pop("held_from_precision", UNSET)
        held_from_precision: PrecisionEnum | Unset
        if isinstance(_held_from_precision, Unset):
            held_from_precision = UNSET
        else:
            held_from_precision = PrecisionEnum(_held_from_precision)

        def _parse_source(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        locator = d.pop("locator", UNSET)

        note = d.pop("note", UNSET)

        stage_observation_request = cls(
            stage=stage,
            held_from=held_from,
            id=id,
            held_from_precision=held_from_precision,
            source=source,
            locator=locator,
            note=note,
        )

        return stage_observation_request
