import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ended_on_gte: datetime.date | Unset = UNSET,
    ended_on_lte: datetime.date | Unset = UNSET,
    event: list[str] | Unset = UNSET,
    event_n: list[str] | Unset = UNSET,
    event_id: list[int] | Unset = UNSET,
    event_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_n: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    organization_id_n: list[int] | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_n: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    parent_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    started_on_gte: datetime.date | Unset = UNSET,
    started_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ended_on_gte: str | Unset = UNSET
    if not isinstance(ended_on_gte, Unset):
        json_ended_on_gte = ended_on_gte.isoformat()
    params["ended_on__gte"] = json_ended_on_gte

    json_ended_on_lte: str | Unset = UNSET
    if not isinstance(ended_on_lte, Unset):
        json_ended_on_lte = ended_on_lte.isoformat()
    params["ended_on__lte"] = json_ended_on_lte

    json_event: list[str] | Unset = UNSET
    if not isinstance(event, Unset):
        json_event = event

    params["event"] = json_event

    json_event_n: list[str] | Unset = UNSET
    if not isinstance(event_n, Unset):
        json_event_n = event_n

    params["event__n"] = json_event_n

    json_event_id: list[int] | Unset = UNSET
    if not isinstance(event_id, Unset):
        json_event_id = event_id

    params["event_id"] = json_event_id

    json_event_id_n: list[int] | Unset = UNSET
    if not isinstance(event_id_n, Unset):
        json_event_id_n = event_id_n

    params["event_id__n"] = json_event_id_n

    params["ordering"] = ordering

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_organization_n: list[str] | Unset = UNSET
    if not isinstance(organization_n, Unset):
        json_organization_n = organization_n

    params["organization__n"] = json_organization_n

    json_organization_id: list[int] | Unset = UNSET
    if not isinstance(organization_id, Unset):
        json_organization_id = organization_id

    params["organization_id"] = json_organization_id

    json_organization_id_n: list[int] | Unset = UNSET
    if not isinstance(organization_id_n, Unset):
        json_organization_id_n = organization_id_n

    params["organization_id__n"] = json_organization_id_n

    json_parent: list[str] | Unset = UNSET
    if not isinstance(parent, Unset):
        json_parent = parent

    params["parent"] = json_parent

    json_parent_n: list[str] | Unset = UNSET
    if not isinstance(parent_n, Unset):
        json_parent_n = parent_n

    params["parent__n"] = json_parent_n

    json_parent_id: list[int] | Unset = UNSET
    if not isinstance(parent_id, Unset):
        json_parent_id = parent_id

    params["parent_id"] = json_parent_id

    json_parent_id_n: list[int] | Unset = UNSET
    if not isinstance(parent_id_n, Unset):
        json_parent_id_n = parent_id_n

    params["parent_id__n"] = json_parent_id_n

    params["q"] = q

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

    json_started_on_gte: str | Unset = UNSET
    if not isinstance(started_on_gte, Unset):
        json_started_on_gte = started_on_gte.isoformat()
    params["started_on__gte"] = json_started_on_gte

    json_started_on_lte: str | Unset = UNSET
    if not isinstance(started_on_lte, Unset):
        json_started_on_lte = started_on_lte.isoformat()
    params["started_on__lte"] = json_started_on_lte

    params["synthetic"] = synthetic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ownerships.csv",
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
    ended_on_gte: datetime.date | Unset = UNSET,
    ended_on_lte: datetime.date | Unset = UNSET,
    event: list[str] | Unset = UNSET,
    event_n: list[str] | Unset = UNSET,
    event_id: list[int] | Unset = UNSET,
    event_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_n: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    organization_id_n: list[int] | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_n: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    parent_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    started_on_gte: datetime.date | Unset = UNSET,
    started_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/ownerships/?format=csv`. Ownership periods: who owned an organization,
    from when to when, on whose word.

    Args:
        ended_on_gte (datetime.date | Unset):
        ended_on_lte (datetime.date | Unset):
        event (list[str] | Unset):
        event_n (list[str] | Unset):
        event_id (list[int] | Unset):
        event_id_n (list[int] | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_n (list[str] | Unset):
        organization_id (list[int] | Unset):
        organization_id_n (list[int] | Unset):
        parent (list[str] | Unset):
        parent_n (list[str] | Unset):
        parent_id (list[int] | Unset):
        parent_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        started_on_gte (datetime.date | Unset):
        started_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        ended_on_gte=ended_on_gte,
        ended_on_lte=ended_on_lte,
        event=event,
        event_n=event_n,
        event_id=event_id,
        event_id_n=event_id_n,
        ordering=ordering,
        organization=organization,
        organization_n=organization_n,
        organization_id=organization_id,
        organization_id_n=organization_id_n,
        parent=parent,
        parent_n=parent_n,
        parent_id=parent_id,
        parent_id_n=parent_id_n,
        q=q,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        started_on_gte=started_on_gte,
        started_on_lte=started_on_lte,
        synthetic=synthetic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ended_on_gte: datetime.date | Unset = UNSET,
    ended_on_lte: datetime.date | Unset = UNSET,
    event: list[str] | Unset = UNSET,
    event_n: list[str] | Unset = UNSET,
    event_id: list[int] | Unset = UNSET,
    event_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_n: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    organization_id_n: list[int] | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_n: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    parent_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    started_on_gte: datetime.date | Unset = UNSET,
    started_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/ownerships/?format=csv`. Ownership periods: who owned an organization,
    from when to when, on whose word.

    Args:
        ended_on_gte (datetime.date | Unset):
        ended_on_lte (datetime.date | Unset):
        event (list[str] | Unset):
        event_n (list[str] | Unset):
        event_id (list[int] | Unset):
        event_id_n (list[int] | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_n (list[str] | Unset):
        organization_id (list[int] | Unset):
        organization_id_n (list[int] | Unset):
        parent (list[str] | Unset):
        parent_n (list[str] | Unset):
        parent_id (list[int] | Unset):
        parent_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        started_on_gte (datetime.date | Unset):
        started_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return sync_detailed(
        client=client,
        ended_on_gte=ended_on_gte,
        ended_on_lte=ended_on_lte,
        event=event,
        event_n=event_n,
        event_id=event_id,
        event_id_n=event_id_n,
        ordering=ordering,
        organization=organization,
        organization_n=organization_n,
        organization_id=organization_id,
        organization_id_n=organization_id_n,
        parent=parent,
        parent_n=parent_n,
        parent_id=parent_id,
        parent_id_n=parent_id_n,
        q=q,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        started_on_gte=started_on_gte,
        started_on_lte=started_on_lte,
        synthetic=synthetic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ended_on_gte: datetime.date | Unset = UNSET,
    ended_on_lte: datetime.date | Unset = UNSET,
    event: list[str] | Unset = UNSET,
    event_n: list[str] | Unset = UNSET,
    event_id: list[int] | Unset = UNSET,
    event_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_n: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    organization_id_n: list[int] | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_n: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    parent_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    started_on_gte: datetime.date | Unset = UNSET,
    started_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/ownerships/?format=csv`. Ownership periods: who owned an organization,
    from when to when, on whose word.

    Args:
        ended_on_gte (datetime.date | Unset):
        ended_on_lte (datetime.date | Unset):
        event (list[str] | Unset):
        event_n (list[str] | Unset):
        event_id (list[int] | Unset):
        event_id_n (list[int] | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_n (list[str] | Unset):
        organization_id (list[int] | Unset):
        organization_id_n (list[int] | Unset):
        parent (list[str] | Unset):
        parent_n (list[str] | Unset):
        parent_id (list[int] | Unset):
        parent_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        started_on_gte (datetime.date | Unset):
        started_on_lte (datetime.date | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        ended_on_gte=ended_on_gte,
        ended_on_lte=ended_on_lte,
        event=event,
        event_n=event_n,
        event_id=event_id,
        event_id_n=event_id_n,
        ordering=ordering,
        organization=organization,
        organization_n=organization_n,
        organization_id=organization_id,
        organization_id_n=organization_id_n,
        parent=parent,
        parent_n=parent_n,
        parent_id=parent_id,
        parent_id_n=parent_id_n,
        q=q,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        started_on_gte=started_on_gte,
        started_on_lte=started_on_lte,
        synthetic=synthetic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ended_on_gte: datetime.date | Unset = UNSET,
    ended_on_lte: datetime.date | Unset = UNSET,
    event: list[str] | Unset = UNSET,
    event_n: list[str] | Unset = UNSET,
    event_id: list[int] | Unset = UNSET,
    event_id_n: list[int] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_n: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    organization_id_n: list[int] | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_n: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    parent_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    started_on_gte: datetime.date | Unset = UNSET,
    started_on_lte: datetime.date | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/ownerships/?format=csv`. Ownership periods: who owned an organization,
    from when to when, on whose word.

    Args:
        ended_on_gte (datetime.date | Unset):
        ended_on_lte (datetime.date | Unset):
        event (list[str] | Unset):
        event_n (list[str] | Unset):
        event_id (list[int] | Unset):
        event_id_n (list[int] | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_n (list[str] | Unset):
        organization_id (list[int] | Unset):
        organization_id_n (list[int] | Unset):
        parent (list[str] | Unset):
        parent_n (list[str] | Unset):
        parent_id (list[int] | Unset):
        parent_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        started_on_gte (datetime.date | Unset):
        started_on_lte (datetime.date | Unset):
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
            ended_on_gte=ended_on_gte,
            ended_on_lte=ended_on_lte,
            event=event,
            event_n=event_n,
            event_id=event_id,
            event_id_n=event_id_n,
            ordering=ordering,
            organization=organization,
            organization_n=organization_n,
            organization_id=organization_id,
            organization_id_n=organization_id_n,
            parent=parent,
            parent_n=parent_n,
            parent_id=parent_id,
            parent_id_n=parent_id_n,
            q=q,
            source=source,
            source_n=source_n,
            source_id=source_id,
            source_id_n=source_id_n,
            started_on_gte=started_on_gte,
            started_on_lte=started_on_lte,
            synthetic=synthetic,
        )
    ).parsed
