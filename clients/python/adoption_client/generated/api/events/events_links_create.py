from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.event_link import EventLink
from ...models.event_link_request import EventLinkRequest
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: EventLinkRequest,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/events/{id}/links/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EventLink | ValidationErrors | None:
    if response.status_code == 201:
        response_201 = EventLink.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[Error | EventLink | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EventLinkRequest,
    if_match: str | Unset = UNSET,
) -> Response[Error | EventLink | ValidationErrors]:
    """Add one link to the market event, leaving the others as they are

     The same as sending the whole list with this row added (PUT/PATCH), but only this row is written.
    Needs the change permission on the record; answers its new ETag.

    Args:
        id (str):
        if_match (str | Unset):
        body (EventLinkRequest): A row written inside its parent: validated without its parent,
            which may not exist yet.

            Its `id`, when given, names the stored row it is (services.nested); a key the row
            does not have is refused, naming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventLink | ValidationErrors]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EventLinkRequest,
    if_match: str | Unset = UNSET,
) -> Error | EventLink | ValidationErrors | None:
    """Add one link to the market event, leaving the others as they are

     The same as sending the whole list with this row added (PUT/PATCH), but only this row is written.
    Needs the change permission on the record; answers its new ETag.

    Args:
        id (str):
        if_match (str | Unset):
        body (EventLinkRequest): A row written inside its parent: validated without its parent,
            which may not exist yet.

            Its `id`, when given, names the stored row it is (services.nested); a key the row
            does not have is refused, naming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventLink | ValidationErrors
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EventLinkRequest,
    if_match: str | Unset = UNSET,
) -> Response[Error | EventLink | ValidationErrors]:
    """Add one link to the market event, leaving the others as they are

     The same as sending the whole list with this row added (PUT/PATCH), but only this row is written.
    Needs the change permission on the record; answers its new ETag.

    Args:
        id (str):
        if_match (str | Unset):
        body (EventLinkRequest): A row written inside its parent: validated without its parent,
            which may not exist yet.

            Its `id`, when given, names the stored row it is (services.nested); a key the row
            does not have is refused, naming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventLink | ValidationErrors]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: EventLinkRequest,
    if_match: str | Unset = UNSET,
) -> Error | EventLink | ValidationErrors | None:
    """Add one link to the market event, leaving the others as they are

     The same as sending the whole list with this row added (PUT/PATCH), but only this row is written.
    Needs the change permission on the record; answers its new ETag.

    Args:
        id (str):
        if_match (str | Unset):
        body (EventLinkRequest): A row written inside its parent: validated without its parent,
            which may not exist yet.

            Its `id`, when given, names the stored row it is (services.nested); a key the row
            does not have is refused, naming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventLink | ValidationErrors
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
