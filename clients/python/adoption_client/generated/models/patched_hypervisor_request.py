from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.architecture_enum import ArchitectureEnum
from ..models.licence_enum import LicenceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedHypervisorRequest")


@_attrs_define
class PatchedHypervisorRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        slug (str | Unset): Short name used in URLs, filters and CSV.
        name (str | Unset):
        vendor (int | None | str | Unset): The company behind it; for an open-source project, its main sponsor.
        architecture (ArchitectureEnum | Unset): * `bare-metal` - Bare-metal (type 1)
            * `hosted` - Hosted (type 2)
        techniques (list[int | str] | Unset): How it virtualises the CPU.
        licence (LicenceEnum | Unset): * `open-source` - Open source
            * `proprietary` - Proprietary
        website (str | Unset):
        description (str | Unset):
    """

    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    vendor: int | None | str | Unset = UNSET
    architecture: ArchitectureEnum | Unset = UNSET
    techniques: list[int | str] | Unset = UNSET
    licence: LicenceEnum | Unset = UNSET
    website: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        vendor: int | None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        architecture: str | Unset = UNSET
        if not isinstance(self.architecture, Unset):
            architecture = self.architecture.value

        techniques: list[int | str] | Unset = UNSET
        if not isinstance(self.techniques, Unset):
            techniques = []
            for techniques_item_data in self.techniques:
                techniques_item: int | str
                techniques_item = techniques_item_data
                techniques.append(techniques_item)

        licence: str | Unset = UNSET
        if not isinstance(self.licence, Unset):
            licence = self.licence.value

        website: str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if techniques is not UNSET:
            field_dict["techniques"] = techniques
        if licence is not UNSET:
            field_dict["licence"] = licence
        if website is not UNSET:
            field_dict["website"] = website
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        def _parse_vendor(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        _architecture = d.pop("architecture", UNSET)
        architecture: ArchitectureEnum | Unset
        if isinstance(_architecture, Unset):
            architecture = UNSET
        else:
            architecture = ArchitectureEnum(_architecture)

        _techniques = d.pop("techniques", UNSET)
        techniques: list[int | str] | Unset = UNSET
        if _techniques is not UNSET:
            techniques = []
            for techniques_item_data in _techniques:

                def _parse_techniques_item(data: object) -> int | str:
                    return cast(int | str, data)

                techniques_item = _parse_techniques_item(techniques_item_data)

                techniques.append(techniques_item)

        _licence = d.pop("licence", UNSET)
        licence: LicenceEnum | Unset
        if isinstance(_licence, Unset):
            licence = UNSET
        else:
            licence = LicenceEnum(_licence)

        def _parse_website(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        description = d.pop("description", UNSET)

        patched_hypervisor_request = cls(
            slug=slug,
            name=name,
            vendor=vendor,
            architecture=architecture,
            techniques=techniques,
            licence=licence,
            website=website,
            description=description,
        )

        return patched_hypervisor_request
