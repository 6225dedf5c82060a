import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_enum import CountryEnum
from ...models.error import Error
from ...models.family_enum import FamilyEnum
from ...models.stage_enum import StageEnum
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.date | Unset = UNSET,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    customer: list[str] | Unset = UNSET,
    customer_n: list[str] | Unset = UNSET,
    customer_id: list[int] | Unset = UNSET,
    customer_id_n: list[int] | Unset = UNSET,
    guest_os: list[str] | Unset = UNSET,
    guest_os_n: list[str] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    guest_os_id: list[int] | Unset = UNSET,
    guest_os_id_n: list[int] | Unset = UNSET,
    host_os: list[str] | Unset = UNSET,
    host_os_n: list[str] | Unset = UNSET,
    host_os_family: list[FamilyEnum] | Unset = UNSET,
    host_os_family_n: list[FamilyEnum] | Unset = UNSET,
    host_os_id: list[int] | Unset = UNSET,
    host_os_id_n: list[int] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: datetime.date | Unset = UNSET,
    reported_on_lte: datetime.date | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: list[str] | Unset = UNSET,
    supplier_n: list[str] | Unset = UNSET,
    supplier_id: list[int] | Unset = UNSET,
    supplier_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = []
        for country_item_data in country:
            country_item = country_item_data.value
            json_country.append(country_item)

    params["country"] = json_country

    json_country_n: list[str] | Unset = UNSET
    if not isinstance(country_n, Unset):
        json_country_n = []
        for country_n_item_data in country_n:
            country_n_item = country_n_item_data.value
            json_country_n.append(country_n_item)

    params["country__n"] = json_country_n

    json_customer: list[str] | Unset = UNSET
    if not isinstance(customer, Unset):
        json_customer = customer

    params["customer"] = json_customer

    json_customer_n: list[str] | Unset = UNSET
    if not isinstance(customer_n, Unset):
        json_customer_n = customer_n

    params["customer__n"] = json_customer_n

    json_customer_id: list[int] | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = customer_id

    params["customer_id"] = json_customer_id

    json_customer_id_n: list[int] | Unset = UNSET
    if not isinstance(customer_id_n, Unset):
        json_customer_id_n = customer_id_n

    params["customer_id__n"] = json_customer_id_n

    json_guest_os: list[str] | Unset = UNSET
    if not isinstance(guest_os, Unset):
        json_guest_os = guest_os

    params["guest_os"] = json_guest_os

    json_guest_os_n: list[str] | Unset = UNSET
    if not isinstance(guest_os_n, Unset):
        json_guest_os_n = guest_os_n

    params["guest_os__n"] = json_guest_os_n

    json_guest_os_family: list[str] | Unset = UNSET
    if not isinstance(guest_os_family, Unset):
        json_guest_os_family = []
        for guest_os_family_item_data in guest_os_family:
            guest_os_family_item = guest_os_family_item_data.value
            json_guest_os_family.append(guest_os_family_item)

    params["guest_os_family"] = json_guest_os_family

    json_guest_os_family_n: list[str] | Unset = UNSET
    if not isinstance(guest_os_family_n, Unset):
        json_guest_os_family_n = []
        for guest_os_family_n_item_data in guest_os_family_n:
            guest_os_family_n_item = guest_os_family_n_item_data.value
            json_guest_os_family_n.append(guest_os_family_n_item)

    params["guest_os_family__n"] = json_guest_os_family_n

    json_guest_os_id: list[int] | Unset = UNSET
    if not isinstance(guest_os_id, Unset):
        json_guest_os_id = guest_os_id

    params["guest_os_id"] = json_guest_os_id

    json_guest_os_id_n: list[int] | Unset = UNSET
    if not isinstance(guest_os_id_n, Unset):
        json_guest_os_id_n = guest_os_id_n

    params["guest_os_id__n"] = json_guest_os_id_n

    json_host_os: list[str] | Unset = UNSET
    if not isinstance(host_os, Unset):
        json_host_os = host_os

    params["host_os"] = json_host_os

    json_host_os_n: list[str] | Unset = UNSET
    if not isinstance(host_os_n, Unset):
        json_host_os_n = host_os_n

    params["host_os__n"] = json_host_os_n

    json_host_os_family: list[str] | Unset = UNSET
    if not isinstance(host_os_family, Unset):
        json_host_os_family = []
        for host_os_family_item_data in host_os_family:
            host_os_family_item = host_os_family_item_data.value
            json_host_os_family.append(host_os_family_item)

    params["host_os_family"] = json_host_os_family

    json_host_os_family_n: list[str] | Unset = UNSET
    if not isinstance(host_os_family_n, Unset):
        json_host_os_family_n = []
        for host_os_family_n_item_data in host_os_family_n:
            host_os_family_n_item = host_os_family_n_item_data.value
            json_host_os_family_n.append(host_os_family_n_item)

    params["host_os_family__n"] = json_host_os_family_n

    json_host_os_id: list[int] | Unset = UNSET
    if not isinstance(host_os_id, Unset):
        json_host_os_id = host_os_id

    params["host_os_id"] = json_host_os_id

    json_host_os_id_n: list[int] | Unset = UNSET
    if not isinstance(host_os_id_n, Unset):
        json_host_os_id_n = host_os_id_n

    params["host_os_id__n"] = json_host_os_id_n

    json_hypervisor: list[str] | Unset = UNSET
    if not isinstance(hypervisor, Unset):
        json_hypervisor = hypervisor

    params["hypervisor"] = json_hypervisor

    json_hypervisor_n: list[str] | Unset = UNSET
    if not isinstance(hypervisor_n, Unset):
        json_hypervisor_n = hypervisor_n

    params["hypervisor__n"] = json_hypervisor_n

    json_hypervisor_id: list[int] | Unset = UNSET
    if not isinstance(hypervisor_id, Unset):
        json_hypervisor_id = hypervisor_id

    params["hypervisor_id"] = json_hypervisor_id

    json_hypervisor_id_n: list[int] | Unset = UNSET
    if not isinstance(hypervisor_id_n, Unset):
        json_hypervisor_id_n = hypervisor_id_n

    params["hypervisor_id__n"] = json_hypervisor_id_n

    json_hypervisor_vendor: list[str] | Unset = UNSET
    if not isinstance(hypervisor_vendor, Unset):
        json_hypervisor_vendor = hypervisor_vendor

    params["hypervisor_vendor"] = json_hypervisor_vendor

    json_hypervisor_vendor_n: list[str] | Unset = UNSET
    if not isinstance(hypervisor_vendor_n, Unset):
        json_hypervisor_vendor_n = hypervisor_vendor_n

    params["hypervisor_vendor__n"] = json_hypervisor_vendor_n

    json_hypervisor_vendor_id: list[int] | Unset = UNSET
    if not isinstance(hypervisor_vendor_id, Unset):
        json_hypervisor_vendor_id = hypervisor_vendor_id

    params["hypervisor_vendor_id"] = json_hypervisor_vendor_id

    json_hypervisor_vendor_id_n: list[int] | Unset = UNSET
    if not isinstance(hypervisor_vendor_id_n, Unset):
        json_hypervisor_vendor_id_n = hypervisor_vendor_id_n

    params["hypervisor_vendor_id__n"] = json_hypervisor_vendor_id_n

    json_industry: list[str] | Unset = UNSET
    if not isinstance(industry, Unset):
        json_industry = industry

    params["industry"] = json_industry

    json_industry_n: list[str] | Unset = UNSET
    if not isinstance(industry_n, Unset):
        json_industry_n = industry_n

    params["industry__n"] = json_industry_n

    json_industry_id: list[int] | Unset = UNSET
    if not isinstance(industry_id, Unset):
        json_industry_id = industry_id

    params["industry_id"] = json_industry_id

    json_industry_id_n: list[int] | Unset = UNSET
    if not isinstance(industry_id_n, Unset):
        json_industry_id_n = industry_id_n

    params["industry_id__n"] = json_industry_id_n

    params["ordering"] = ordering

    json_product: list[str] | Unset = UNSET
    if not isinstance(product, Unset):
        json_product = product

    params["product"] = json_product

    json_product_n: list[str] | Unset = UNSET
    if not isinstance(product_n, Unset):
        json_product_n = product_n

    params["product__n"] = json_product_n

    json_product_id: list[int] | Unset = UNSET
    if not isinstance(product_id, Unset):
        json_product_id = product_id

    params["product_id"] = json_product_id

    json_product_id_n: list[int] | Unset = UNSET
    if not isinstance(product_id_n, Unset):
        json_product_id_n = product_id_n

    params["product_id__n"] = json_product_id_n

    json_purpose: list[str] | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose

    params["purpose"] = json_purpose

    json_purpose_n: list[str] | Unset = UNSET
    if not isinstance(purpose_n, Unset):
        json_purpose_n = purpose_n

    params["purpose__n"] = json_purpose_n

    json_purpose_id: list[int] | Unset = UNSET
    if not isinstance(purpose_id, Unset):
        json_purpose_id = purpose_id

    params["purpose_id"] = json_purpose_id

    json_purpose_id_n: list[int] | Unset = UNSET
    if not isinstance(purpose_id_n, Unset):
        json_purpose_id_n = purpose_id_n

    params["purpose_id__n"] = json_purpose_id_n

    params["q"] = q

    params["reference__ic"] = reference_ic

    json_reported_on_gte: str | Unset = UNSET
    if not isinstance(reported_on_gte, Unset):
        json_reported_on_gte = reported_on_gte.isoformat()
    params["reported_on__gte"] = json_reported_on_gte

    json_reported_on_lte: str | Unset = UNSET
    if not isinstance(reported_on_lte, Unset):
        json_reported_on_lte = reported_on_lte.isoformat()
    params["reported_on__lte"] = json_reported_on_lte

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_source_n: list[str] | Unset = UNSET
    if not isinstance(source_n, Unset):
        json_source_n = source_n

    params["source__n"] = json_source_n

    json_source_id: list[int] | Unset = UNSET
    if not isinstance(source_id, Unset):
        json_source_id = source_id

    params["source_id"] = json_source_id

    json_source_id_n: list[int] | Unset = UNSET
    if not isinstance(source_id_n, Unset):
        json_source_id_n = source_id_n

    params["source_id__n"] = json_source_id_n

    json_stage: list[str] | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = []
        for stage_item_data in stage:
            stage_item = stage_item_data.value
            json_stage.append(stage_item)

    params["stage"] = json_stage

    json_stage_n: list[str] | Unset = UNSET
    if not isinstance(stage_n, Unset):
        json_stage_n = []
        for stage_n_item_data in stage_n:
            stage_n_item = stage_n_item_data.value
            json_stage_n.append(stage_n_item)

    params["stage__n"] = json_stage_n

    params["summary__ic"] = summary_ic

    json_supplier: list[str] | Unset = UNSET
    if not isinstance(supplier, Unset):
        json_supplier = supplier

    params["supplier"] = json_supplier

    json_supplier_n: list[str] | Unset = UNSET
    if not isinstance(supplier_n, Unset):
        json_supplier_n = supplier_n

    params["supplier__n"] = json_supplier_n

    json_supplier_id: list[int] | Unset = UNSET
    if not isinstance(supplier_id, Unset):
        json_supplier_id = supplier_id

    params["supplier_id"] = json_supplier_id

    json_supplier_id_n: list[int] | Unset = UNSET
    if not isinstance(supplier_id_n, Unset):
        json_supplier_id_n = supplier_id_n

    params["supplier_id__n"] = json_supplier_id_n

    params["synthetic"] = synthetic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/deployments.csv",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ValidationErrors | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ValidationErrors.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ValidationErrors | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    customer: list[str] | Unset = UNSET,
    customer_n: list[str] | Unset = UNSET,
    customer_id: list[int] | Unset = UNSET,
    customer_id_n: list[int] | Unset = UNSET,
    guest_os: list[str] | Unset = UNSET,
    guest_os_n: list[str] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    guest_os_id: list[int] | Unset = UNSET,
    guest_os_id_n: list[int] | Unset = UNSET,
    host_os: list[str] | Unset = UNSET,
    host_os_n: list[str] | Unset = UNSET,
    host_os_family: list[FamilyEnum] | Unset = UNSET,
    host_os_family_n: list[FamilyEnum] | Unset = UNSET,
    host_os_id: list[int] | Unset = UNSET,
    host_os_id_n: list[int] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: datetime.date | Unset = UNSET,
    reported_on_lte: datetime.date | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: list[str] | Unset = UNSET,
    supplier_n: list[str] | Unset = UNSET,
    supplier_id: list[int] | Unset = UNSET,
    supplier_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/deployments/?format=csv`. Deployments (case studies): who runs which
    hypervisor, on what host, hosting which guests, and why.

    Args:
        as_of (datetime.date | Unset):
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        customer (list[str] | Unset):
        customer_n (list[str] | Unset):
        customer_id (list[int] | Unset):
        customer_id_n (list[int] | Unset):
        guest_os (list[str] | Unset):
        guest_os_n (list[str] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        guest_os_id (list[int] | Unset):
        guest_os_id_n (list[int] | Unset):
        host_os (list[str] | Unset):
        host_os_n (list[str] | Unset):
        host_os_family (list[FamilyEnum] | Unset):
        host_os_family_n (list[FamilyEnum] | Unset):
        host_os_id (list[int] | Unset):
        host_os_id_n (list[int] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        ordering (str | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (datetime.date | Unset):
        reported_on_lte (datetime.date | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        summary_ic (str | Unset):
        supplier (list[str] | Unset):
        supplier_n (list[str] | Unset):
        supplier_id (list[int] | Unset):
        supplier_id_n (list[int] | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        country=country,
        country_n=country_n,
        customer=customer,
        customer_n=customer_n,
        customer_id=customer_id,
        customer_id_n=customer_id_n,
        guest_os=guest_os,
        guest_os_n=guest_os_n,
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
        guest_os_id=guest_os_id,
        guest_os_id_n=guest_os_id_n,
        host_os=host_os,
        host_os_n=host_os_n,
        host_os_family=host_os_family,
        host_os_family_n=host_os_family_n,
        host_os_id=host_os_id,
        host_os_id_n=host_os_id_n,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        hypervisor_vendor=hypervisor_vendor,
        hypervisor_vendor_n=hypervisor_vendor_n,
        hypervisor_vendor_id=hypervisor_vendor_id,
        hypervisor_vendor_id_n=hypervisor_vendor_id_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        ordering=ordering,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        reference_ic=reference_ic,
        reported_on_gte=reported_on_gte,
        reported_on_lte=reported_on_lte,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        stage=stage,
        stage_n=stage_n,
        summary_ic=summary_ic,
        supplier=supplier,
        supplier_n=supplier_n,
        supplier_id=supplier_id,
        supplier_id_n=supplier_id_n,
        synthetic=synthetic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    customer: list[str] | Unset = UNSET,
    customer_n: list[str] | Unset = UNSET,
    customer_id: list[int] | Unset = UNSET,
    customer_id_n: list[int] | Unset = UNSET,
    guest_os: list[str] | Unset = UNSET,
    guest_os_n: list[str] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    guest_os_id: list[int] | Unset = UNSET,
    guest_os_id_n: list[int] | Unset = UNSET,
    host_os: list[str] | Unset = UNSET,
    host_os_n: list[str] | Unset = UNSET,
    host_os_family: list[FamilyEnum] | Unset = UNSET,
    host_os_family_n: list[FamilyEnum] | Unset = UNSET,
    host_os_id: list[int] | Unset = UNSET,
    host_os_id_n: list[int] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: datetime.date | Unset = UNSET,
    reported_on_lte: datetime.date | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: list[str] | Unset = UNSET,
    supplier_n: list[str] | Unset = UNSET,
    supplier_id: list[int] | Unset = UNSET,
    supplier_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/deployments/?format=csv`. Deployments (case studies): who runs which
    hypervisor, on what host, hosting which guests, and why.

    Args:
        as_of (datetime.date | Unset):
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        customer (list[str] | Unset):
        customer_n (list[str] | Unset):
        customer_id (list[int] | Unset):
        customer_id_n (list[int] | Unset):
        guest_os (list[str] | Unset):
        guest_os_n (list[str] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        guest_os_id (list[int] | Unset):
        guest_os_id_n (list[int] | Unset):
        host_os (list[str] | Unset):
        host_os_n (list[str] | Unset):
        host_os_family (list[FamilyEnum] | Unset):
        host_os_family_n (list[FamilyEnum] | Unset):
        host_os_id (list[int] | Unset):
        host_os_id_n (list[int] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        ordering (str | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (datetime.date | Unset):
        reported_on_lte (datetime.date | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        summary_ic (str | Unset):
        supplier (list[str] | Unset):
        supplier_n (list[str] | Unset):
        supplier_id (list[int] | Unset):
        supplier_id_n (list[int] | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        country=country,
        country_n=country_n,
        customer=customer,
        customer_n=customer_n,
        customer_id=customer_id,
        customer_id_n=customer_id_n,
        guest_os=guest_os,
        guest_os_n=guest_os_n,
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
        guest_os_id=guest_os_id,
        guest_os_id_n=guest_os_id_n,
        host_os=host_os,
        host_os_n=host_os_n,
        host_os_family=host_os_family,
        host_os_family_n=host_os_family_n,
        host_os_id=host_os_id,
        host_os_id_n=host_os_id_n,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        hypervisor_vendor=hypervisor_vendor,
        hypervisor_vendor_n=hypervisor_vendor_n,
        hypervisor_vendor_id=hypervisor_vendor_id,
        hypervisor_vendor_id_n=hypervisor_vendor_id_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        ordering=ordering,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        reference_ic=reference_ic,
        reported_on_gte=reported_on_gte,
        reported_on_lte=reported_on_lte,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        stage=stage,
        stage_n=stage_n,
        summary_ic=summary_ic,
        supplier=supplier,
        supplier_n=supplier_n,
        supplier_id=supplier_id,
        supplier_id_n=supplier_id_n,
        synthetic=synthetic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    customer: list[str] | Unset = UNSET,
    customer_n: list[str] | Unset = UNSET,
    customer_id: list[int] | Unset = UNSET,
    customer_id_n: list[int] | Unset = UNSET,
    guest_os: list[str] | Unset = UNSET,
    guest_os_n: list[str] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    guest_os_id: list[int] | Unset = UNSET,
    guest_os_id_n: list[int] | Unset = UNSET,
    host_os: list[str] | Unset = UNSET,
    host_os_n: list[str] | Unset = UNSET,
    host_os_family: list[FamilyEnum] | Unset = UNSET,
    host_os_family_n: list[FamilyEnum] | Unset = UNSET,
    host_os_id: list[int] | Unset = UNSET,
    host_os_id_n: list[int] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: datetime.date | Unset = UNSET,
    reported_on_lte: datetime.date | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: list[str] | Unset = UNSET,
    supplier_n: list[str] | Unset = UNSET,
    supplier_id: list[int] | Unset = UNSET,
    supplier_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/deployments/?format=csv`. Deployments (case studies): who runs which
    hypervisor, on what host, hosting which guests, and why.

    Args:
        as_of (datetime.date | Unset):
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        customer (list[str] | Unset):
        customer_n (list[str] | Unset):
        customer_id (list[int] | Unset):
        customer_id_n (list[int] | Unset):
        guest_os (list[str] | Unset):
        guest_os_n (list[str] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        guest_os_id (list[int] | Unset):
        guest_os_id_n (list[int] | Unset):
        host_os (list[str] | Unset):
        host_os_n (list[str] | Unset):
        host_os_family (list[FamilyEnum] | Unset):
        host_os_family_n (list[FamilyEnum] | Unset):
        host_os_id (list[int] | Unset):
        host_os_id_n (list[int] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        ordering (str | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (datetime.date | Unset):
        reported_on_lte (datetime.date | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        summary_ic (str | Unset):
        supplier (list[str] | Unset):
        supplier_n (list[str] | Unset):
        supplier_id (list[int] | Unset):
        supplier_id_n (list[int] | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        country=country,
        country_n=country_n,
        customer=customer,
        customer_n=customer_n,
        customer_id=customer_id,
        customer_id_n=customer_id_n,
        guest_os=guest_os,
        guest_os_n=guest_os_n,
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
        guest_os_id=guest_os_id,
        guest_os_id_n=guest_os_id_n,
        host_os=host_os,
        host_os_n=host_os_n,
        host_os_family=host_os_family,
        host_os_family_n=host_os_family_n,
        host_os_id=host_os_id,
        host_os_id_n=host_os_id_n,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        hypervisor_vendor=hypervisor_vendor,
        hypervisor_vendor_n=hypervisor_vendor_n,
        hypervisor_vendor_id=hypervisor_vendor_id,
        hypervisor_vendor_id_n=hypervisor_vendor_id_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        ordering=ordering,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        reference_ic=reference_ic,
        reported_on_gte=reported_on_gte,
        reported_on_lte=reported_on_lte,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        stage=stage,
        stage_n=stage_n,
        summary_ic=summary_ic,
        supplier=supplier,
        supplier_n=supplier_n,
        supplier_id=supplier_id,
        supplier_id_n=supplier_id_n,
        synthetic=synthetic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    customer: list[str] | Unset = UNSET,
    customer_n: list[str] | Unset = UNSET,
    customer_id: list[int] | Unset = UNSET,
    customer_id_n: list[int] | Unset = UNSET,
    guest_os: list[str] | Unset = UNSET,
    guest_os_n: list[str] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    guest_os_id: list[int] | Unset = UNSET,
    guest_os_id_n: list[int] | Unset = UNSET,
    host_os: list[str] | Unset = UNSET,
    host_os_n: list[str] | Unset = UNSET,
    host_os_family: list[FamilyEnum] | Unset = UNSET,
    host_os_family_n: list[FamilyEnum] | Unset = UNSET,
    host_os_id: list[int] | Unset = UNSET,
    host_os_id_n: list[int] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: datetime.date | Unset = UNSET,
    reported_on_lte: datetime.date | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: list[str] | Unset = UNSET,
    supplier_n: list[str] | Unset = UNSET,
    supplier_id: list[int] | Unset = UNSET,
    supplier_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/deployments/?format=csv`. Deployments (case studies): who runs which
    hypervisor, on what host, hosting which guests, and why.

    Args:
        as_of (datetime.date | Unset):
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        customer (list[str] | Unset):
        customer_n (list[str] | Unset):
        customer_id (list[int] | Unset):
        customer_id_n (list[int] | Unset):
        guest_os (list[str] | Unset):
        guest_os_n (list[str] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        guest_os_id (list[int] | Unset):
        guest_os_id_n (list[int] | Unset):
        host_os (list[str] | Unset):
        host_os_n (list[str] | Unset):
        host_os_family (list[FamilyEnum] | Unset):
        host_os_family_n (list[FamilyEnum] | Unset):
        host_os_id (list[int] | Unset):
        host_os_id_n (list[int] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        ordering (str | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (datetime.date | Unset):
        reported_on_lte (datetime.date | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        summary_ic (str | Unset):
        supplier (list[str] | Unset):
        supplier_n (list[str] | Unset):
        supplier_id (list[int] | Unset):
        supplier_id_n (list[int] | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            country=country,
            country_n=country_n,
            customer=customer,
            customer_n=customer_n,
            customer_id=customer_id,
            customer_id_n=customer_id_n,
            guest_os=guest_os,
            guest_os_n=guest_os_n,
            guest_os_family=guest_os_family,
            guest_os_family_n=guest_os_family_n,
            guest_os_id=guest_os_id,
            guest_os_id_n=guest_os_id_n,
            host_os=host_os,
            host_os_n=host_os_n,
            host_os_family=host_os_family,
            host_os_family_n=host_os_family_n,
            host_os_id=host_os_id,
            host_os_id_n=host_os_id_n,
            hypervisor=hypervisor,
            hypervisor_n=hypervisor_n,
            hypervisor_id=hypervisor_id,
            hypervisor_id_n=hypervisor_id_n,
            hypervisor_vendor=hypervisor_vendor,
            hypervisor_vendor_n=hypervisor_vendor_n,
            hypervisor_vendor_id=hypervisor_vendor_id,
            hypervisor_vendor_id_n=hypervisor_vendor_id_n,
            industry=industry,
            industry_n=industry_n,
            industry_id=industry_id,
            industry_id_n=industry_id_n,
            ordering=ordering,
            product=product,
            product_n=product_n,
            product_id=product_id,
            product_id_n=product_id_n,
            purpose=purpose,
            purpose_n=purpose_n,
            purpose_id=purpose_id,
            purpose_id_n=purpose_id_n,
            q=q,
            reference_ic=reference_ic,
            reported_on_gte=reported_on_gte,
            reported_on_lte=reported_on_lte,
            source=source,
            source_n=source_n,
            source_id=source_id,
            source_id_n=source_id_n,
            stage=stage,
            stage_n=stage_n,
            summary_ic=summary_ic,
            supplier=supplier,
            supplier_n=supplier_n,
            supplier_id=supplier_id,
            supplier_id_n=supplier_id_n,
            synthetic=synthetic,
        )
    ).parsed
