from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.methodology import Methodology
from ...models.validation_errors import ValidationErrors
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/surveys/{slug}/methodology/".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Methodology | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = Methodology.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationErrors.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Methodology | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Methodology | ValidationErrors]:
    """A survey's methodology: population, fieldwork, questionnaire, responses received and used,
    weighting,
    and margins of error at typical bases, generated from its data (docs: reference/methodology).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Methodology | ValidationErrors]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Error | Methodology | ValidationErrors | None:
    """A survey's methodology: population, fieldwork, questionnaire, responses received and used,
    weighting,
    and margins of error at typical bases, generated from its data (docs: reference/methodology).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Methodology | ValidationErrors
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Methodology | ValidationErrors]:
    """A survey's methodology: population, fieldwork, questionnaire, responses received and used,
    weighting,
    and margins of error at typical bases, generated from its data (docs: reference/methodology).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Methodology | ValidationErrors]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Error | Methodology | ValidationErrors | None:
    """A survey's methodology: population, fieldwork, questionnaire, responses received and used,
    weighting,
    and margins of error at typical bases, generated from its data (docs: reference/methodology).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Methodology | ValidationErrors
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
