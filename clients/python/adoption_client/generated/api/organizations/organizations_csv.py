import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_enum import CountryEnum
from ...models.error import Error
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    owned_by: list[str] | Unset = UNSET,
    owned_by_id: list[int] | Unset = UNSET,
    owned_on: datetime.date | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = []
        for country_item_data in country:
            country_item = country_item_data.value
            json_country.append(country_item)

    params["country"] = json_country

    json_country_n: list[str] | Unset = UNSET
    if not isinstance(country_n, Unset):
        json_country_n = []
        for country_n_item_data in country_n:
            country_n_item = country_n_item_data.value
            json_country_n.append(country_n_item)

    params["country__n"] = json_country_n

    json_industry: list[str] | Unset = UNSET
    if not isinstance(industry, Unset):
        json_industry = industry

    params["industry"] = json_industry

    json_industry_n: list[str] | Unset = UNSET
    if not isinstance(industry_n, Unset):
        json_industry_n = industry_n

    params["industry__n"] = json_industry_n

    json_industry_id: list[int] | Unset = UNSET
    if not isinstance(industry_id, Unset):
        json_industry_id = industry_id

    params["industry_id"] = json_industry_id

    json_industry_id_n: list[int] | Unset = UNSET
    if not isinstance(industry_id_n, Unset):
        json_industry_id_n = industry_id_n

    params["industry_id__n"] = json_industry_id_n

    params["name__ic"] = name_ic

    params["ordering"] = ordering

    json_owned_by: list[str] | Unset = UNSET
    if not isinstance(owned_by, Unset):
        json_owned_by = owned_by

    params["owned_by"] = json_owned_by

    json_owned_by_id: list[int] | Unset = UNSET
    if not isinstance(owned_by_id, Unset):
        json_owned_by_id = owned_by_id

    params["owned_by_id"] = json_owned_by_id

    json_owned_on: str | Unset = UNSET
    if not isinstance(owned_on, Unset):
        json_owned_on = owned_on.isoformat()
    params["owned_on"] = json_owned_on

    json_parent: list[str] | Unset = UNSET
    if not isinstance(parent, Unset):
        json_parent = parent

    params["parent"] = json_parent

    json_parent_id: list[int] | Unset = UNSET
    if not isinstance(parent_id, Unset):
        json_parent_id = parent_id

    params["parent_id"] = json_parent_id

    params["q"] = q

    params["synthetic"] = synthetic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations.csv",
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
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    owned_by: list[str] | Unset = UNSET,
    owned_by_id: list[int] | Unset = UNSET,
    owned_on: datetime.date | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/organizations/?format=csv`. Organizations: customers, vendors,
    integrators, analysts and publishers, with their aliases.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        owned_by (list[str] | Unset):
        owned_by_id (list[int] | Unset):
        owned_on (datetime.date | Unset):
        parent (list[str] | Unset):
        parent_id (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        country=country,
        country_n=country_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        name_ic=name_ic,
        ordering=ordering,
        owned_by=owned_by,
        owned_by_id=owned_by_id,
        owned_on=owned_on,
        parent=parent,
        parent_id=parent_id,
        q=q,
        synthetic=synthetic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    owned_by: list[str] | Unset = UNSET,
    owned_by_id: list[int] | Unset = UNSET,
    owned_on: datetime.date | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/organizations/?format=csv`. Organizations: customers, vendors,
    integrators, analysts and publishers, with their aliases.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        owned_by (list[str] | Unset):
        owned_by_id (list[int] | Unset):
        owned_on (datetime.date | Unset):
        parent (list[str] | Unset):
        parent_id (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return sync_detailed(
        client=client,
        country=country,
        country_n=country_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        name_ic=name_ic,
        ordering=ordering,
        owned_by=owned_by,
        owned_by_id=owned_by_id,
        owned_on=owned_on,
        parent=parent,
        parent_id=parent_id,
        q=q,
        synthetic=synthetic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    owned_by: list[str] | Unset = UNSET,
    owned_by_id: list[int] | Unset = UNSET,
    owned_on: datetime.date | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/organizations/?format=csv`. Organizations: customers, vendors,
    integrators, analysts and publishers, with their aliases.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        owned_by (list[str] | Unset):
        owned_by_id (list[int] | Unset):
        owned_on (datetime.date | Unset):
        parent (list[str] | Unset):
        parent_id (list[int] | Unset):
        q (str | Unset):
        synthetic (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        country=country,
        country_n=country_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        name_ic=name_ic,
        ordering=ordering,
        owned_by=owned_by,
        owned_by_id=owned_by_id,
        owned_on=owned_on,
        parent=parent,
        parent_id=parent_id,
        q=q,
        synthetic=synthetic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    name_ic: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    owned_by: list[str] | Unset = UNSET,
    owned_by_id: list[int] | Unset = UNSET,
    owned_on: datetime.date | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_id: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/organizations/?format=csv`. Organizations: customers, vendors,
    integrators, analysts and publishers, with their aliases.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        name_ic (str | Unset):
        ordering (str | Unset):
        owned_by (list[str] | Unset):
        owned_by_id (list[int] | Unset):
        owned_on (datetime.date | Unset):
        parent (list[str] | Unset):
        parent_id (list[int] | Unset):
        q (str | Unset):
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
            country=country,
            country_n=country_n,
            industry=industry,
            industry_n=industry_n,
            industry_id=industry_id,
            industry_id_n=industry_id_n,
            name_ic=name_ic,
            ordering=ordering,
            owned_by=owned_by,
            owned_by_id=owned_by_id,
            owned_on=owned_on,
            parent=parent,
            parent_id=parent_id,
            q=q,
            synthetic=synthetic,
        )
    ).parsed
