import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_enum import CountEnum
from ...models.error import Error
from ...models.paginated_survey_list import PaginatedSurveyList
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brief: bool | Unset = UNSET,
    conducted_by: list[str] | Unset = UNSET,
    conducted_by_n: list[str] | Unset = UNSET,
    conducted_by_id: list[int] | Unset = UNSET,
    conducted_by_id_n: list[int] | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fielded_from_gte: datetime.date | Unset = UNSET,
    fielded_from_lte: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["brief"] = brief

    json_conducted_by: list[str] | Unset = UNSET
    if not isinstance(conducted_by, Unset):
        json_conducted_by = conducted_by

    params["conducted_by"] = json_conducted_by

    json_conducted_by_n: list[str] | Unset = UNSET
    if not isinstance(conducted_by_n, Unset):
        json_conducted_by_n = conducted_by_n

    params["conducted_by__n"] = json_conducted_by_n

    json_conducted_by_id: list[int] | Unset = UNSET
    if not isinstance(conducted_by_id, Unset):
        json_conducted_by_id = conducted_by_id

    params["conducted_by_id"] = json_conducted_by_id

    json_conducted_by_id_n: list[int] | Unset = UNSET
    if not isinstance(conducted_by_id_n, Unset):
        json_conducted_by_id_n = conducted_by_id_n

    params["conducted_by_id__n"] = json_conducted_by_id_n

    json_count: str | Unset = UNSET
    if not isinstance(count, Unset):
        json_count = count.value

    params["count"] = json_count

    params["cursor"] = cursor

    json_fielded_from_gte: str | Unset = UNSET
    if not isinstance(fielded_from_gte, Unset):
        json_fielded_from_gte = fielded_from_gte.isoformat()
    params["fielded_from__gte"] = json_fielded_from_gte

    json_fielded_from_lte: str | Unset = UNSET
    if not isinstance(fielded_from_lte, Unset):
        json_fielded_from_lte = fielded_from_lte.isoformat()
    params["fielded_from__lte"] = json_fielded_from_lte

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    params["q"] = q

    params["series"] = series

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

    params["synthetic"] = synthetic

    params["title__ic"] = title_ic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/surveys/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedSurveyList | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = PaginatedSurveyList.from_dict(response.json())

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
) -> Response[Error | PaginatedSurveyList | ValidationErrors]:
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
    conducted_by: list[str] | Unset = UNSET,
    conducted_by_n: list[str] | Unset = UNSET,
    conducted_by_id: list[int] | Unset = UNSET,
    conducted_by_id_n: list[int] | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fielded_from_gte: datetime.date | Unset = UNSET,
    fielded_from_lte: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Response[Error | PaginatedSurveyList | ValidationErrors]:
    """Surveys: questionnaires on virtualization, who ran them, when, and whom they asked.

    Args:
        brief (bool | Unset):
        conducted_by (list[str] | Unset):
        conducted_by_n (list[str] | Unset):
        conducted_by_id (list[int] | Unset):
        conducted_by_id_n (list[int] | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        fielded_from_gte (datetime.date | Unset):
        fielded_from_lte (datetime.date | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedSurveyList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        brief=brief,
        conducted_by=conducted_by,
        conducted_by_n=conducted_by_n,
        conducted_by_id=conducted_by_id,
        conducted_by_id_n=conducted_by_id_n,
        count=count,
        cursor=cursor,
        fielded_from_gte=fielded_from_gte,
        fielded_from_lte=fielded_from_lte,
        limit=limit,
        offset=offset,
        ordering=ordering,
        q=q,
        series=series,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
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
    brief: bool | Unset = UNSET,
    conducted_by: list[str] | Unset = UNSET,
    conducted_by_n: list[str] | Unset = UNSET,
    conducted_by_id: list[int] | Unset = UNSET,
    conducted_by_id_n: list[int] | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fielded_from_gte: datetime.date | Unset = UNSET,
    fielded_from_lte: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Error | PaginatedSurveyList | ValidationErrors | None:
    """Surveys: questionnaires on virtualization, who ran them, when, and whom they asked.

    Args:
        brief (bool | Unset):
        conducted_by (list[str] | Unset):
        conducted_by_n (list[str] | Unset):
        conducted_by_id (list[int] | Unset):
        conducted_by_id_n (list[int] | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        fielded_from_gte (datetime.date | Unset):
        fielded_from_lte (datetime.date | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedSurveyList | ValidationErrors
    """

    return sync_detailed(
        client=client,
        brief=brief,
        conducted_by=conducted_by,
        conducted_by_n=conducted_by_n,
        conducted_by_id=conducted_by_id,
        conducted_by_id_n=conducted_by_id_n,
        count=count,
        cursor=cursor,
        fielded_from_gte=fielded_from_gte,
        fielded_from_lte=fielded_from_lte,
        limit=limit,
        offset=offset,
        ordering=ordering,
        q=q,
        series=series,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    conducted_by: list[str] | Unset = UNSET,
    conducted_by_n: list[str] | Unset = UNSET,
    conducted_by_id: list[int] | Unset = UNSET,
    conducted_by_id_n: list[int] | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fielded_from_gte: datetime.date | Unset = UNSET,
    fielded_from_lte: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Response[Error | PaginatedSurveyList | ValidationErrors]:
    """Surveys: questionnaires on virtualization, who ran them, when, and whom they asked.

    Args:
        brief (bool | Unset):
        conducted_by (list[str] | Unset):
        conducted_by_n (list[str] | Unset):
        conducted_by_id (list[int] | Unset):
        conducted_by_id_n (list[int] | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        fielded_from_gte (datetime.date | Unset):
        fielded_from_lte (datetime.date | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedSurveyList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        brief=brief,
        conducted_by=conducted_by,
        conducted_by_n=conducted_by_n,
        conducted_by_id=conducted_by_id,
        conducted_by_id_n=conducted_by_id_n,
        count=count,
        cursor=cursor,
        fielded_from_gte=fielded_from_gte,
        fielded_from_lte=fielded_from_lte,
        limit=limit,
        offset=offset,
        ordering=ordering,
        q=q,
        series=series,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    conducted_by: list[str] | Unset = UNSET,
    conducted_by_n: list[str] | Unset = UNSET,
    conducted_by_id: list[int] | Unset = UNSET,
    conducted_by_id_n: list[int] | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fielded_from_gte: datetime.date | Unset = UNSET,
    fielded_from_lte: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Error | PaginatedSurveyList | ValidationErrors | None:
    """Surveys: questionnaires on virtualization, who ran them, when, and whom they asked.

    Args:
        brief (bool | Unset):
        conducted_by (list[str] | Unset):
        conducted_by_n (list[str] | Unset):
        conducted_by_id (list[int] | Unset):
        conducted_by_id_n (list[int] | Unset):
        count (CountEnum | Unset):
        cursor (str | Unset):
        fielded_from_gte (datetime.date | Unset):
        fielded_from_lte (datetime.date | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedSurveyList | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            brief=brief,
            conducted_by=conducted_by,
            conducted_by_n=conducted_by_n,
            conducted_by_id=conducted_by_id,
            conducted_by_id_n=conducted_by_id_n,
            count=count,
            cursor=cursor,
            fielded_from_gte=fielded_from_gte,
            fielded_from_lte=fielded_from_lte,
            limit=limit,
            offset=offset,
            ordering=ordering,
            q=q,
            series=series,
            source=source,
            source_n=source_n,
            source_id=source_id,
            source_id_n=source_id_n,
            synthetic=synthetic,
            title_ic=title_ic,
        )
    ).parsed
