from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brief_operating_system import BriefOperatingSystem
    from ..models.operating_system_full import OperatingSystemFull


T = TypeVar("T", bound="PaginatedOperatingSystemList")


@_attrs_define
class PaginatedOperatingSystemList:
    """
    Attributes:
        count (int): Rows in the whole list: exact up to 1,000 or with count=exact, else the database's estimate
            (PostgreSQL), as count_estimated says. Example: 123.
        count_estimated (bool): True when count is an estimate.
        next_ (None | str):  Example: http://api.example.org/accounts/?offset=400&limit=100.
        previous (None | str):  Example: http://api.example.org/accounts/?offset=200&limit=100.
        results (list[BriefOperatingSystem | OperatingSystemFull]):
    """

    count: int
    count_estimated: bool
    next_: None | str
    previous: None | str
    results: list[BriefOperatingSystem | OperatingSystemFull]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.operating_system_full import OperatingSystemFull

        count = self.count

        count_estimated = self.count_estimated

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, OperatingSystemFull):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "count_estimated": count_estimated,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_operating_system import BriefOperatingSystem
        from ..models.operating_system_full import OperatingSystemFull

        d = dict(src_dict)
        count = d.pop("count")

        count_estimated = d.pop("count_estimated")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:

            def _parse_results_item(data: object) -> BriefOperatingSystem | OperatingSystemFull:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_operating_system_type_0 = OperatingSystemFull.from_dict(data)

                    return componentsschemas_operating_system_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_operating_system_type_1 = BriefOperatingSystem.from_dict(data)

                return componentsschemas_operating_system_type_1

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        paginated_operating_system_list = cls(
            count=count,
            count_estimated=count_estimated,
            next_=next_,
            previous=previous,
            results=results,
        )

        paginated_operating_system_list.additional_properties = d
        return paginated_operating_system_list

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
