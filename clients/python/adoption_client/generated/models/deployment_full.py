from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.precision_enum import PrecisionEnum
from ..models.stage_enum import StageEnum

if TYPE_CHECKING:
    from ..models.brief_hypervisor import BriefHypervisor
    from ..models.brief_operating_system import BriefOperatingSystem
    from ..models.brief_organization import BriefOrganization
    from ..models.brief_product import BriefProduct
    from ..models.brief_purpose import BriefPurpose
    from ..models.deployment_citation import DeploymentCitation
    from ..models.guest import Guest
    from ..models.stage_observation import StageObservation


T = TypeVar("T", bound="DeploymentFull")


@_attrs_define
class DeploymentFull:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        id (int):
        url (str):
        reference (str): Permanent, human-readable identifier such as casio-xen-sles-2007. It cannot be changed once
            saved and is never reused, even after a deletion.
        customer (BriefOrganization):
        hypervisor (BriefHypervisor):
        product (BriefProduct | None): The named product or edition, when the source gives one; its hypervisor must be
            this one.
        hypervisor_version (str): As reported, e.g. "3.0".
        host_os (BriefOperatingSystem | None): The operating system the hypervisor ships in or runs under (for Xen, the
            distribution of its control domain). Empty for a stand-alone bare-metal hypervisor such as VMware ESX Server.
        host_os_version (str): As reported, e.g. "5" for RHEL 5.
        guests (list[Guest]):
        stage (BlankEnum | StageEnum): How far along the customer is: the stage of its latest stage observation, derived
            from them.

            * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        stages (list[StageObservation]): The stages the deployment was reported at, each from a date on a source's word;
            its stage is the latest of them.
        purposes (list[BriefPurpose]): Why the customer virtualises.
        supplier (BriefOrganization | None): The vendor or integrator behind the deployment, if the source names one.
        host_count (int | None): Physical hosts, if reported.
        vm_count (int | None): Virtual machines in all, if reported.
        reported_on (datetime.date): When the deployment was made public; with a coarser precision, any day in the
            period (stored as its first day).
        reported_precision (PrecisionEnum): * `day` - Day
            * `week` - Week
            * `month` - Month
            * `quarter` - Quarter
            * `year` - Year
        reported (str): The date at its precision.
        summary (str): What the source reports, in our own words (never copied sentences).
        citations (list[DeploymentCitation]):
        synthetic (bool): Made-up demo data written by manage.py generate_demo_data, which alone sets this;
            generate_demo_data --remove deletes exactly the records that have it.
        created (datetime.datetime):
        updated (datetime.datetime):
    """

    id: int
    url: str
    reference: str
    customer: BriefOrganization
    hypervisor: BriefHypervisor
    product: BriefProduct | None
    hypervisor_version: str
    host_os: BriefOperatingSystem | None
    host_os_version: str
    guests: list[Guest]
    stage: BlankEnum | StageEnum
    stages: list[StageObservation]
    purposes: list[BriefPurpose]
    supplier: BriefOrganization | None
    host_count: int | None
    vm_count: int | None
    reported_on: datetime.date
    reported_precision: PrecisionEnum
    reported: str
    summary: str
    citations: list[DeploymentCitation]
    synthetic: bool
    created: datetime.datetime
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brief_operating_system import BriefOperatingSystem
        from ..models.brief_organization import BriefOrganization
        from ..models.brief_product import BriefProduct

        id = self.id

        url = self.url

        reference = self.reference

        customer = self.customer.to_dict()

        hypervisor = self.hypervisor.to_dict()

        product: dict[str, Any] | None
        if isinstance(self.product, BriefProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        hypervisor_version = self.hypervisor_version

        host_os: dict[str, Any] | None
        if isinstance(self.host_os, BriefOperatingSystem):
            host_os = self.host_os.to_dict()
        else:
            host_os = self.host_os

        host_os_version = self.host_os_version

        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)

        stage: str
        if isinstance(self.stage, StageEnum):
            stage = self.stage.value
        else:
            stage = self.stage.value

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        purposes = []
        for purposes_item_data in self.purposes:
            purposes_item = purposes_item_data.to_dict()
            purposes.append(purposes_item)

        supplier: dict[str, Any] | None
        if isinstance(self.supplier, BriefOrganization):
            supplier = self.supplier.to_dict()
        else:
            supplier = self.supplier

        host_count: int | None
        host_count = self.host_count

        vm_count: int | None
        vm_count = self.vm_count

        reported_on = self.reported_on.isoformat()

        reported_precision = self.reported_precision.value

        reported = self.reported

        summary = self.summary

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        synthetic = self.synthetic

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "reference": reference,
                "customer": customer,
                "hypervisor": hypervisor,
                "product": product,
                "hypervisor_version": hypervisor_version,
                "host_os": host_os,
                "host_os_version": host_os_version,
                "guests": guests,
                "stage": stage,
                "stages": stages,
                "purposes": purposes,
                "supplier": supplier,
                "host_count": host_count,
                "vm_count": vm_count,
                "reported_on": reported_on,
                "reported_precision": reported_precision,
                "reported": reported,
                "summary": summary,
                "citations": citations,
                "synthetic": synthetic,
                "created": created,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brief_hypervisor import BriefHypervisor
        from ..models.brief_operating_system import BriefOperatingSystem
        from ..models.brief_organization import BriefOrganization
        from ..models.brief_product import BriefProduct
        from ..models.brief_purpose import BriefPurpose
        from ..models.deployment_citation import DeploymentCitation
        from ..models.guest import Guest
        from ..models.stage_observation import StageObservation

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        reference = d.pop("reference")

        customer = BriefOrganization.from_dict(d.pop("customer"))

        hypervisor = BriefHypervisor.from_dict(d.pop("hypervisor"))

        def _parse_product(data: object) -> BriefProduct | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_1 = BriefProduct.from_dict(data)

                return product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefProduct | None, data)

        product = _parse_product(d.pop("product"))

        hypervisor_version = d.pop("hypervisor_version")

        def _parse_host_os(data: object) -> BriefOperatingSystem | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                host_os_type_1 = BriefOperatingSystem.from_dict(data)

                return host_os_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefOperatingSystem | None, data)

        host_os = _parse_host_os(d.pop("host_os"))

        host_os_version = d.pop("host_os_version")

        guests = []
        _guests = d.pop("guests")
        for guests_item_data in _guests:
            guests_item = Guest.from_dict(guests_item_data)

            guests.append(guests_item)

        def _parse_stage(data: object) -> BlankEnum | StageEnum:
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

        stage = _parse_stage(d.pop("stage"))

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = StageObservation.from_dict(stages_item_data)

            stages.append(stages_item)

        purposes = []
        _purposes = d.pop("purposes")
        for purposes_item_data in _purposes:
            purposes_item = BriefPurpose.from_dict(purposes_item_data)

            purposes.append(purposes_item)

        def _parse_supplier(data: object) -> BriefOrganization | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supplier_type_1 = BriefOrganization.from_dict(data)

                return supplier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BriefOrganization | None, data)

        supplier = _parse_supplier(d.pop("supplier"))

        def _parse_host_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        host_count = _parse_host_count(d.pop("host_count"))

        def _parse_vm_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        vm_count = _parse_vm_count(d.pop("vm_count"))

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        reported_precision = PrecisionEnum(d.pop("reported_precision"))

        reported = d.pop("reported")

        summary = d.pop("summary")

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = DeploymentCitation.from_dict(citations_item_data)

            citations.append(citations_item)

        synthetic = d.pop("synthetic")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        deployment_full = cls(
            id=id,
            url=url,
            reference=reference,
            customer=customer,
            hypervisor=hypervisor,
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
            reported_on=reported_on,
            reported_precision=reported_precision,
            reported=reported,
            summary=summary,
            citations=citations,
            synthetic=synthetic,
            created=created,
            updated=updated,
        )

        deployment_full.additional_properties = d
        return deployment_full

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
