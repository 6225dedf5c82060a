from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_enum import CountEnum
from ...models.error import Error
from ...models.paginated_deleted_list import PaginatedDeletedList
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_count: str | Unset = UNSET
    if not isinstance(count, Unset):
        json_count = count.value

    params["count"] = json_count

    params["cursor"] = cursor

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/operating-systems/deleted/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedDeletedList | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = PaginatedDeletedList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationErrors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PaginatedDeletedList | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Response[Error | PaginatedDeletedList | ValidationErrors]:
    """The records deleted and not restored, newest deletion first. Needs the view permission.

    Args:
        count (CountEnum | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedDeletedList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Error | PaginatedDeletedList | ValidationErrors | None:
    """The records deleted and not restored, newest deletion first. Needs the view permission.

    Args:
        count (CountEnum | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedDeletedList | ValidationErrors
    """

    return sync_detailed(
        client=client,
        count=count,
        cursor=cursor,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Response[Error | PaginatedDeletedList | ValidationErrors]:
    """The records deleted and not restored, newest deletion first. Needs the view permission.

    Args:
        count (CountEnum | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedDeletedList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
) -> Error | PaginatedDeletedList | ValidationErrors | None:
    """The records deleted and not restored, newest deletion first. Needs the view permission.

    Args:
        count (CountEnum | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedDeletedList | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            cursor=cursor,
            limit=limit,
            offset=offset,
        )
    ).parsed
