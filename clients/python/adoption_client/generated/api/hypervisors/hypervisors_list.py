from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.architecture_enum import ArchitectureEnum
from ...models.count_enum import CountEnum
from ...models.error import Error
from ...models.licence_enum import LicenceEnum
from ...models.paginated_hypervisor_list import PaginatedHypervisorList
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    architecture: list[ArchitectureEnum] | Unset = UNSET,
    architecture_n: list[ArchitectureEnum] | Unset = UNSET,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    licence: list[LicenceEnum] | Unset = UNSET,
    licence_n: list[LicenceEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    technique: list[str] | Unset = UNSET,
    technique_n: list[str] | Unset = UNSET,
    technique_id: list[int] | Unset = UNSET,
    technique_id_n: list[int] | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_architecture: list[str] | Unset = UNSET
    if not isinstance(architecture, Unset):
        json_architecture = []
        for architecture_item_data in architecture:
            architecture_item = architecture_item_data.value
            json_architecture.append(architecture_item)

    params["architecture"] = json_architecture

    json_architecture_n: list[str] | Unset = UNSET
    if not isinstance(architecture_n, Unset):
        json_architecture_n = []
        for architecture_n_item_data in architecture_n:
            architecture_n_item = architecture_n_item_data.value
            json_architecture_n.append(architecture_n_item)

    params["architecture__n"] = json_architecture_n

    params["brief"] = brief

    json_count: str | Unset = UNSET
    if not isinstance(count, Unset):
        json_count = count.value

    params["count"] = json_count

    params["cursor"] = cursor

    json_licence: list[str] | Unset = UNSET
    if not isinstance(licence, Unset):
        json_licence = []
        for licence_item_data in licence:
            licence_item = licence_item_data.value
            json_licence.append(licence_item)

    params["licence"] = json_licence

    json_licence_n: list[str] | Unset = UNSET
    if not isinstance(licence_n, Unset):
        json_licence_n = []
        for licence_n_item_data in licence_n:
            licence_n_item = licence_n_item_data.value
            json_licence_n.append(licence_n_item)

    params["licence__n"] = json_licence_n

    params["limit"] = limit

    params["name__ic"] = name_ic

    params["offset"] = offset

    params["ordering"] = ordering

    params["q"] = q

    params["synthetic"] = synthetic

    json_technique: list[str] | Unset = UNSET
    if not isinstance(technique, Unset):
        json_technique = technique

    params["technique"] = json_technique

    json_technique_n: list[str] | Unset = UNSET
    if not isinstance(technique_n, Unset):
        json_technique_n = technique_n

    params["technique__n"] = json_technique_n

    json_technique_id: list[int] | Unset = UNSET
    if not isinstance(technique_id, Unset):
        json_technique_id = technique_id

    params["technique_id"] = json_technique_id

    json_technique_id_n: list[int] | Unset = UNSET
    if not isinstance(technique_id_n, Unset):
        json_technique_id_n = technique_id_n

    params["technique_id__n"] = json_technique_id_n

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
        "url": "/api/hypervisors/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedHypervisorList | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = PaginatedHypervisorList.from_dict(response.json())

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
) -> Response[Error | PaginatedHypervisorList | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    architecture: list[ArchitectureEnum] | Unset = UNSET,
    architecture_n: list[ArchitectureEnum] | Unset = UNSET,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    licence: list[LicenceEnum] | Unset = UNSET,
    licence_n: list[LicenceEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    technique: list[str] | Unset = UNSET,
    technique_n: list[str] | Unset = UNSET,
    technique_id: list[int] | Unset = UNSET,
    technique_id_n: list[int] | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Response[Error | PaginatedHypervisorList | ValidationErrors]:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        architecture (list[ArchitectureEnum] | Unset):
        architecture_n (list[ArchitectureEnum] | Unset):
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        licence (list[LicenceEnum] | Unset):
        licence_n (list[LicenceEnum] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        technique (list[str] | Unset):
        technique_n (list[str] | Unset):
        technique_id (list[int] | Unset):
        technique_id_n (list[int] | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedHypervisorList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        architecture=architecture,
        architecture_n=architecture_n,
        brief=brief,
        count=count,
        cursor=cursor,
        licence=licence,
        licence_n=licence_n,
        limit=limit,
        name_ic=name_ic,
        offset=offset,
        ordering=ordering,
        q=q,
        synthetic=synthetic,
        technique=technique,
        technique_n=technique_n,
        technique_id=technique_id,
        technique_id_n=technique_id_n,
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
    architecture: list[ArchitectureEnum] | Unset = UNSET,
    architecture_n: list[ArchitectureEnum] | Unset = UNSET,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    licence: list[LicenceEnum] | Unset = UNSET,
    licence_n: list[LicenceEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    technique: list[str] | Unset = UNSET,
    technique_n: list[str] | Unset = UNSET,
    technique_id: list[int] | Unset = UNSET,
    technique_id_n: list[int] | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Error | PaginatedHypervisorList | ValidationErrors | None:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        architecture (list[ArchitectureEnum] | Unset):
        architecture_n (list[ArchitectureEnum] | Unset):
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        licence (list[LicenceEnum] | Unset):
        licence_n (list[LicenceEnum] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        technique (list[str] | Unset):
        technique_n (list[str] | Unset):
        technique_id (list[int] | Unset):
        technique_id_n (list[int] | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedHypervisorList | ValidationErrors
    """

    return sync_detailed(
        client=client,
        architecture=architecture,
        architecture_n=architecture_n,
        brief=brief,
        count=count,
        cursor=cursor,
        licence=licence,
        licence_n=licence_n,
        limit=limit,
        name_ic=name_ic,
        offset=offset,
        ordering=ordering,
        q=q,
        synthetic=synthetic,
        technique=technique,
        technique_n=technique_n,
        technique_id=technique_id,
        technique_id_n=technique_id_n,
        vendor=vendor,
        vendor_n=vendor_n,
        vendor_id=vendor_id,
        vendor_id_n=vendor_id_n,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    architecture: list[ArchitectureEnum] | Unset = UNSET,
    architecture_n: list[ArchitectureEnum] | Unset = UNSET,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    licence: list[LicenceEnum] | Unset = UNSET,
    licence_n: list[LicenceEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    technique: list[str] | Unset = UNSET,
    technique_n: list[str] | Unset = UNSET,
    technique_id: list[int] | Unset = UNSET,
    technique_id_n: list[int] | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Response[Error | PaginatedHypervisorList | ValidationErrors]:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        architecture (list[ArchitectureEnum] | Unset):
        architecture_n (list[ArchitectureEnum] | Unset):
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        licence (list[LicenceEnum] | Unset):
        licence_n (list[LicenceEnum] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        technique (list[str] | Unset):
        technique_n (list[str] | Unset):
        technique_id (list[int] | Unset):
        technique_id_n (list[int] | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedHypervisorList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        architecture=architecture,
        architecture_n=architecture_n,
        brief=brief,
        count=count,
        cursor=cursor,
        licence=licence,
        licence_n=licence_n,
        limit=limit,
        name_ic=name_ic,
        offset=offset,
        ordering=ordering,
        q=q,
        synthetic=synthetic,
        technique=technique,
        technique_n=technique_n,
        technique_id=technique_id,
        technique_id_n=technique_id_n,
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
    architecture: list[ArchitectureEnum] | Unset = UNSET,
    architecture_n: list[ArchitectureEnum] | Unset = UNSET,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    licence: list[LicenceEnum] | Unset = UNSET,
    licence_n: list[LicenceEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    name_ic: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    technique: list[str] | Unset = UNSET,
    technique_n: list[str] | Unset = UNSET,
    technique_id: list[int] | Unset = UNSET,
    technique_id_n: list[int] | Unset = UNSET,
    vendor: list[str] | Unset = UNSET,
    vendor_n: list[str] | Unset = UNSET,
    vendor_id: list[int] | Unset = UNSET,
    vendor_id_n: list[int] | Unset = UNSET,
) -> Error | PaginatedHypervisorList | ValidationErrors | None:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        architecture (list[ArchitectureEnum] | Unset):
        architecture_n (list[ArchitectureEnum] | Unset):
        brief (bool | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        licence (list[LicenceEnum] | Unset):
        licence_n (list[LicenceEnum] | Unset):
        limit (int | Unset):  Default: 50.
        name_ic (str | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        technique (list[str] | Unset):
        technique_n (list[str] | Unset):
        technique_id (list[int] | Unset):
        technique_id_n (list[int] | Unset):
        vendor (list[str] | Unset):
        vendor_n (list[str] | Unset):
        vendor_id (list[int] | Unset):
        vendor_id_n (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedHypervisorList | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            architecture=architecture,
            architecture_n=architecture_n,
            brief=brief,
            count=count,
            cursor=cursor,
            licence=licence,
            licence_n=licence_n,
            limit=limit,
            name_ic=name_ic,
            offset=offset,
            ordering=ordering,
            q=q,
            synthetic=synthetic,
            technique=technique,
            technique_n=technique_n,
            technique_id=technique_id,
            technique_id_n=technique_id_n,
            vendor=vendor,
            vendor_n=vendor_n,
            vendor_id=vendor_id,
            vendor_id_n=vendor_id_n,
        )
    ).parsed
