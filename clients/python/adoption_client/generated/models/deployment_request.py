from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.blank_enum import BlankEnum
from ..models.precision_enum import PrecisionEnum
from ..models.stage_enum import StageEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_citation_request import DeploymentCitationRequest
    from ..models.guest_request import GuestRequest
    from ..models.stage_observation_request import StageObservationRequest


T = TypeVar("T", bound="DeploymentRequest")


@_attrs_define
class DeploymentRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        reference (str): Permanent, human-readable identifier such as casio-xen-sles-2007. It cannot be changed once
            saved and is never reused, even after a deletion.
        customer (int | str): Who runs it.
        hypervisor (int | str):
        reported_on (datetime.date): When the deployment was made public; with a coarser precision, any day in the
            period (stored as its first day).
        summary (str): What the source reports, in our own words (never copied sentences).
        product (int | None | str | Unset): The named product or edition, when the source gives one; its hypervisor must
            be this one.
        hypervisor_version (str | Unset): As reported, e.g. "3.0".
        host_os (int | None | str | Unset): The operating system the hypervisor ships in or runs under (for Xen, the
            distribution of its control domain). Empty for a stand-alone bare-metal hypervisor such as VMware ESX Server.
        host_os_version (str | Unset): As reported, e.g. "5" for RHEL 5.
        guests (list[GuestRequest] | Unset):
        stage (BlankEnum | StageEnum | Unset): How far along the customer is: the stage of its latest stage observation,
            derived from them.

            * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        stages (list[StageObservationRequest] | Unset): The stages the deployment was reported at, each from a date on a
            source's word; its stage is the latest of them.
        purposes (list[int | str] | Unset): Why the customer virtualises.
        supplier (int | None | str | Unset): The vendor or integrator behind the deployment, if the source names one.
        host_count (int | None | Unset): Physical hosts, if reported.
        vm_count (int | None | Unset): Virtual machines in all, if reported.
        reported_precision (PrecisionEnum | Unset): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        citations (list[DeploymentCitationRequest] | Unset):
    """

    reference: str
    customer: int | str
    hypervisor: int | str
    reported_on: datetime.date
    summary: str
    product: int | None | str | Unset = UNSET
    hypervisor_version: str | Unset = UNSET
    host_os: int | None | str | Unset = UNSET
    host_os_version: str | Unset = UNSET
    guests: list[GuestRequest] | Unset = UNSET
    stage: BlankEnum | StageEnum | Unset = UNSET
    stages: list[StageObservationRequest] | Unset = UNSET
    purposes: list[int | str] | Unset = UNSET
    supplier: int | None | str | Unset = UNSET
    host_count: int | None | Unset = UNSET
    vm_count: int | None | Unset = UNSET
    reported_precision: PrecisionEnum | Unset = UNSET
    citations: list[DeploymentCitationRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        customer: int | str
        customer = self.customer

        hypervisor: int | str
        hypervisor = self.hypervisor

        reported_on = self.reported_on.isoformat()

        summary = self.summary

        product: int | None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        hypervisor_version = self.hypervisor_version

        host_os: int | None | str | Unset
        if isinstance(self.host_os, Unset):
            host_os = UNSET
        else:
            host_os = self.host_os

        host_os_version = self.host_os_version

        guests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guests, Unset):
            guests = []
            for guests_item_data in self.guests:
                guests_item = guests_item_data.to_dict()
                guests.append(guests_item)

        stage: str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, StageEnum):
            stage = self.stage.value
        else:
            stage = self.stage.value

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        purposes: list[int | str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item: int | str
                purposes_item = purposes_item_data
                purposes.append(purposes_item)

        supplier: int | None | str | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier

        host_count: int | None | Unset
        if isinstance(self.host_count, Unset):
            host_count = UNSET
        else:
            host_count = self.host_count

        vm_count: int | None | Unset
        if isinstance(self.vm_count, Unset):
            vm_count = UNSET
        else:
            vm_count = self.vm_count

        reported_precision: str | Unset = UNSET
        if not isinstance(self.reported_precision, Unset):
            reported_precision = self.reported_precision.value

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "customer": customer,
                "hypervisor": hypervisor,
                "reported_on": reported_on,
                "summary": summary,
            }
        )
        if product is not UNSET:
            field_dict["product"] = product
        if hypervisor_version is not UNSET:
            field_dict["hypervisor_version"] = hypervisor_version
        if host_os is not UNSET:
            field_dict["host_os"] = host_os
        if host_os_version is not UNSET:
            field_dict["host_os_version"] = host_os_version
        if guests is not UNSET:
            field_dict["guests"] = guests
        if stage is not UNSET:
            field_dict["stage"] = stage
        if stages is not UNSET:
            field_dict["stages"] = stages
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if host_count is not UNSET:
            field_dict["host_count"] = host_count
        if vm_count is not UNSET:
            field_dict["vm_count"] = vm_count
        if reported_precision is not UNSET:
            field_dict["reported_precision"] = reported_precision
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_citation_request import DeploymentCitationRequest
        from ..models.guest_request import GuestRequest
        from ..models.stage_observation_request import StageObservationRequest

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_customer(data: object) -> int | str:
            return cast(int | str, data)

        customer = _parse_customer(d.pop("customer"))

        def _parse_hypervisor(data: object) -> int | str:
            return cast(int | str, data)

        hypervisor = _parse_hypervisor(d.pop("hypervisor"))

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        summary = d.pop("summary")

        def _parse_product(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        hypervisor_version = d.pop("hypervisor_version", UNSET)

        def _parse_host_os(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        host_os = _parse_host_os(d.pop("host_os", UNSET))

        host_os_version = d.pop("host_os_version", UNSET)

        _guests = d.pop("guests", UNSET)
        guests: list[GuestRequest] | Unset = UNSET
        if _guests is not UNSET:
            guests = []
            for guests_item_data in _guests:
                guests_item = GuestRequest.from_dict(guests_item_data)

                guests.append(guests_item)

        def _parse_stage(data: object) -> BlankEnum | StageEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = StageEnum(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            stage_type_1 = BlankEnum(data)

            return stage_type_1

        stage = _parse_stage(d.pop("stage", UNSET))

        _stages = d.pop("stages", UNSET)
        stages: list[StageObservationRequest] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:
                stages_item = StageObservationRequest.from_dict(stages_item_data)

                stages.append(stages_item)

        _purposes = d.pop("purposes", UNSET)
        purposes: list[int | str] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:

                def _parse_purposes_item(data: object) -> int | str:
                    return cast(int | str, data)

                purposes_item = _parse_purposes_item(purposes_item_data)

                purposes.append(purposes_item)

        def _parse_supplier(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))

        def _parse_host_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        host_count = _parse_host_count(d.pop("host_count", UNSET))

        def _parse_vm_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vm_count = _parse_vm_count(d.pop("vm_count", UNSET))

        _reported_precision = d.pop("reported_precision", UNSET)
        reported_precision: PrecisionEnum | Unset
        if isinstance(_reported_precision, Unset):
            reported_precision = UNSET
        else:
            reported_precision = PrecisionEnum(_reported_precision)

        _citations = d.pop("citations", UNSET)
        citations: list[DeploymentCitationRequest] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = DeploymentCitationRequest.from_dict(citations_item_data)

                citations.append(citations_item)

        deployment_request = cls(
            reference=reference,
            customer=customer,
            hypervisor=hypervisor,
            reported_on=reported_on,
            summary=summary,
            product=product,
            hypervisor_version=hypervisor_version,
            host_os=host_os,
            host_os_version=host_os_version,
            guests=guests,
            stage=stage,
            stages=stages,
            purposes=purposes,
            supplier=supplier,
            host_count=host_count,
            vm_count=vm_count,
            reported_precision=reported_precision,
            citations=citations,
        )

        return deployment_request
