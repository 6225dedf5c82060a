from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.hypervisor_full import HypervisorFull
from ...models.hypervisor_request import HypervisorRequest
from ...models.validation_errors import ValidationErrors
from ...types import Response


def _get_kwargs(
    *,
    body: HypervisorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/hypervisors/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | HypervisorFull | ValidationErrors | None:
    if response.status_code == 201:
        response_201 = HypervisorFull.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ValidationErrors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | HypervisorFull | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HypervisorRequest,
) -> Response[Error | HypervisorFull | ValidationErrors]:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        body (HypervisorRequest): A top-level resource: its URL, nested lists written in one
            transaction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HypervisorFull | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: HypervisorRequest,
) -> Error | HypervisorFull | ValidationErrors | None:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        body (HypervisorRequest): A top-level resource: its URL, nested lists written in one
            transaction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HypervisorFull | ValidationErrors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HypervisorRequest,
) -> Response[Error | HypervisorFull | ValidationErrors]:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        body (HypervisorRequest): A top-level resource: its URL, nested lists written in one
            transaction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HypervisorFull | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HypervisorRequest,
) -> Error | HypervisorFull | ValidationErrors | None:
    """Hypervisors: the virtualization products, with vendor, architecture, techniques and licence.

    Args:
        body (HypervisorRequest): A top-level resource: its URL, nested lists written in one
            transaction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HypervisorFull | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
