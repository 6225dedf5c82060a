import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_enum import CountEnum
from ...models.currency_enum import CurrencyEnum
from ...models.error import Error
from ...models.event_kind_enum import EventKindEnum
from ...models.event_status_enum import EventStatusEnum
from ...models.paginated_market_event_list import PaginatedMarketEventList
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    counterparty: list[str] | Unset = UNSET,
    counterparty_n: list[str] | Unset = UNSET,
    counterparty_id: list[int] | Unset = UNSET,
    counterparty_id_n: list[int] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    expected_on_gte: datetime.date | Unset = UNSET,
    expected_on_lte: datetime.date | Unset = UNSET,
    figure: list[str] | Unset = UNSET,
    figure_currency: list[CurrencyEnum] | Unset = UNSET,
    figure_value_gte: float | Unset = UNSET,
    figure_value_lte: float | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    kind: list[EventKindEnum] | Unset = UNSET,
    kind_n: list[EventKindEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_id: list[int] | Unset = UNSET,
    party_role: list[str] | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    status: list[EventStatusEnum] | Unset = UNSET,
    status_n: list[EventStatusEnum] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    subject_n: list[str] | Unset = UNSET,
    subject_id: list[int] | Unset = UNSET,
    subject_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["brief"] = brief

    json_count: str | Unset = UNSET
    if not isinstance(count, Unset):
        json_count = count.value

    params["count"] = json_count

    json_counterparty: list[str] | Unset = UNSET
    if not isinstance(counterparty, Unset):
        json_counterparty = counterparty

    params["counterparty"] = json_counterparty

    json_counterparty_n: list[str] | Unset = UNSET
    if not isinstance(counterparty_n, Unset):
        json_counterparty_n = counterparty_n

    params["counterparty__n"] = json_counterparty_n

    json_counterparty_id: list[int] | Unset = UNSET
    if not isinstance(counterparty_id, Unset):
        json_counterparty_id = counterparty_id

    params["counterparty_id"] = json_counterparty_id

    json_counterparty_id_n: list[int] | Unset = UNSET
    if not isinstance(counterparty_id_n, Unset):
        json_counterparty_id_n = counterparty_id_n

    params["counterparty_id__n"] = json_counterparty_id_n

    params["cursor"] = cursor

    json_date_gte: str | Unset = UNSET
    if not isinstance(date_gte, Unset):
        json_date_gte = date_gte.isoformat()
    params["date__gte"] = json_date_gte

    json_date_lte: str | Unset = UNSET
    if not isinstance(date_lte, Unset):
        json_date_lte = date_lte.isoformat()
    params["date__lte"] = json_date_lte

    json_expected_on_gte: str | Unset = UNSET
    if not isinstance(expected_on_gte, Unset):
        json_expected_on_gte = expected_on_gte.isoformat()
    params["expected_on__gte"] = json_expected_on_gte

    json_expected_on_lte: str | Unset = UNSET
    if not isinstance(expected_on_lte, Unset):
        json_expected_on_lte = expected_on_lte.isoformat()
    params["expected_on__lte"] = json_expected_on_lte

    json_figure: list[str] | Unset = UNSET
    if not isinstance(figure, Unset):
        json_figure = figure

    params["figure"] = json_figure

    json_figure_currency: list[str] | Unset = UNSET
    if not isinstance(figure_currency, Unset):
        json_figure_currency = []
        for figure_currency_item_data in figure_currency:
            figure_currency_item = figure_currency_item_data.value
            json_figure_currency.append(figure_currency_item)

    params["figure_currency"] = json_figure_currency

    params["figure_value__gte"] = figure_value_gte

    params["figure_value__lte"] = figure_value_lte

    json_hypervisor: list[str] | Unset = UNSET
    if not isinstance(hypervisor, Unset):
        json_hypervisor = hypervisor

    params["hypervisor"] = json_hypervisor

    json_hypervisor_n: list[str] | Unset = UNSET
    if not isinstance(hypervisor_n, Unset):
        json_hypervisor_n = hypervisor_n

    params["hypervisor__n"] = json_hypervisor_n

    json_hypervisor_id: list[int] | Unset = UNSET
    if not isinstance(hypervisor_id, Unset):
        json_hypervisor_id = hypervisor_id

    params["hypervisor_id"] = json_hypervisor_id

    json_hypervisor_id_n: list[int] | Unset = UNSET
    if not isinstance(hypervisor_id_n, Unset):
        json_hypervisor_id_n = hypervisor_id_n

    params["hypervisor_id__n"] = json_hypervisor_id_n

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

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_organization_id: list[int] | Unset = UNSET
    if not isinstance(organization_id, Unset):
        json_organization_id = organization_id

    params["organization_id"] = json_organization_id

    json_party: list[str] | Unset = UNSET
    if not isinstance(party, Unset):
        json_party = party

    params["party"] = json_party

    json_party_id: list[int] | Unset = UNSET
    if not isinstance(party_id, Unset):
        json_party_id = party_id

    params["party_id"] = json_party_id

    json_party_role: list[str] | Unset = UNSET
    if not isinstance(party_role, Unset):
        json_party_role = party_role

    params["party_role"] = json_party_role

    json_product: list[str] | Unset = UNSET
    if not isinstance(product, Unset):
        json_product = product

    params["product"] = json_product

    json_product_n: list[str] | Unset = UNSET
    if not isinstance(product_n, Unset):
        json_product_n = product_n

    params["product__n"] = json_product_n

    json_product_id: list[int] | Unset = UNSET
    if not isinstance(product_id, Unset):
        json_product_id = product_id

    params["product_id"] = json_product_id

    json_product_id_n: list[int] | Unset = UNSET
    if not isinstance(product_id_n, Unset):
        json_product_id_n = product_id_n

    params["product_id__n"] = json_product_id_n

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

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_status_n: list[str] | Unset = UNSET
    if not isinstance(status_n, Unset):
        json_status_n = []
        for status_n_item_data in status_n:
            status_n_item = status_n_item_data.value
            json_status_n.append(status_n_item)

    params["status__n"] = json_status_n

    json_subject: list[str] | Unset = UNSET
    if not isinstance(subject, Unset):
        json_subject = subject

    params["subject"] = json_subject

    json_subject_n: list[str] | Unset = UNSET
    if not isinstance(subject_n, Unset):
        json_subject_n = subject_n

    params["subject__n"] = json_subject_n

    json_subject_id: list[int] | Unset = UNSET
    if not isinstance(subject_id, Unset):
        json_subject_id = subject_id

    params["subject_id"] = json_subject_id

    json_subject_id_n: list[int] | Unset = UNSET
    if not isinstance(subject_id_n, Unset):
        json_subject_id_n = subject_id_n

    params["subject_id__n"] = json_subject_id_n

    params["synthetic"] = synthetic

    params["title__ic"] = title_ic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedMarketEventList | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = PaginatedMarketEventList.from_dict(response.json())

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
) -> Response[Error | PaginatedMarketEventList | ValidationErrors]:
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
    count: CountEnum | Unset = UNSET,
    counterparty: list[str] | Unset = UNSET,
    counterparty_n: list[str] | Unset = UNSET,
    counterparty_id: list[int] | Unset = UNSET,
    counterparty_id_n: list[int] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    expected_on_gte: datetime.date | Unset = UNSET,
    expected_on_lte: datetime.date | Unset = UNSET,
    figure: list[str] | Unset = UNSET,
    figure_currency: list[CurrencyEnum] | Unset = UNSET,
    figure_value_gte: float | Unset = UNSET,
    figure_value_lte: float | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    kind: list[EventKindEnum] | Unset = UNSET,
    kind_n: list[EventKindEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_id: list[int] | Unset = UNSET,
    party_role: list[str] | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    status: list[EventStatusEnum] | Unset = UNSET,
    status_n: list[EventStatusEnum] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    subject_n: list[str] | Unset = UNSET,
    subject_id: list[int] | Unset = UNSET,
    subject_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Response[Error | PaginatedMarketEventList | ValidationErrors]:
    """Market events: IPOs, acquisitions and rumours of them, roadmaps and commentary, with figures.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        counterparty (list[str] | Unset):
        counterparty_n (list[str] | Unset):
        counterparty_id (list[int] | Unset):
        counterparty_id_n (list[int] | Unset):
        cursor (str | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        expected_on_gte (datetime.date | Unset):
        expected_on_lte (datetime.date | Unset):
        figure (list[str] | Unset):
        figure_currency (list[CurrencyEnum] | Unset):
        figure_value_gte (float | Unset):
        figure_value_lte (float | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        kind (list[EventKindEnum] | Unset):
        kind_n (list[EventKindEnum] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_id (list[int] | Unset):
        party (list[str] | Unset):
        party_id (list[int] | Unset):
        party_role (list[str] | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        status (list[EventStatusEnum] | Unset):
        status_n (list[EventStatusEnum] | Unset):
        subject (list[str] | Unset):
        subject_n (list[str] | Unset):
        subject_id (list[int] | Unset):
        subject_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedMarketEventList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        brief=brief,
        count=count,
        counterparty=counterparty,
        counterparty_n=counterparty_n,
        counterparty_id=counterparty_id,
        counterparty_id_n=counterparty_id_n,
        cursor=cursor,
        date_gte=date_gte,
        date_lte=date_lte,
        expected_on_gte=expected_on_gte,
        expected_on_lte=expected_on_lte,
        figure=figure,
        figure_currency=figure_currency,
        figure_value_gte=figure_value_gte,
        figure_value_lte=figure_value_lte,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        kind=kind,
        kind_n=kind_n,
        limit=limit,
        offset=offset,
        ordering=ordering,
        organization=organization,
        organization_id=organization_id,
        party=party,
        party_id=party_id,
        party_role=party_role,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        q=q,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        status=status,
        status_n=status_n,
        subject=subject,
        subject_n=subject_n,
        subject_id=subject_id,
        subject_id_n=subject_id_n,
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
    count: CountEnum | Unset = UNSET,
    counterparty: list[str] | Unset = UNSET,
    counterparty_n: list[str] | Unset = UNSET,
    counterparty_id: list[int] | Unset = UNSET,
    counterparty_id_n: list[int] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    expected_on_gte: datetime.date | Unset = UNSET,
    expected_on_lte: datetime.date | Unset = UNSET,
    figure: list[str] | Unset = UNSET,
    figure_currency: list[CurrencyEnum] | Unset = UNSET,
    figure_value_gte: float | Unset = UNSET,
    figure_value_lte: float | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    kind: list[EventKindEnum] | Unset = UNSET,
    kind_n: list[EventKindEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_id: list[int] | Unset = UNSET,
    party_role: list[str] | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    status: list[EventStatusEnum] | Unset = UNSET,
    status_n: list[EventStatusEnum] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    subject_n: list[str] | Unset = UNSET,
    subject_id: list[int] | Unset = UNSET,
    subject_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Error | PaginatedMarketEventList | ValidationErrors | None:
    """Market events: IPOs, acquisitions and rumours of them, roadmaps and commentary, with figures.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        counterparty (list[str] | Unset):
        counterparty_n (list[str] | Unset):
        counterparty_id (list[int] | Unset):
        counterparty_id_n (list[int] | Unset):
        cursor (str | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        expected_on_gte (datetime.date | Unset):
        expected_on_lte (datetime.date | Unset):
        figure (list[str] | Unset):
        figure_currency (list[CurrencyEnum] | Unset):
        figure_value_gte (float | Unset):
        figure_value_lte (float | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        kind (list[EventKindEnum] | Unset):
        kind_n (list[EventKindEnum] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_id (list[int] | Unset):
        party (list[str] | Unset):
        party_id (list[int] | Unset):
        party_role (list[str] | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        status (list[EventStatusEnum] | Unset):
        status_n (list[EventStatusEnum] | Unset):
        subject (list[str] | Unset):
        subject_n (list[str] | Unset):
        subject_id (list[int] | Unset):
        subject_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedMarketEventList | ValidationErrors
    """

    return sync_detailed(
        client=client,
        brief=brief,
        count=count,
        counterparty=counterparty,
        counterparty_n=counterparty_n,
        counterparty_id=counterparty_id,
        counterparty_id_n=counterparty_id_n,
        cursor=cursor,
        date_gte=date_gte,
        date_lte=date_lte,
        expected_on_gte=expected_on_gte,
        expected_on_lte=expected_on_lte,
        figure=figure,
        figure_currency=figure_currency,
        figure_value_gte=figure_value_gte,
        figure_value_lte=figure_value_lte,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        kind=kind,
        kind_n=kind_n,
        limit=limit,
        offset=offset,
        ordering=ordering,
        organization=organization,
        organization_id=organization_id,
        party=party,
        party_id=party_id,
        party_role=party_role,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        q=q,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        status=status,
        status_n=status_n,
        subject=subject,
        subject_n=subject_n,
        subject_id=subject_id,
        subject_id_n=subject_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    counterparty: list[str] | Unset = UNSET,
    counterparty_n: list[str] | Unset = UNSET,
    counterparty_id: list[int] | Unset = UNSET,
    counterparty_id_n: list[int] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    expected_on_gte: datetime.date | Unset = UNSET,
    expected_on_lte: datetime.date | Unset = UNSET,
    figure: list[str] | Unset = UNSET,
    figure_currency: list[CurrencyEnum] | Unset = UNSET,
    figure_value_gte: float | Unset = UNSET,
    figure_value_lte: float | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    kind: list[EventKindEnum] | Unset = UNSET,
    kind_n: list[EventKindEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_id: list[int] | Unset = UNSET,
    party_role: list[str] | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    status: list[EventStatusEnum] | Unset = UNSET,
    status_n: list[EventStatusEnum] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    subject_n: list[str] | Unset = UNSET,
    subject_id: list[int] | Unset = UNSET,
    subject_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Response[Error | PaginatedMarketEventList | ValidationErrors]:
    """Market events: IPOs, acquisitions and rumours of them, roadmaps and commentary, with figures.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        counterparty (list[str] | Unset):
        counterparty_n (list[str] | Unset):
        counterparty_id (list[int] | Unset):
        counterparty_id_n (list[int] | Unset):
        cursor (str | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        expected_on_gte (datetime.date | Unset):
        expected_on_lte (datetime.date | Unset):
        figure (list[str] | Unset):
        figure_currency (list[CurrencyEnum] | Unset):
        figure_value_gte (float | Unset):
        figure_value_lte (float | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        kind (list[EventKindEnum] | Unset):
        kind_n (list[EventKindEnum] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_id (list[int] | Unset):
        party (list[str] | Unset):
        party_id (list[int] | Unset):
        party_role (list[str] | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        status (list[EventStatusEnum] | Unset):
        status_n (list[EventStatusEnum] | Unset):
        subject (list[str] | Unset):
        subject_n (list[str] | Unset):
        subject_id (list[int] | Unset):
        subject_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedMarketEventList | ValidationErrors]
    """

    kwargs = _get_kwargs(
        brief=brief,
        count=count,
        counterparty=counterparty,
        counterparty_n=counterparty_n,
        counterparty_id=counterparty_id,
        counterparty_id_n=counterparty_id_n,
        cursor=cursor,
        date_gte=date_gte,
        date_lte=date_lte,
        expected_on_gte=expected_on_gte,
        expected_on_lte=expected_on_lte,
        figure=figure,
        figure_currency=figure_currency,
        figure_value_gte=figure_value_gte,
        figure_value_lte=figure_value_lte,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        kind=kind,
        kind_n=kind_n,
        limit=limit,
        offset=offset,
        ordering=ordering,
        organization=organization,
        organization_id=organization_id,
        party=party,
        party_id=party_id,
        party_role=party_role,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        q=q,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        status=status,
        status_n=status_n,
        subject=subject,
        subject_n=subject_n,
        subject_id=subject_id,
        subject_id_n=subject_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
    count: CountEnum | Unset = UNSET,
    counterparty: list[str] | Unset = UNSET,
    counterparty_n: list[str] | Unset = UNSET,
    counterparty_id: list[int] | Unset = UNSET,
    counterparty_id_n: list[int] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    expected_on_gte: datetime.date | Unset = UNSET,
    expected_on_lte: datetime.date | Unset = UNSET,
    figure: list[str] | Unset = UNSET,
    figure_currency: list[CurrencyEnum] | Unset = UNSET,
    figure_value_gte: float | Unset = UNSET,
    figure_value_lte: float | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    kind: list[EventKindEnum] | Unset = UNSET,
    kind_n: list[EventKindEnum] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    party_id: list[int] | Unset = UNSET,
    party_role: list[str] | Unset = UNSET,
    product: list[str] | Unset = UNSET,
    product_n: list[str] | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    product_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    source: list[str] | Unset = UNSET,
    source_n: list[str] | Unset = UNSET,
    source_id: list[int] | Unset = UNSET,
    source_id_n: list[int] | Unset = UNSET,
    status: list[EventStatusEnum] | Unset = UNSET,
    status_n: list[EventStatusEnum] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    subject_n: list[str] | Unset = UNSET,
    subject_id: list[int] | Unset = UNSET,
    subject_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    title_ic: str | Unset = UNSET,
) -> Error | PaginatedMarketEventList | ValidationErrors | None:
    """Market events: IPOs, acquisitions and rumours of them, roadmaps and commentary, with figures.

    Args:
        brief (bool | Unset):
        count (CountEnum | Unset):
        counterparty (list[str] | Unset):
        counterparty_n (list[str] | Unset):
        counterparty_id (list[int] | Unset):
        counterparty_id_n (list[int] | Unset):
        cursor (str | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        expected_on_gte (datetime.date | Unset):
        expected_on_lte (datetime.date | Unset):
        figure (list[str] | Unset):
        figure_currency (list[CurrencyEnum] | Unset):
        figure_value_gte (float | Unset):
        figure_value_lte (float | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        kind (list[EventKindEnum] | Unset):
        kind_n (list[EventKindEnum] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        ordering (str | Unset):
        organization (list[str] | Unset):
        organization_id (list[int] | Unset):
        party (list[str] | Unset):
        party_id (list[int] | Unset):
        party_role (list[str] | Unset):
        product (list[str] | Unset):
        product_n (list[str] | Unset):
        product_id (list[int] | Unset):
        product_id_n (list[int] | Unset):
        q (str | Unset):
        source (list[str] | Unset):
        source_n (list[str] | Unset):
        source_id (list[int] | Unset):
        source_id_n (list[int] | Unset):
        status (list[EventStatusEnum] | Unset):
        status_n (list[EventStatusEnum] | Unset):
        subject (list[str] | Unset):
        subject_n (list[str] | Unset):
        subject_id (list[int] | Unset):
        subject_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        title_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedMarketEventList | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            brief=brief,
            count=count,
            counterparty=counterparty,
            counterparty_n=counterparty_n,
            counterparty_id=counterparty_id,
            counterparty_id_n=counterparty_id_n,
            cursor=cursor,
            date_gte=date_gte,
            date_lte=date_lte,
            expected_on_gte=expected_on_gte,
            expected_on_lte=expected_on_lte,
            figure=figure,
            figure_currency=figure_currency,
            figure_value_gte=figure_value_gte,
            figure_value_lte=figure_value_lte,
            hypervisor=hypervisor,
            hypervisor_n=hypervisor_n,
            hypervisor_id=hypervisor_id,
            hypervisor_id_n=hypervisor_id_n,
            kind=kind,
            kind_n=kind_n,
            limit=limit,
            offset=offset,
            ordering=ordering,
            organization=organization,
            organization_id=organization_id,
            party=party,
            party_id=party_id,
            party_role=party_role,
            product=product,
            product_n=product_n,
            product_id=product_id,
            product_id_n=product_id_n,
            q=q,
            source=source,
            source_n=source_n,
            source_id=source_id,
            source_id_n=source_id_n,
            status=status,
            status_n=status_n,
            subject=subject,
            subject_n=subject_n,
            subject_id=subject_id,
            subject_id_n=subject_id_n,
            synthetic=synthetic,
            title_ic=title_ic,
        )
    ).parsed
