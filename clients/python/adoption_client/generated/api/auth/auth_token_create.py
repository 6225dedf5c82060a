from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.strict_auth_token_request import StrictAuthTokenRequest
from ...models.token import Token
from ...models.validation_errors import ValidationErrors
from ...types import Response


def _get_kwargs(
    *,
    body: StrictAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/token/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Token | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

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
) -> Response[Error | Token | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StrictAuthTokenRequest,
) -> Response[Error | Token | ValidationErrors]:
    """Your API token, for a username and password: send it as `Authorization: Token <key>`.

    Throttled per client address (the `login` rate) against password guessing.

    Args:
        body (StrictAuthTokenRequest): For a serializer: a body field it does not have is a 400
            naming it, and so is a read-only
            field sent with a value other than the record's (sent back unchanged, as read, it is
            fine).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token | ValidationErrors]
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
    client: AuthenticatedClient | Client,
    body: StrictAuthTokenRequest,
) -> Error | Token | ValidationErrors | None:
    """Your API token, for a username and password: send it as `Authorization: Token <key>`.

    Throttled per client address (the `login` rate) against password guessing.

    Args:
        body (StrictAuthTokenRequest): For a serializer: a body field it does not have is a 400
            naming it, and so is a read-only
            field sent with a value other than the record's (sent back unchanged, as read, it is
            fine).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token | ValidationErrors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StrictAuthTokenRequest,
) -> Response[Error | Token | ValidationErrors]:
    """Your API token, for a username and password: send it as `Authorization: Token <key>`.

    Throttled per client address (the `login` rate) against password guessing.

    Args:
        body (StrictAuthTokenRequest): For a serializer: a body field it does not have is a 400
            naming it, and so is a read-only
            field sent with a value other than the record's (sent back unchanged, as read, it is
            fine).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StrictAuthTokenRequest,
) -> Error | Token | ValidationErrors | None:
    """Your API token, for a username and password: send it as `Authorization: Token <key>`.

    Throttled per client address (the `login` rate) against password guessing.

    Args:
        body (StrictAuthTokenRequest): For a serializer: a body field it does not have is a 400
            naming it, and so is a read-only
            field sent with a value other than the record's (sent back unchanged, as read, it is
            fine).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
