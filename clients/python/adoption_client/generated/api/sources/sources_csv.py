import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.source_kind_enum import SourceKindEnum
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: list[SourceKindEnum] | Unset = UNSET,
    kind_n: list[SourceKindEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    publisher_n: list[str] | Unset = UNSET,
    publisher_id: list[int] | Unset = UNSET,
    publisher_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_kind_n: list[str] | Unset = UNSET
    if not isinstance(kind_n, Unset):
        json_kind_n = []
        for kind_n_item_data in kind_n:
            kind_n_item = kind_n_item_data.value
            json_kind_n.append(kind_n_item)

    params["kind__n"] = json_kind_n

    params["ordering"] = ordering

    json_published_on_gte: str | Unset = UNSET
    if not isinstance(published_on_gte, Unset):
        json_published_on_gte = published_on_gte.isoformat()
    params["published_on__gte"] = json_published_on_gte

    json_published_on_lte: str | Unset = UNSET
    if not isinstance(published_on_lte, Unset):
        json_published_on_lte = published_on_lte.isoformat()
    params["published_on__lte"] = json_published_on_lte

    json_publisher: list[str] | Unset = UNSET
    if not isinstance(publisher, Unset):
        json_publisher = publisher

    params["publisher"] = json_publisher

    json_publisher_n: list[str] | Unset = UNSET
    if not isinstance(publisher_n, Unset):
        json_publisher_n = publisher_n

    params["publisher__n"] = json_publisher_n

    json_publisher_id: list[int] | Unset = UNSET
    if not isinstance(publisher_id, Unset):
        json_publisher_id = publisher_id

    params["publisher_id"] = json_publisher_id

    json_publisher_id_n: list[int] | Unset = UNSET
    if not isinstance(publisher_id_n, Unset):
        json_publisher_id_n = publisher_id_n

    params["publisher_id__n"] = json_publisher_id_n

    params["q"] = q

    params["synthetic"] = synthetic

    params["title__ic"] = title_ic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/sources.csv",
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
    kind: list[SourceKindEnum] | Unset = UNSET,
    kind_n: list[SourceKindEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    publisher_n: list[str] | Unset = UNSET,
    publisher_id: list[int] | Unset = UNSET,
    publisher_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/sources/?format=csv`. Sources: the articles, notes, interviews and reports
    that records cite.

    Args:
        kind (list[SourceKindEnum] | Unset):
        kind_n (list[SourceKindEnum] | Unset):
        ordering (str | Unset):
        published_on_gte (datetime.date | Unset):
        published_on_lte (datetime.date | Unset):
        publisher (list[str] | Unset):
        publisher_n (list[str] | Unset):
        publisher_id (list[int] | Unset):
        publisher_id_n (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        kind=kind,
        kind_n=kind_n,
        ordering=ordering,
        published_on_gte=published_on_gte,
        published_on_lte=published_on_lte,
        publisher=publisher,
        publisher_n=publisher_n,
        publisher_id=publisher_id,
        publisher_id_n=publisher_id_n,
        q=q,
        synthetic=synthetic,
        title_ic=title_ic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: list[SourceKindEnum] | Unset = UNSET,
    kind_n: list[SourceKindEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    publisher_n: list[str] | Unset = UNSET,
    publisher_id: list[int] | Unset = UNSET,
    publisher_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/sources/?format=csv`. Sources: the articles, notes, interviews and reports
    that records cite.

    Args:
        kind (list[SourceKindEnum] | Unset):
        kind_n (list[SourceKindEnum] | Unset):
        ordering (str | Unset):
        published_on_gte (datetime.date | Unset):
        published_on_lte (datetime.date | Unset):
        publisher (list[str] | Unset):
        publisher_n (list[str] | Unset):
        publisher_id (list[int] | Unset):
        publisher_id_n (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return sync_detailed(
        client=client,
        kind=kind,
        kind_n=kind_n,
        ordering=ordering,
        published_on_gte=published_on_gte,
        published_on_lte=published_on_lte,
        publisher=publisher,
        publisher_n=publisher_n,
        publisher_id=publisher_id,
        publisher_id_n=publisher_id_n,
        q=q,
        synthetic=synthetic,
        title_ic=title_ic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: list[SourceKindEnum] | Unset = UNSET,
    kind_n: list[SourceKindEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    publisher_n: list[str] | Unset = UNSET,
    publisher_id: list[int] | Unset = UNSET,
    publisher_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/sources/?format=csv`. Sources: the articles, notes, interviews and reports
    that records cite.

    Args:
        kind (list[SourceKindEnum] | Unset):
        kind_n (list[SourceKindEnum] | Unset):
        ordering (str | Unset):
        published_on_gte (datetime.date | Unset):
        published_on_lte (datetime.date | Unset):
        publisher (list[str] | Unset):
        publisher_n (list[str] | Unset):
        publisher_id (list[int] | Unset):
        publisher_id_n (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        kind=kind,
        kind_n=kind_n,
        ordering=ordering,
        published_on_gte=published_on_gte,
        published_on_lte=published_on_lte,
        publisher=publisher,
        publisher_n=publisher_n,
        publisher_id=publisher_id,
        publisher_id_n=publisher_id_n,
        q=q,
        synthetic=synthetic,
        title_ic=title_ic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: list[SourceKindEnum] | Unset = UNSET,
    kind_n: list[SourceKindEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    publisher_n: list[str] | Unset = UNSET,
    publisher_id: list[int] | Unset = UNSET,
    publisher_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/sources/?format=csv`. Sources: the articles, notes, interviews and reports
    that records cite.

    Args:
        kind (list[SourceKindEnum] | Unset):
        kind_n (list[SourceKindEnum] | Unset):
        ordering (str | Unset):
        published_on_gte (datetime.date | Unset):
        published_on_lte (datetime.date | Unset):
        publisher (list[str] | Unset):
        publisher_n (list[str] | Unset):
        publisher_id (list[int] | Unset):
        publisher_id_n (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            kind_n=kind_n,
            ordering=ordering,
            published_on_gte=published_on_gte,
            published_on_lte=published_on_lte,
            publisher=publisher,
            publisher_n=publisher_n,
            publisher_id=publisher_id,
            publisher_id_n=publisher_id_n,
            q=q,
            synthetic=synthetic,
            title_ic=title_ic,
        )
    ).parsed
