from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.family_enum import FamilyEnum
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    family: list[FamilyEnum] | Unset = UNSET,
    family_n: list[FamilyEnum] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_family: list[str] | Unset = UNSET
    if not isinstance(family, Unset):
        json_family = []
        for family_item_data in family:
            family_item = family_item_data.value
            json_family.append(family_item)

    params["family"] = json_family

    json_family_n: list[str] | Unset = UNSET
    if not isinstance(family_n, Unset):
        json_family_n = []
        for family_n_item_data in family_n:
            family_n_item = family_n_item_data.value
            json_family_n.append(family_n_item)

    params["family__n"] = json_family_n

    params["name__ic"] = name_ic

    params["ordering"] = ordering

    params["q"] = q

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
        "url": "/api/operating-systems.csv",
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
    family: list[FamilyEnum] | Unset = UNSET,
    family_n: list[FamilyEnum] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/operating-systems/?format=csv`. Operating systems, by family and vendor;
    versions live on the records that use them.

    Args:
        family (list[FamilyEnum] | Unset):
        family_n (list[FamilyEnum] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        family=family,
        family_n=family_n,
        name_ic=name_ic,
        ordering=ordering,
        q=q,
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
    family: list[FamilyEnum] | Unset = UNSET,
    family_n: list[FamilyEnum] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/operating-systems/?format=csv`. Operating systems, by family and vendor;
    versions live on the records that use them.

    Args:
        family (list[FamilyEnum] | Unset):
        family_n (list[FamilyEnum] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return sync_detailed(
        client=client,
        family=family,
        family_n=family_n,
        name_ic=name_ic,
        ordering=ordering,
        q=q,
        synthetic=synthetic,
        vendor=vendor,
        vendor_n=vendor_n,
        vendor_id=vendor_id,
        vendor_id_n=vendor_id_n,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    family: list[FamilyEnum] | Unset = UNSET,
    family_n: list[FamilyEnum] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/operating-systems/?format=csv`. Operating systems, by family and vendor;
    versions live on the records that use them.

    Args:
        family (list[FamilyEnum] | Unset):
        family_n (list[FamilyEnum] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        family=family,
        family_n=family_n,
        name_ic=name_ic,
        ordering=ordering,
        q=q,
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
    family: list[FamilyEnum] | Unset = UNSET,
    family_n: list[FamilyEnum] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/operating-systems/?format=csv`. Operating systems, by family and vendor;
    versions live on the records that use them.

    Args:
        family (list[FamilyEnum] | Unset):
        family_n (list[FamilyEnum] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return (
        await asyncio_detailed(
            client=client,
            family=family,
            family_n=family_n,
            name_ic=name_ic,
            ordering=ordering,
            q=q,
            synthetic=synthetic,
            vendor=vendor,
            vendor_n=vendor_n,
            vendor_id=vendor_id,
            vendor_id_n=vendor_id_n,
        )
    ).parsed
