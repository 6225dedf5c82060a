import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_enum import CountEnum
from ...models.error import Error
from ...models.paginated_product_list import PaginatedProductList
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    operating_system: list[str] | Unset = UNSET,
    operating_system_n: list[str] | Unset = UNSET,
    operating_system_id: list[int] | Unset = UNSET,
    operating_system_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    released_on_gte: datetime.date | Unset = UNSET,
    released_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["brief"] = brief

    json_count: str | Unset = UNSET
    if not isinstance(count, Unset):
        json_count = count.value

    params["count"] = json_count

    params["cursor"] = cursor

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

    params["limit"] = limit

    params["name__ic"] = name_ic

    params["offset"] = offset

    json_operating_system: list[str] | Unset = UNSET
    if not isinstance(operating_system, Unset):
        json_operating_system = operating_system

    params["operating_system"] = json_operating_system

    json_operating_system_n: list[str] | Unset = UNSET
    if not isinstance(operating_system_n, Unset):
        json_operating_system_n = operating_system_n

    params["operating_system__n"] = json_operating_system_n

    json_operating_system_id: list[int] | Unset = UNSET
    if not isinstance(operating_system_id, Unset):
        json_operating_system_id = operating_system_id

    params["operating_system_id"] = json_operating_system_id

    json_operating_system_id_n: list[int] | Unset = UNSET
    if not isinstance(operating_system_id_n, Unset):
        json_operating_system_id_n = operating_system_id_n

    params["operating_system_id__n"] = json_operating_system_id_n

    params["ordering"] = ordering

    params["q"] = q

    json_released_on_gte: str | Unset = UNSET
    if not isinstance(released_on_gte, Unset):
        json_released_on_gte = released_on_gte.isoformat()
    params["released_on__gte"] = json_released_on_gte

    json_released_on_lte: str | Unset = UNSET
    if not isinstance(released_on_lte, Unset):
        json_released_on_lte = released_on_lte.isoformat()
    params["released_on__lte"] = json_released_on_lte

    params["synthetic"] = synthetic

    json_vendor: list[str] | Unset = UNSET
    if not isinstance(vendor, Unset):
        json_vendor = vendor

    params["vendor"] = json_vendor

    json_vendor_n: list[str] | Unset = UNSET
    if not isinstance(vendor_n, Unset):
        json_vendor_n = vendor_n

    params["vendor__n"] = json_vendor_n

    json_vendor_id: list[int] | Unset = UNSET
    if not isinstance(vendor_id, Unset):
        json_vendor_id = vendor_id

    params["vendor_id"] = json_vendor_id

    json_vendor_id_n: list[int] | Unset = UNSET
    if not isinstance(vendor_id_n, Unset):
        json_vendor_id_n = vendor_id_n

    params["vendor_id__n"] = json_vendor_id_n

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/products/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedProductList | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = PaginatedProductList.from_dict(response.json())

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
) -> Response[Error | PaginatedProductList | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    operating_system: list[str] | Unset = UNSET,
    operating_system_n: list[str] | Unset = UNSET,
    operating_system_id: list[int] | Unset = UNSET,
    operating_system_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    released_on_gte: datetime.date | Unset = UNSET,
    released_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Response[Error | PaginatedProductList | ValidationErrors]:
    """Products: a vendor's named products and editions, with the hypervisor or operating system each
    packages.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        operating_system (list[str] | Unset):
        operating_system_n (list[str] | Unset):
        operating_system_id (list[int] | Unset):
        operating_system_id_n (list[int] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        released_on_gte (datetime.date | Unset):
        released_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedProductList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        brief=brief,
        count=count,
        cursor=cursor,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        limit=limit,
        name_ic=name_ic,
        offset=offset,
        operating_system=operating_system,
        operating_system_n=operating_system_n,
        operating_system_id=operating_system_id,
        operating_system_id_n=operating_system_id_n,
        ordering=ordering,
        q=q,
        released_on_gte=released_on_gte,
        released_on_lte=released_on_lte,
        synthetic=synthetic,
        vendor=vendor,
        vendor_n=vendor_n,
        vendor_id=vendor_id,
        vendor_id_n=vendor_id_n,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    operating_system: list[str] | Unset = UNSET,
    operating_system_n: list[str] | Unset = UNSET,
    operating_system_id: list[int] | Unset = UNSET,
    operating_system_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    released_on_gte: datetime.date | Unset = UNSET,
    released_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Error | PaginatedProductList | ValidationErrors | None:
    """Products: a vendor's named products and editions, with the hypervisor or operating system each
    packages.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        operating_system (list[str] | Unset):
        operating_system_n (list[str] | Unset):
        operating_system_id (list[int] | Unset):
        operating_system_id_n (list[int] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        released_on_gte (datetime.date | Unset):
        released_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedProductList | ValidationErrors
    """

    return sync_detailed(
        client=client,
        brief=brief,
        count=count,
        cursor=cursor,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        limit=limit,
        name_ic=name_ic,
        offset=offset,
        operating_system=operating_system,
        operating_system_n=operating_system_n,
        operating_system_id=operating_system_id,
        operating_system_id_n=operating_system_id_n,
        ordering=ordering,
        q=q,
        released_on_gte=released_on_gte,
        released_on_lte=released_on_lte,
        synthetic=synthetic,
        vendor=vendor,
        vendor_n=vendor_n,
        vendor_id=vendor_id,
        vendor_id_n=vendor_id_n,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    operating_system: list[str] | Unset = UNSET,
    operating_system_n: list[str] | Unset = UNSET,
    operating_system_id: list[int] | Unset = UNSET,
    operating_system_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    released_on_gte: datetime.date | Unset = UNSET,
    released_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Response[Error | PaginatedProductList | ValidationErrors]:
    """Products: a vendor's named products and editions, with the hypervisor or operating system each
    packages.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        operating_system (list[str] | Unset):
        operating_system_n (list[str] | Unset):
        operating_system_id (list[int] | Unset):
        operating_system_id_n (list[int] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        released_on_gte (datetime.date | Unset):
        released_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedProductList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        brief=brief,
        count=count,
        cursor=cursor,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        limit=limit,
        name_ic=name_ic,
        offset=offset,
        operating_system=operating_system,
        operating_system_n=operating_system_n,
        operating_system_id=operating_system_id,
        operating_system_id_n=operating_system_id_n,
        ordering=ordering,
        q=q,
        released_on_gte=released_on_gte,
        released_on_lte=released_on_lte,
        synthetic=synthetic,
        vendor=vendor,
        vendor_n=vendor_n,
        vendor_id=vendor_id,
        vendor_id_n=vendor_id_n,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    operating_system: list[str] | Unset = UNSET,
    operating_system_n: list[str] | Unset = UNSET,
    operating_system_id: list[int] | Unset = UNSET,
    operating_system_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    released_on_gte: datetime.date | Unset = UNSET,
    released_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Error | PaginatedProductList | ValidationErrors | None:
    """Products: a vendor's named products and editions, with the hypervisor or operating system each
    packages.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        operating_system (list[str] | Unset):
        operating_system_n (list[str] | Unset):
        operating_system_id (list[int] | Unset):
        operating_system_id_n (list[int] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        released_on_gte (datetime.date | Unset):
        released_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedProductList | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            brief=brief,
            count=count,
            cursor=cursor,
            hypervisor=hypervisor,
            hypervisor_n=hypervisor_n,
            hypervisor_id=hypervisor_id,
            hypervisor_id_n=hypervisor_id_n,
            limit=limit,
            name_ic=name_ic,
            offset=offset,
            operating_system=operating_system,
            operating_system_n=operating_system_n,
            operating_system_id=operating_system_id,
            operating_system_id_n=operating_system_id_n,
            ordering=ordering,
            q=q,
            released_on_gte=released_on_gte,
            released_on_lte=released_on_lte,
            synthetic=synthetic,
            vendor=vendor,
            vendor_n=vendor_n,
            vendor_id=vendor_id,
            vendor_id_n=vendor_id_n,
        )
    ).parsed
