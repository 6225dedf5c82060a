import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.layout_enum import LayoutEnum
from ...models.period_enum import PeriodEnum
from ...models.report import Report
from ...models.stage_enum import StageEnum
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: str | Unset = UNSET,
    confidence: float | Unset = UNSET,
    counterparty: str | Unset = UNSET,
    counterparty_n: str | Unset = UNSET,
    counterparty_id: str | Unset = UNSET,
    counterparty_id_n: str | Unset = UNSET,
    country: str | Unset = UNSET,
    country_n: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_n: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_id_n: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    expected_on_gte: str | Unset = UNSET,
    expected_on_lte: str | Unset = UNSET,
    figure: str | Unset = UNSET,
    figure_currency: str | Unset = UNSET,
    figure_value_gte: str | Unset = UNSET,
    figure_value_lte: str | Unset = UNSET,
    group_by: str,
    guest_os: str | Unset = UNSET,
    guest_os_n: str | Unset = UNSET,
    guest_os_family: str | Unset = UNSET,
    guest_os_family_n: str | Unset = UNSET,
    guest_os_id: str | Unset = UNSET,
    guest_os_id_n: str | Unset = UNSET,
    host_os: str | Unset = UNSET,
    host_os_n: str | Unset = UNSET,
    host_os_family: str | Unset = UNSET,
    host_os_family_n: str | Unset = UNSET,
    host_os_id: str | Unset = UNSET,
    host_os_id_n: str | Unset = UNSET,
    hypervisor: str | Unset = UNSET,
    hypervisor_n: str | Unset = UNSET,
    hypervisor_id: str | Unset = UNSET,
    hypervisor_id_n: str | Unset = UNSET,
    hypervisor_stage: str | Unset = UNSET,
    hypervisor_stage_n: str | Unset = UNSET,
    hypervisor_vendor: str | Unset = UNSET,
    hypervisor_vendor_n: str | Unset = UNSET,
    hypervisor_vendor_id: str | Unset = UNSET,
    hypervisor_vendor_id_n: str | Unset = UNSET,
    industry: str | Unset = UNSET,
    industry_n: str | Unset = UNSET,
    industry_id: str | Unset = UNSET,
    industry_id_n: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    kind_n: str | Unset = UNSET,
    known_on: datetime.datetime | Unset = UNSET,
    layout: LayoutEnum | Unset = UNSET,
    linux_years_gte: str | Unset = UNSET,
    linux_years_lte: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    party: str | Unset = UNSET,
    party_id: str | Unset = UNSET,
    party_role: str | Unset = UNSET,
    period: PeriodEnum | Unset = UNSET,
    product: str | Unset = UNSET,
    product_n: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_id_n: str | Unset = UNSET,
    purpose: str | Unset = UNSET,
    purpose_n: str | Unset = UNSET,
    purpose_id: str | Unset = UNSET,
    purpose_id_n: str | Unset = UNSET,
    q: str | Unset = UNSET,
    reached: StageEnum | Unset = UNSET,
    records: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: str | Unset = UNSET,
    reported_on_lte: str | Unset = UNSET,
    respondent: str | Unset = UNSET,
    respondent_n: str | Unset = UNSET,
    respondent_id: str | Unset = UNSET,
    respondent_id_n: str | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: str | Unset = UNSET,
    size_band_n: str | Unset = UNSET,
    source: str | Unset = UNSET,
    source_n: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    source_id_n: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    stage_n: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_n: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    subject_n: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    subject_id_n: str | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    supplier_n: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    supplier_id_n: str | Unset = UNSET,
    survey: str | Unset = UNSET,
    survey_n: str | Unset = UNSET,
    survey_id: str | Unset = UNSET,
    survey_id_n: str | Unset = UNSET,
    synthetic: str | Unset = UNSET,
    title_ic: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_currency: str | Unset = UNSET,
    versus: str | Unset = UNSET,
    weighted: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["as_of"] = as_of

    params["confidence"] = confidence

    params["counterparty"] = counterparty

    params["counterparty__n"] = counterparty_n

    params["counterparty_id"] = counterparty_id

    params["counterparty_id__n"] = counterparty_id_n

    params["country"] = country

    params["country__n"] = country_n

    params["customer"] = customer

    params["customer__n"] = customer_n

    params["customer_id"] = customer_id

    params["customer_id__n"] = customer_id_n

    params["date__gte"] = date_gte

    params["date__lte"] = date_lte

    params["expected_on__gte"] = expected_on_gte

    params["expected_on__lte"] = expected_on_lte

    params["figure"] = figure

    params["figure_currency"] = figure_currency

    params["figure_value__gte"] = figure_value_gte

    params["figure_value__lte"] = figure_value_lte

    params["group_by"] = group_by

    params["guest_os"] = guest_os

    params["guest_os__n"] = guest_os_n

    params["guest_os_family"] = guest_os_family

    params["guest_os_family__n"] = guest_os_family_n

    params["guest_os_id"] = guest_os_id

    params["guest_os_id__n"] = guest_os_id_n

    params["host_os"] = host_os

    params["host_os__n"] = host_os_n

    params["host_os_family"] = host_os_family

    params["host_os_family__n"] = host_os_family_n

    params["host_os_id"] = host_os_id

    params["host_os_id__n"] = host_os_id_n

    params["hypervisor"] = hypervisor

    params["hypervisor__n"] = hypervisor_n

    params["hypervisor_id"] = hypervisor_id

    params["hypervisor_id__n"] = hypervisor_id_n

    params["hypervisor_stage"] = hypervisor_stage

    params["hypervisor_stage__n"] = hypervisor_stage_n

    params["hypervisor_vendor"] = hypervisor_vendor

    params["hypervisor_vendor__n"] = hypervisor_vendor_n

    params["hypervisor_vendor_id"] = hypervisor_vendor_id

    params["hypervisor_vendor_id__n"] = hypervisor_vendor_id_n

    params["industry"] = industry

    params["industry__n"] = industry_n

    params["industry_id"] = industry_id

    params["industry_id__n"] = industry_id_n

    params["kind"] = kind

    params["kind__n"] = kind_n

    json_known_on: str | Unset = UNSET
    if not isinstance(known_on, Unset):
        json_known_on = known_on.isoformat()
    params["known_on"] = json_known_on

    json_layout: str | Unset = UNSET
    if not isinstance(layout, Unset):
        json_layout = layout.value

    params["layout"] = json_layout

    params["linux_years__gte"] = linux_years_gte

    params["linux_years__lte"] = linux_years_lte

    params["organization"] = organization

    params["organization_id"] = organization_id

    params["party"] = party

    params["party_id"] = party_id

    params["party_role"] = party_role

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params["product"] = product

    params["product__n"] = product_n

    params["product_id"] = product_id

    params["product_id__n"] = product_id_n

    params["purpose"] = purpose

    params["purpose__n"] = purpose_n

    params["purpose_id"] = purpose_id

    params["purpose_id__n"] = purpose_id_n

    params["q"] = q

    json_reached: str | Unset = UNSET
    if not isinstance(reached, Unset):
        json_reached = reached.value

    params["reached"] = json_reached

    params["records"] = records

    params["reference__ic"] = reference_ic

    params["reported_on__gte"] = reported_on_gte

    params["reported_on__lte"] = reported_on_lte

    params["respondent"] = respondent

    params["respondent__n"] = respondent_n

    params["respondent_id"] = respondent_id

    params["respondent_id__n"] = respondent_id_n

    params["series"] = series

    params["size_band"] = size_band

    params["size_band__n"] = size_band_n

    params["source"] = source

    params["source__n"] = source_n

    params["source_id"] = source_id

    params["source_id__n"] = source_id_n

    params["stage"] = stage

    params["stage__n"] = stage_n

    params["status"] = status

    params["status__n"] = status_n

    params["subject"] = subject

    params["subject__n"] = subject_n

    params["subject_id"] = subject_id

    params["subject_id__n"] = subject_id_n

    params["summary__ic"] = summary_ic

    params["supplier"] = supplier

    params["supplier__n"] = supplier_n

    params["supplier_id"] = supplier_id

    params["supplier_id__n"] = supplier_id_n

    params["survey"] = survey

    params["survey__n"] = survey_n

    params["survey_id"] = survey_id

    params["survey_id__n"] = survey_id_n

    params["synthetic"] = synthetic

    params["title__ic"] = title_ic

    params["value"] = value

    params["value_currency"] = value_currency

    params["versus"] = versus

    params["weighted"] = weighted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/reports/adoption/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Report | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = Report.from_dict(response.json())

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
) -> Response[Error | Report | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    as_of: str | Unset = UNSET,
    confidence: float | Unset = UNSET,
    counterparty: str | Unset = UNSET,
    counterparty_n: str | Unset = UNSET,
    counterparty_id: str | Unset = UNSET,
    counterparty_id_n: str | Unset = UNSET,
    country: str | Unset = UNSET,
    country_n: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_n: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_id_n: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    expected_on_gte: str | Unset = UNSET,
    expected_on_lte: str | Unset = UNSET,
    figure: str | Unset = UNSET,
    figure_currency: str | Unset = UNSET,
    figure_value_gte: str | Unset = UNSET,
    figure_value_lte: str | Unset = UNSET,
    group_by: str,
    guest_os: str | Unset = UNSET,
    guest_os_n: str | Unset = UNSET,
    guest_os_family: str | Unset = UNSET,
    guest_os_family_n: str | Unset = UNSET,
    guest_os_id: str | Unset = UNSET,
    guest_os_id_n: str | Unset = UNSET,
    host_os: str | Unset = UNSET,
    host_os_n: str | Unset = UNSET,
    host_os_family: str | Unset = UNSET,
    host_os_family_n: str | Unset = UNSET,
    host_os_id: str | Unset = UNSET,
    host_os_id_n: str | Unset = UNSET,
    hypervisor: str | Unset = UNSET,
    hypervisor_n: str | Unset = UNSET,
    hypervisor_id: str | Unset = UNSET,
    hypervisor_id_n: str | Unset = UNSET,
    hypervisor_stage: str | Unset = UNSET,
    hypervisor_stage_n: str | Unset = UNSET,
    hypervisor_vendor: str | Unset = UNSET,
    hypervisor_vendor_n: str | Unset = UNSET,
    hypervisor_vendor_id: str | Unset = UNSET,
    hypervisor_vendor_id_n: str | Unset = UNSET,
    industry: str | Unset = UNSET,
    industry_n: str | Unset = UNSET,
    industry_id: str | Unset = UNSET,
    industry_id_n: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    kind_n: str | Unset = UNSET,
    known_on: datetime.datetime | Unset = UNSET,
    layout: LayoutEnum | Unset = UNSET,
    linux_years_gte: str | Unset = UNSET,
    linux_years_lte: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    party: str | Unset = UNSET,
    party_id: str | Unset = UNSET,
    party_role: str | Unset = UNSET,
    period: PeriodEnum | Unset = UNSET,
    product: str | Unset = UNSET,
    product_n: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_id_n: str | Unset = UNSET,
    purpose: str | Unset = UNSET,
    purpose_n: str | Unset = UNSET,
    purpose_id: str | Unset = UNSET,
    purpose_id_n: str | Unset = UNSET,
    q: str | Unset = UNSET,
    reached: StageEnum | Unset = UNSET,
    records: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: str | Unset = UNSET,
    reported_on_lte: str | Unset = UNSET,
    respondent: str | Unset = UNSET,
    respondent_n: str | Unset = UNSET,
    respondent_id: str | Unset = UNSET,
    respondent_id_n: str | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: str | Unset = UNSET,
    size_band_n: str | Unset = UNSET,
    source: str | Unset = UNSET,
    source_n: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    source_id_n: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    stage_n: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_n: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    subject_n: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    subject_id_n: str | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    supplier_n: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    supplier_id_n: str | Unset = UNSET,
    survey: str | Unset = UNSET,
    survey_n: str | Unset = UNSET,
    survey_id: str | Unset = UNSET,
    survey_id_n: str | Unset = UNSET,
    synthetic: str | Unset = UNSET,
    title_ic: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_currency: str | Unset = UNSET,
    versus: str | Unset = UNSET,
    weighted: bool | Unset = UNSET,
) -> Response[Error | Report | ValidationErrors]:
    """Adoption report: case studies and survey responses, or market events, counted by one or two
    dimensions.

    `group_by`: one or two of hypervisor, hypervisor_vendor, host_os, guest_os_family,
    stage, purpose, industry, country, year, linux_years (case studies and responses) or
    of kind, status, year, quarter, party, role, hypervisor (market events),
    comma-separated or repeated. `records`: deployments, responses or both (default:
    every kind the dimensions and filters apply to), or events alone; with no `records`,
    a dimension or filter only events have (kind, status, quarter, party, role;
    party_role...) counts events. `synthetic`: demo data is left out unless `true` (only
    it) or `include` (real and demo data); the report's `synthetic` says which. Every
    other parameter is a filter of `/api/deployments/`, `/api/survey-responses/` or
    `/api/events/`. With two dimensions, `share` is within the first one's group.
    Response counts from 1 to `min_count - 1` are withheld from users who may not see
    respondents. An event counts once in each cell it falls in: `party` is its subject,
    its counterparty and each of its parties; `role` is "subject", "counterparty" or a
    party's role. `value=<metric>` (events) adds up one figure per event, chosen by a
    documented rule, and lists the figures used. The documentation (how-to: reports;
    how-to: count market events) answers example questions with report URLs.

    Args:
        as_of (str | Unset):
        confidence (float | Unset):
        counterparty (str | Unset):
        counterparty_n (str | Unset):
        counterparty_id (str | Unset):
        counterparty_id_n (str | Unset):
        country (str | Unset):
        country_n (str | Unset):
        customer (str | Unset):
        customer_n (str | Unset):
        customer_id (str | Unset):
        customer_id_n (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        expected_on_gte (str | Unset):
        expected_on_lte (str | Unset):
        figure (str | Unset):
        figure_currency (str | Unset):
        figure_value_gte (str | Unset):
        figure_value_lte (str | Unset):
        group_by (str):
        guest_os (str | Unset):
        guest_os_n (str | Unset):
        guest_os_family (str | Unset):
        guest_os_family_n (str | Unset):
        guest_os_id (str | Unset):
        guest_os_id_n (str | Unset):
        host_os (str | Unset):
        host_os_n (str | Unset):
        host_os_family (str | Unset):
        host_os_family_n (str | Unset):
        host_os_id (str | Unset):
        host_os_id_n (str | Unset):
        hypervisor (str | Unset):
        hypervisor_n (str | Unset):
        hypervisor_id (str | Unset):
        hypervisor_id_n (str | Unset):
        hypervisor_stage (str | Unset):
        hypervisor_stage_n (str | Unset):
        hypervisor_vendor (str | Unset):
        hypervisor_vendor_n (str | Unset):
        hypervisor_vendor_id (str | Unset):
        hypervisor_vendor_id_n (str | Unset):
        industry (str | Unset):
        industry_n (str | Unset):
        industry_id (str | Unset):
        industry_id_n (str | Unset):
        kind (str | Unset):
        kind_n (str | Unset):
        known_on (datetime.datetime | Unset):
        layout (LayoutEnum | Unset):
        linux_years_gte (str | Unset):
        linux_years_lte (str | Unset):
        organization (str | Unset):
        organization_id (str | Unset):
        party (str | Unset):
        party_id (str | Unset):
        party_role (str | Unset):
        period (PeriodEnum | Unset):
        product (str | Unset):
        product_n (str | Unset):
        product_id (str | Unset):
        product_id_n (str | Unset):
        purpose (str | Unset):
        purpose_n (str | Unset):
        purpose_id (str | Unset):
        purpose_id_n (str | Unset):
        q (str | Unset):
        reached (StageEnum | Unset): * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        records (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (str | Unset):
        reported_on_lte (str | Unset):
        respondent (str | Unset):
        respondent_n (str | Unset):
        respondent_id (str | Unset):
        respondent_id_n (str | Unset):
        series (str | Unset):
        size_band (str | Unset):
        size_band_n (str | Unset):
        source (str | Unset):
        source_n (str | Unset):
        source_id (str | Unset):
        source_id_n (str | Unset):
        stage (str | Unset):
        stage_n (str | Unset):
        status (str | Unset):
        status_n (str | Unset):
        subject (str | Unset):
        subject_n (str | Unset):
        subject_id (str | Unset):
        subject_id_n (str | Unset):
        summary_ic (str | Unset):
        supplier (str | Unset):
        supplier_n (str | Unset):
        supplier_id (str | Unset):
        supplier_id_n (str | Unset):
        survey (str | Unset):
        survey_n (str | Unset):
        survey_id (str | Unset):
        survey_id_n (str | Unset):
        synthetic (str | Unset):
        title_ic (str | Unset):
        value (str | Unset):
        value_currency (str | Unset):
        versus (str | Unset):
        weighted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Report | ValidationErrors]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        confidence=confidence,
        counterparty=counterparty,
        counterparty_n=counterparty_n,
        counterparty_id=counterparty_id,
        counterparty_id_n=counterparty_id_n,
        country=country,
        country_n=country_n,
        customer=customer,
        customer_n=customer_n,
        customer_id=customer_id,
        customer_id_n=customer_id_n,
        date_gte=date_gte,
        date_lte=date_lte,
        expected_on_gte=expected_on_gte,
        expected_on_lte=expected_on_lte,
        figure=figure,
        figure_currency=figure_currency,
        figure_value_gte=figure_value_gte,
        figure_value_lte=figure_value_lte,
        group_by=group_by,
        guest_os=guest_os,
        guest_os_n=guest_os_n,
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
        guest_os_id=guest_os_id,
        guest_os_id_n=guest_os_id_n,
        host_os=host_os,
        host_os_n=host_os_n,
        host_os_family=host_os_family,
        host_os_family_n=host_os_family_n,
        host_os_id=host_os_id,
        host_os_id_n=host_os_id_n,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        hypervisor_stage=hypervisor_stage,
        hypervisor_stage_n=hypervisor_stage_n,
        hypervisor_vendor=hypervisor_vendor,
        hypervisor_vendor_n=hypervisor_vendor_n,
        hypervisor_vendor_id=hypervisor_vendor_id,
        hypervisor_vendor_id_n=hypervisor_vendor_id_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        kind=kind,
        kind_n=kind_n,
        known_on=known_on,
        layout=layout,
        linux_years_gte=linux_years_gte,
        linux_years_lte=linux_years_lte,
        organization=organization,
        organization_id=organization_id,
        party=party,
        party_id=party_id,
        party_role=party_role,
        period=period,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        reached=reached,
        records=records,
        reference_ic=reference_ic,
        reported_on_gte=reported_on_gte,
        reported_on_lte=reported_on_lte,
        respondent=respondent,
        respondent_n=respondent_n,
        respondent_id=respondent_id,
        respondent_id_n=respondent_id_n,
        series=series,
        size_band=size_band,
        size_band_n=size_band_n,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        stage=stage,
        stage_n=stage_n,
        status=status,
        status_n=status_n,
        subject=subject,
        subject_n=subject_n,
        subject_id=subject_id,
        subject_id_n=subject_id_n,
        summary_ic=summary_ic,
        supplier=supplier,
        supplier_n=supplier_n,
        supplier_id=supplier_id,
        supplier_id_n=supplier_id_n,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
        value=value,
        value_currency=value_currency,
        versus=versus,
        weighted=weighted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    as_of: str | Unset = UNSET,
    confidence: float | Unset = UNSET,
    counterparty: str | Unset = UNSET,
    counterparty_n: str | Unset = UNSET,
    counterparty_id: str | Unset = UNSET,
    counterparty_id_n: str | Unset = UNSET,
    country: str | Unset = UNSET,
    country_n: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_n: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_id_n: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    expected_on_gte: str | Unset = UNSET,
    expected_on_lte: str | Unset = UNSET,
    figure: str | Unset = UNSET,
    figure_currency: str | Unset = UNSET,
    figure_value_gte: str | Unset = UNSET,
    figure_value_lte: str | Unset = UNSET,
    group_by: str,
    guest_os: str | Unset = UNSET,
    guest_os_n: str | Unset = UNSET,
    guest_os_family: str | Unset = UNSET,
    guest_os_family_n: str | Unset = UNSET,
    guest_os_id: str | Unset = UNSET,
    guest_os_id_n: str | Unset = UNSET,
    host_os: str | Unset = UNSET,
    host_os_n: str | Unset = UNSET,
    host_os_family: str | Unset = UNSET,
    host_os_family_n: str | Unset = UNSET,
    host_os_id: str | Unset = UNSET,
    host_os_id_n: str | Unset = UNSET,
    hypervisor: str | Unset = UNSET,
    hypervisor_n: str | Unset = UNSET,
    hypervisor_id: str | Unset = UNSET,
    hypervisor_id_n: str | Unset = UNSET,
    hypervisor_stage: str | Unset = UNSET,
    hypervisor_stage_n: str | Unset = UNSET,
    hypervisor_vendor: str | Unset = UNSET,
    hypervisor_vendor_n: str | Unset = UNSET,
    hypervisor_vendor_id: str | Unset = UNSET,
    hypervisor_vendor_id_n: str | Unset = UNSET,
    industry: str | Unset = UNSET,
    industry_n: str | Unset = UNSET,
    industry_id: str | Unset = UNSET,
    industry_id_n: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    kind_n: str | Unset = UNSET,
    known_on: datetime.datetime | Unset = UNSET,
    layout: LayoutEnum | Unset = UNSET,
    linux_years_gte: str | Unset = UNSET,
    linux_years_lte: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    party: str | Unset = UNSET,
    party_id: str | Unset = UNSET,
    party_role: str | Unset = UNSET,
    period: PeriodEnum | Unset = UNSET,
    product: str | Unset = UNSET,
    product_n: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_id_n: str | Unset = UNSET,
    purpose: str | Unset = UNSET,
    purpose_n: str | Unset = UNSET,
    purpose_id: str | Unset = UNSET,
    purpose_id_n: str | Unset = UNSET,
    q: str | Unset = UNSET,
    reached: StageEnum | Unset = UNSET,
    records: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: str | Unset = UNSET,
    reported_on_lte: str | Unset = UNSET,
    respondent: str | Unset = UNSET,
    respondent_n: str | Unset = UNSET,
    respondent_id: str | Unset = UNSET,
    respondent_id_n: str | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: str | Unset = UNSET,
    size_band_n: str | Unset = UNSET,
    source: str | Unset = UNSET,
    source_n: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    source_id_n: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    stage_n: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_n: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    subject_n: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    subject_id_n: str | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    supplier_n: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    supplier_id_n: str | Unset = UNSET,
    survey: str | Unset = UNSET,
    survey_n: str | Unset = UNSET,
    survey_id: str | Unset = UNSET,
    survey_id_n: str | Unset = UNSET,
    synthetic: str | Unset = UNSET,
    title_ic: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_currency: str | Unset = UNSET,
    versus: str | Unset = UNSET,
    weighted: bool | Unset = UNSET,
) -> Error | Report | ValidationErrors | None:
    """Adoption report: case studies and survey responses, or market events, counted by one or two
    dimensions.

    `group_by`: one or two of hypervisor, hypervisor_vendor, host_os, guest_os_family,
    stage, purpose, industry, country, year, linux_years (case studies and responses) or
    of kind, status, year, quarter, party, role, hypervisor (market events),
    comma-separated or repeated. `records`: deployments, responses or both (default:
    every kind the dimensions and filters apply to), or events alone; with no `records`,
    a dimension or filter only events have (kind, status, quarter, party, role;
    party_role...) counts events. `synthetic`: demo data is left out unless `true` (only
    it) or `include` (real and demo data); the report's `synthetic` says which. Every
    other parameter is a filter of `/api/deployments/`, `/api/survey-responses/` or
    `/api/events/`. With two dimensions, `share` is within the first one's group.
    Response counts from 1 to `min_count - 1` are withheld from users who may not see
    respondents. An event counts once in each cell it falls in: `party` is its subject,
    its counterparty and each of its parties; `role` is "subject", "counterparty" or a
    party's role. `value=<metric>` (events) adds up one figure per event, chosen by a
    documented rule, and lists the figures used. The documentation (how-to: reports;
    how-to: count market events) answers example questions with report URLs.

    Args:
        as_of (str | Unset):
        confidence (float | Unset):
        counterparty (str | Unset):
        counterparty_n (str | Unset):
        counterparty_id (str | Unset):
        counterparty_id_n (str | Unset):
        country (str | Unset):
        country_n (str | Unset):
        customer (str | Unset):
        customer_n (str | Unset):
        customer_id (str | Unset):
        customer_id_n (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        expected_on_gte (str | Unset):
        expected_on_lte (str | Unset):
        figure (str | Unset):
        figure_currency (str | Unset):
        figure_value_gte (str | Unset):
        figure_value_lte (str | Unset):
        group_by (str):
        guest_os (str | Unset):
        guest_os_n (str | Unset):
        guest_os_family (str | Unset):
        guest_os_family_n (str | Unset):
        guest_os_id (str | Unset):
        guest_os_id_n (str | Unset):
        host_os (str | Unset):
        host_os_n (str | Unset):
        host_os_family (str | Unset):
        host_os_family_n (str | Unset):
        host_os_id (str | Unset):
        host_os_id_n (str | Unset):
        hypervisor (str | Unset):
        hypervisor_n (str | Unset):
        hypervisor_id (str | Unset):
        hypervisor_id_n (str | Unset):
        hypervisor_stage (str | Unset):
        hypervisor_stage_n (str | Unset):
        hypervisor_vendor (str | Unset):
        hypervisor_vendor_n (str | Unset):
        hypervisor_vendor_id (str | Unset):
        hypervisor_vendor_id_n (str | Unset):
        industry (str | Unset):
        industry_n (str | Unset):
        industry_id (str | Unset):
        industry_id_n (str | Unset):
        kind (str | Unset):
        kind_n (str | Unset):
        known_on (datetime.datetime | Unset):
        layout (LayoutEnum | Unset):
        linux_years_gte (str | Unset):
        linux_years_lte (str | Unset):
        organization (str | Unset):
        organization_id (str | Unset):
        party (str | Unset):
        party_id (str | Unset):
        party_role (str | Unset):
        period (PeriodEnum | Unset):
        product (str | Unset):
        product_n (str | Unset):
        product_id (str | Unset):
        product_id_n (str | Unset):
        purpose (str | Unset):
        purpose_n (str | Unset):
        purpose_id (str | Unset):
        purpose_id_n (str | Unset):
        q (str | Unset):
        reached (StageEnum | Unset): * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        records (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (str | Unset):
        reported_on_lte (str | Unset):
        respondent (str | Unset):
        respondent_n (str | Unset):
        respondent_id (str | Unset):
        respondent_id_n (str | Unset):
        series (str | Unset):
        size_band (str | Unset):
        size_band_n (str | Unset):
        source (str | Unset):
        source_n (str | Unset):
        source_id (str | Unset):
        source_id_n (str | Unset):
        stage (str | Unset):
        stage_n (str | Unset):
        status (str | Unset):
        status_n (str | Unset):
        subject (str | Unset):
        subject_n (str | Unset):
        subject_id (str | Unset):
        subject_id_n (str | Unset):
        summary_ic (str | Unset):
        supplier (str | Unset):
        supplier_n (str | Unset):
        supplier_id (str | Unset):
        supplier_id_n (str | Unset):
        survey (str | Unset):
        survey_n (str | Unset):
        survey_id (str | Unset):
        survey_id_n (str | Unset):
        synthetic (str | Unset):
        title_ic (str | Unset):
        value (str | Unset):
        value_currency (str | Unset):
        versus (str | Unset):
        weighted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Report | ValidationErrors
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        confidence=confidence,
        counterparty=counterparty,
        counterparty_n=counterparty_n,
        counterparty_id=counterparty_id,
        counterparty_id_n=counterparty_id_n,
        country=country,
        country_n=country_n,
        customer=customer,
        customer_n=customer_n,
        customer_id=customer_id,
        customer_id_n=customer_id_n,
        date_gte=date_gte,
        date_lte=date_lte,
        expected_on_gte=expected_on_gte,
        expected_on_lte=expected_on_lte,
        figure=figure,
        figure_currency=figure_currency,
        figure_value_gte=figure_value_gte,
        figure_value_lte=figure_value_lte,
        group_by=group_by,
        guest_os=guest_os,
        guest_os_n=guest_os_n,
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
        guest_os_id=guest_os_id,
        guest_os_id_n=guest_os_id_n,
        host_os=host_os,
        host_os_n=host_os_n,
        host_os_family=host_os_family,
        host_os_family_n=host_os_family_n,
        host_os_id=host_os_id,
        host_os_id_n=host_os_id_n,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        hypervisor_stage=hypervisor_stage,
        hypervisor_stage_n=hypervisor_stage_n,
        hypervisor_vendor=hypervisor_vendor,
        hypervisor_vendor_n=hypervisor_vendor_n,
        hypervisor_vendor_id=hypervisor_vendor_id,
        hypervisor_vendor_id_n=hypervisor_vendor_id_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        kind=kind,
        kind_n=kind_n,
        known_on=known_on,
        layout=layout,
        linux_years_gte=linux_years_gte,
        linux_years_lte=linux_years_lte,
        organization=organization,
        organization_id=organization_id,
        party=party,
        party_id=party_id,
        party_role=party_role,
        period=period,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        reached=reached,
        records=records,
        reference_ic=reference_ic,
        reported_on_gte=reported_on_gte,
        reported_on_lte=reported_on_lte,
        respondent=respondent,
        respondent_n=respondent_n,
        respondent_id=respondent_id,
        respondent_id_n=respondent_id_n,
        series=series,
        size_band=size_band,
        size_band_n=size_band_n,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        stage=stage,
        stage_n=stage_n,
        status=status,
        status_n=status_n,
        subject=subject,
        subject_n=subject_n,
        subject_id=subject_id,
        subject_id_n=subject_id_n,
        summary_ic=summary_ic,
        supplier=supplier,
        supplier_n=supplier_n,
        supplier_id=supplier_id,
        supplier_id_n=supplier_id_n,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
        value=value,
        value_currency=value_currency,
        versus=versus,
        weighted=weighted,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    as_of: str | Unset = UNSET,
    confidence: float | Unset = UNSET,
    counterparty: str | Unset = UNSET,
    counterparty_n: str | Unset = UNSET,
    counterparty_id: str | Unset = UNSET,
    counterparty_id_n: str | Unset = UNSET,
    country: str | Unset = UNSET,
    country_n: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_n: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_id_n: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    expected_on_gte: str | Unset = UNSET,
    expected_on_lte: str | Unset = UNSET,
    figure: str | Unset = UNSET,
    figure_currency: str | Unset = UNSET,
    figure_value_gte: str | Unset = UNSET,
    figure_value_lte: str | Unset = UNSET,
    group_by: str,
    guest_os: str | Unset = UNSET,
    guest_os_n: str | Unset = UNSET,
    guest_os_family: str | Unset = UNSET,
    guest_os_family_n: str | Unset = UNSET,
    guest_os_id: str | Unset = UNSET,
    guest_os_id_n: str | Unset = UNSET,
    host_os: str | Unset = UNSET,
    host_os_n: str | Unset = UNSET,
    host_os_family: str | Unset = UNSET,
    host_os_family_n: str | Unset = UNSET,
    host_os_id: str | Unset = UNSET,
    host_os_id_n: str | Unset = UNSET,
    hypervisor: str | Unset = UNSET,
    hypervisor_n: str | Unset = UNSET,
    hypervisor_id: str | Unset = UNSET,
    hypervisor_id_n: str | Unset = UNSET,
    hypervisor_stage: str | Unset = UNSET,
    hypervisor_stage_n: str | Unset = UNSET,
    hypervisor_vendor: str | Unset = UNSET,
    hypervisor_vendor_n: str | Unset = UNSET,
    hypervisor_vendor_id: str | Unset = UNSET,
    hypervisor_vendor_id_n: str | Unset = UNSET,
    industry: str | Unset = UNSET,
    industry_n: str | Unset = UNSET,
    industry_id: str | Unset = UNSET,
    industry_id_n: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    kind_n: str | Unset = UNSET,
    known_on: datetime.datetime | Unset = UNSET,
    layout: LayoutEnum | Unset = UNSET,
    linux_years_gte: str | Unset = UNSET,
    linux_years_lte: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    party: str | Unset = UNSET,
    party_id: str | Unset = UNSET,
    party_role: str | Unset = UNSET,
    period: PeriodEnum | Unset = UNSET,
    product: str | Unset = UNSET,
    product_n: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_id_n: str | Unset = UNSET,
    purpose: str | Unset = UNSET,
    purpose_n: str | Unset = UNSET,
    purpose_id: str | Unset = UNSET,
    purpose_id_n: str | Unset = UNSET,
    q: str | Unset = UNSET,
    reached: StageEnum | Unset = UNSET,
    records: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: str | Unset = UNSET,
    reported_on_lte: str | Unset = UNSET,
    respondent: str | Unset = UNSET,
    respondent_n: str | Unset = UNSET,
    respondent_id: str | Unset = UNSET,
    respondent_id_n: str | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: str | Unset = UNSET,
    size_band_n: str | Unset = UNSET,
    source: str | Unset = UNSET,
    source_n: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    source_id_n: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    stage_n: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_n: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    subject_n: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    subject_id_n: str | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    supplier_n: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    supplier_id_n: str | Unset = UNSET,
    survey: str | Unset = UNSET,
    survey_n: str | Unset = UNSET,
    survey_id: str | Unset = UNSET,
    survey_id_n: str | Unset = UNSET,
    synthetic: str | Unset = UNSET,
    title_ic: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_currency: str | Unset = UNSET,
    versus: str | Unset = UNSET,
    weighted: bool | Unset = UNSET,
) -> Response[Error | Report | ValidationErrors]:
    """Adoption report: case studies and survey responses, or market events, counted by one or two
    dimensions.

    `group_by`: one or two of hypervisor, hypervisor_vendor, host_os, guest_os_family,
    stage, purpose, industry, country, year, linux_years (case studies and responses) or
    of kind, status, year, quarter, party, role, hypervisor (market events),
    comma-separated or repeated. `records`: deployments, responses or both (default:
    every kind the dimensions and filters apply to), or events alone; with no `records`,
    a dimension or filter only events have (kind, status, quarter, party, role;
    party_role...) counts events. `synthetic`: demo data is left out unless `true` (only
    it) or `include` (real and demo data); the report's `synthetic` says which. Every
    other parameter is a filter of `/api/deployments/`, `/api/survey-responses/` or
    `/api/events/`. With two dimensions, `share` is within the first one's group.
    Response counts from 1 to `min_count - 1` are withheld from users who may not see
    respondents. An event counts once in each cell it falls in: `party` is its subject,
    its counterparty and each of its parties; `role` is "subject", "counterparty" or a
    party's role. `value=<metric>` (events) adds up one figure per event, chosen by a
    documented rule, and lists the figures used. The documentation (how-to: reports;
    how-to: count market events) answers example questions with report URLs.

    Args:
        as_of (str | Unset):
        confidence (float | Unset):
        counterparty (str | Unset):
        counterparty_n (str | Unset):
        counterparty_id (str | Unset):
        counterparty_id_n (str | Unset):
        country (str | Unset):
        country_n (str | Unset):
        customer (str | Unset):
        customer_n (str | Unset):
        customer_id (str | Unset):
        customer_id_n (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        expected_on_gte (str | Unset):
        expected_on_lte (str | Unset):
        figure (str | Unset):
        figure_currency (str | Unset):
        figure_value_gte (str | Unset):
        figure_value_lte (str | Unset):
        group_by (str):
        guest_os (str | Unset):
        guest_os_n (str | Unset):
        guest_os_family (str | Unset):
        guest_os_family_n (str | Unset):
        guest_os_id (str | Unset):
        guest_os_id_n (str | Unset):
        host_os (str | Unset):
        host_os_n (str | Unset):
        host_os_family (str | Unset):
        host_os_family_n (str | Unset):
        host_os_id (str | Unset):
        host_os_id_n (str | Unset):
        hypervisor (str | Unset):
        hypervisor_n (str | Unset):
        hypervisor_id (str | Unset):
        hypervisor_id_n (str | Unset):
        hypervisor_stage (str | Unset):
        hypervisor_stage_n (str | Unset):
        hypervisor_vendor (str | Unset):
        hypervisor_vendor_n (str | Unset):
        hypervisor_vendor_id (str | Unset):
        hypervisor_vendor_id_n (str | Unset):
        industry (str | Unset):
        industry_n (str | Unset):
        industry_id (str | Unset):
        industry_id_n (str | Unset):
        kind (str | Unset):
        kind_n (str | Unset):
        known_on (datetime.datetime | Unset):
        layout (LayoutEnum | Unset):
        linux_years_gte (str | Unset):
        linux_years_lte (str | Unset):
        organization (str | Unset):
        organization_id (str | Unset):
        party (str | Unset):
        party_id (str | Unset):
        party_role (str | Unset):
        period (PeriodEnum | Unset):
        product (str | Unset):
        product_n (str | Unset):
        product_id (str | Unset):
        product_id_n (str | Unset):
        purpose (str | Unset):
        purpose_n (str | Unset):
        purpose_id (str | Unset):
        purpose_id_n (str | Unset):
        q (str | Unset):
        reached (StageEnum | Unset): * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        records (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (str | Unset):
        reported_on_lte (str | Unset):
        respondent (str | Unset):
        respondent_n (str | Unset):
        respondent_id (str | Unset):
        respondent_id_n (str | Unset):
        series (str | Unset):
        size_band (str | Unset):
        size_band_n (str | Unset):
        source (str | Unset):
        source_n (str | Unset):
        source_id (str | Unset):
        source_id_n (str | Unset):
        stage (str | Unset):
        stage_n (str | Unset):
        status (str | Unset):
        status_n (str | Unset):
        subject (str | Unset):
        subject_n (str | Unset):
        subject_id (str | Unset):
        subject_id_n (str | Unset):
        summary_ic (str | Unset):
        supplier (str | Unset):
        supplier_n (str | Unset):
        supplier_id (str | Unset):
        supplier_id_n (str | Unset):
        survey (str | Unset):
        survey_n (str | Unset):
        survey_id (str | Unset):
        survey_id_n (str | Unset):
        synthetic (str | Unset):
        title_ic (str | Unset):
        value (str | Unset):
        value_currency (str | Unset):
        versus (str | Unset):
        weighted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Report | ValidationErrors]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        confidence=confidence,
        counterparty=counterparty,
        counterparty_n=counterparty_n,
        counterparty_id=counterparty_id,
        counterparty_id_n=counterparty_id_n,
        country=country,
        country_n=country_n,
        customer=customer,
        customer_n=customer_n,
        customer_id=customer_id,
        customer_id_n=customer_id_n,
        date_gte=date_gte,
        date_lte=date_lte,
        expected_on_gte=expected_on_gte,
        expected_on_lte=expected_on_lte,
        figure=figure,
        figure_currency=figure_currency,
        figure_value_gte=figure_value_gte,
        figure_value_lte=figure_value_lte,
        group_by=group_by,
        guest_os=guest_os,
        guest_os_n=guest_os_n,
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
        guest_os_id=guest_os_id,
        guest_os_id_n=guest_os_id_n,
        host_os=host_os,
        host_os_n=host_os_n,
        host_os_family=host_os_family,
        host_os_family_n=host_os_family_n,
        host_os_id=host_os_id,
        host_os_id_n=host_os_id_n,
        hypervisor=hypervisor,
        hypervisor_n=hypervisor_n,
        hypervisor_id=hypervisor_id,
        hypervisor_id_n=hypervisor_id_n,
        hypervisor_stage=hypervisor_stage,
        hypervisor_stage_n=hypervisor_stage_n,
        hypervisor_vendor=hypervisor_vendor,
        hypervisor_vendor_n=hypervisor_vendor_n,
        hypervisor_vendor_id=hypervisor_vendor_id,
        hypervisor_vendor_id_n=hypervisor_vendor_id_n,
        industry=industry,
        industry_n=industry_n,
        industry_id=industry_id,
        industry_id_n=industry_id_n,
        kind=kind,
        kind_n=kind_n,
        known_on=known_on,
        layout=layout,
        linux_years_gte=linux_years_gte,
        linux_years_lte=linux_years_lte,
        organization=organization,
        organization_id=organization_id,
        party=party,
        party_id=party_id,
        party_role=party_role,
        period=period,
        product=product,
        product_n=product_n,
        product_id=product_id,
        product_id_n=product_id_n,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        reached=reached,
        records=records,
        reference_ic=reference_ic,
        reported_on_gte=reported_on_gte,
        reported_on_lte=reported_on_lte,
        respondent=respondent,
        respondent_n=respondent_n,
        respondent_id=respondent_id,
        respondent_id_n=respondent_id_n,
        series=series,
        size_band=size_band,
        size_band_n=size_band_n,
        source=source,
        source_n=source_n,
        source_id=source_id,
        source_id_n=source_id_n,
        stage=stage,
        stage_n=stage_n,
        status=status,
        status_n=status_n,
        subject=subject,
        subject_n=subject_n,
        subject_id=subject_id,
        subject_id_n=subject_id_n,
        summary_ic=summary_ic,
        supplier=supplier,
        supplier_n=supplier_n,
        supplier_id=supplier_id,
        supplier_id_n=supplier_id_n,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
        title_ic=title_ic,
        value=value,
        value_currency=value_currency,
        versus=versus,
        weighted=weighted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    as_of: str | Unset = UNSET,
    confidence: float | Unset = UNSET,
    counterparty: str | Unset = UNSET,
    counterparty_n: str | Unset = UNSET,
    counterparty_id: str | Unset = UNSET,
    counterparty_id_n: str | Unset = UNSET,
    country: str | Unset = UNSET,
    country_n: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_n: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_id_n: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    expected_on_gte: str | Unset = UNSET,
    expected_on_lte: str | Unset = UNSET,
    figure: str | Unset = UNSET,
    figure_currency: str | Unset = UNSET,
    figure_value_gte: str | Unset = UNSET,
    figure_value_lte: str | Unset = UNSET,
    group_by: str,
    guest_os: str | Unset = UNSET,
    guest_os_n: str | Unset = UNSET,
    guest_os_family: str | Unset = UNSET,
    guest_os_family_n: str | Unset = UNSET,
    guest_os_id: str | Unset = UNSET,
    guest_os_id_n: str | Unset = UNSET,
    host_os: str | Unset = UNSET,
    host_os_n: str | Unset = UNSET,
    host_os_family: str | Unset = UNSET,
    host_os_family_n: str | Unset = UNSET,
    host_os_id: str | Unset = UNSET,
    host_os_id_n: str | Unset = UNSET,
    hypervisor: str | Unset = UNSET,
    hypervisor_n: str | Unset = UNSET,
    hypervisor_id: str | Unset = UNSET,
    hypervisor_id_n: str | Unset = UNSET,
    hypervisor_stage: str | Unset = UNSET,
    hypervisor_stage_n: str | Unset = UNSET,
    hypervisor_vendor: str | Unset = UNSET,
    hypervisor_vendor_n: str | Unset = UNSET,
    hypervisor_vendor_id: str | Unset = UNSET,
    hypervisor_vendor_id_n: str | Unset = UNSET,
    industry: str | Unset = UNSET,
    industry_n: str | Unset = UNSET,
    industry_id: str | Unset = UNSET,
    industry_id_n: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    kind_n: str | Unset = UNSET,
    known_on: datetime.datetime | Unset = UNSET,
    layout: LayoutEnum | Unset = UNSET,
    linux_years_gte: str | Unset = UNSET,
    linux_years_lte: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    party: str | Unset = UNSET,
    party_id: str | Unset = UNSET,
    party_role: str | Unset = UNSET,
    period: PeriodEnum | Unset = UNSET,
    product: str | Unset = UNSET,
    product_n: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_id_n: str | Unset = UNSET,
    purpose: str | Unset = UNSET,
    purpose_n: str | Unset = UNSET,
    purpose_id: str | Unset = UNSET,
    purpose_id_n: str | Unset = UNSET,
    q: str | Unset = UNSET,
    reached: StageEnum | Unset = UNSET,
    records: str | Unset = UNSET,
    reference_ic: str | Unset = UNSET,
    reported_on_gte: str | Unset = UNSET,
    reported_on_lte: str | Unset = UNSET,
    respondent: str | Unset = UNSET,
    respondent_n: str | Unset = UNSET,
    respondent_id: str | Unset = UNSET,
    respondent_id_n: str | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: str | Unset = UNSET,
    size_band_n: str | Unset = UNSET,
    source: str | Unset = UNSET,
    source_n: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    source_id_n: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    stage_n: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_n: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    subject_n: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    subject_id_n: str | Unset = UNSET,
    summary_ic: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    supplier_n: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    supplier_id_n: str | Unset = UNSET,
    survey: str | Unset = UNSET,
    survey_n: str | Unset = UNSET,
    survey_id: str | Unset = UNSET,
    survey_id_n: str | Unset = UNSET,
    synthetic: str | Unset = UNSET,
    title_ic: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_currency: str | Unset = UNSET,
    versus: str | Unset = UNSET,
    weighted: bool | Unset = UNSET,
) -> Error | Report | ValidationErrors | None:
    """Adoption report: case studies and survey responses, or market events, counted by one or two
    dimensions.

    `group_by`: one or two of hypervisor, hypervisor_vendor, host_os, guest_os_family,
    stage, purpose, industry, country, year, linux_years (case studies and responses) or
    of kind, status, year, quarter, party, role, hypervisor (market events),
    comma-separated or repeated. `records`: deployments, responses or both (default:
    every kind the dimensions and filters apply to), or events alone; with no `records`,
    a dimension or filter only events have (kind, status, quarter, party, role;
    party_role...) counts events. `synthetic`: demo data is left out unless `true` (only
    it) or `include` (real and demo data); the report's `synthetic` says which. Every
    other parameter is a filter of `/api/deployments/`, `/api/survey-responses/` or
    `/api/events/`. With two dimensions, `share` is within the first one's group.
    Response counts from 1 to `min_count - 1` are withheld from users who may not see
    respondents. An event counts once in each cell it falls in: `party` is its subject,
    its counterparty and each of its parties; `role` is "subject", "counterparty" or a
    party's role. `value=<metric>` (events) adds up one figure per event, chosen by a
    documented rule, and lists the figures used. The documentation (how-to: reports;
    how-to: count market events) answers example questions with report URLs.

    Args:
        as_of (str | Unset):
        confidence (float | Unset):
        counterparty (str | Unset):
        counterparty_n (str | Unset):
        counterparty_id (str | Unset):
        counterparty_id_n (str | Unset):
        country (str | Unset):
        country_n (str | Unset):
        customer (str | Unset):
        customer_n (str | Unset):
        customer_id (str | Unset):
        customer_id_n (str | Unset):
        date_gte (str | Unset):
        date_lte (str | Unset):
        expected_on_gte (str | Unset):
        expected_on_lte (str | Unset):
        figure (str | Unset):
        figure_currency (str | Unset):
        figure_value_gte (str | Unset):
        figure_value_lte (str | Unset):
        group_by (str):
        guest_os (str | Unset):
        guest_os_n (str | Unset):
        guest_os_family (str | Unset):
        guest_os_family_n (str | Unset):
        guest_os_id (str | Unset):
        guest_os_id_n (str | Unset):
        host_os (str | Unset):
        host_os_n (str | Unset):
        host_os_family (str | Unset):
        host_os_family_n (str | Unset):
        host_os_id (str | Unset):
        host_os_id_n (str | Unset):
        hypervisor (str | Unset):
        hypervisor_n (str | Unset):
        hypervisor_id (str | Unset):
        hypervisor_id_n (str | Unset):
        hypervisor_stage (str | Unset):
        hypervisor_stage_n (str | Unset):
        hypervisor_vendor (str | Unset):
        hypervisor_vendor_n (str | Unset):
        hypervisor_vendor_id (str | Unset):
        hypervisor_vendor_id_n (str | Unset):
        industry (str | Unset):
        industry_n (str | Unset):
        industry_id (str | Unset):
        industry_id_n (str | Unset):
        kind (str | Unset):
        kind_n (str | Unset):
        known_on (datetime.datetime | Unset):
        layout (LayoutEnum | Unset):
        linux_years_gte (str | Unset):
        linux_years_lte (str | Unset):
        organization (str | Unset):
        organization_id (str | Unset):
        party (str | Unset):
        party_id (str | Unset):
        party_role (str | Unset):
        period (PeriodEnum | Unset):
        product (str | Unset):
        product_n (str | Unset):
        product_id (str | Unset):
        product_id_n (str | Unset):
        purpose (str | Unset):
        purpose_n (str | Unset):
        purpose_id (str | Unset):
        purpose_id_n (str | Unset):
        q (str | Unset):
        reached (StageEnum | Unset): * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        records (str | Unset):
        reference_ic (str | Unset):
        reported_on_gte (str | Unset):
        reported_on_lte (str | Unset):
        respondent (str | Unset):
        respondent_n (str | Unset):
        respondent_id (str | Unset):
        respondent_id_n (str | Unset):
        series (str | Unset):
        size_band (str | Unset):
        size_band_n (str | Unset):
        source (str | Unset):
        source_n (str | Unset):
        source_id (str | Unset):
        source_id_n (str | Unset):
        stage (str | Unset):
        stage_n (str | Unset):
        status (str | Unset):
        status_n (str | Unset):
        subject (str | Unset):
        subject_n (str | Unset):
        subject_id (str | Unset):
        subject_id_n (str | Unset):
        summary_ic (str | Unset):
        supplier (str | Unset):
        supplier_n (str | Unset):
        supplier_id (str | Unset):
        supplier_id_n (str | Unset):
        survey (str | Unset):
        survey_n (str | Unset):
        survey_id (str | Unset):
        survey_id_n (str | Unset):
        synthetic (str | Unset):
        title_ic (str | Unset):
        value (str | Unset):
        value_currency (str | Unset):
        versus (str | Unset):
        weighted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Report | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            confidence=confidence,
            counterparty=counterparty,
            counterparty_n=counterparty_n,
            counterparty_id=counterparty_id,
            counterparty_id_n=counterparty_id_n,
            country=country,
            country_n=country_n,
            customer=customer,
            customer_n=customer_n,
            customer_id=customer_id,
            customer_id_n=customer_id_n,
            date_gte=date_gte,
            date_lte=date_lte,
            expected_on_gte=expected_on_gte,
            expected_on_lte=expected_on_lte,
            figure=figure,
            figure_currency=figure_currency,
            figure_value_gte=figure_value_gte,
            figure_value_lte=figure_value_lte,
            group_by=group_by,
            guest_os=guest_os,
            guest_os_n=guest_os_n,
            guest_os_family=guest_os_family,
            guest_os_family_n=guest_os_family_n,
            guest_os_id=guest_os_id,
            guest_os_id_n=guest_os_id_n,
            host_os=host_os,
            host_os_n=host_os_n,
            host_os_family=host_os_family,
            host_os_family_n=host_os_family_n,
            host_os_id=host_os_id,
            host_os_id_n=host_os_id_n,
            hypervisor=hypervisor,
            hypervisor_n=hypervisor_n,
            hypervisor_id=hypervisor_id,
            hypervisor_id_n=hypervisor_id_n,
            hypervisor_stage=hypervisor_stage,
            hypervisor_stage_n=hypervisor_stage_n,
            hypervisor_vendor=hypervisor_vendor,
            hypervisor_vendor_n=hypervisor_vendor_n,
            hypervisor_vendor_id=hypervisor_vendor_id,
            hypervisor_vendor_id_n=hypervisor_vendor_id_n,
            industry=industry,
            industry_n=industry_n,
            industry_id=industry_id,
            industry_id_n=industry_id_n,
            kind=kind,
            kind_n=kind_n,
            known_on=known_on,
            layout=layout,
            linux_years_gte=linux_years_gte,
            linux_years_lte=linux_years_lte,
            organization=organization,
            organization_id=organization_id,
            party=party,
            party_id=party_id,
            party_role=party_role,
            period=period,
            product=product,
            product_n=product_n,
            product_id=product_id,
            product_id_n=product_id_n,
            purpose=purpose,
            purpose_n=purpose_n,
            purpose_id=purpose_id,
            purpose_id_n=purpose_id_n,
            q=q,
            reached=reached,
            records=records,
            reference_ic=reference_ic,
            reported_on_gte=reported_on_gte,
            reported_on_lte=reported_on_lte,
            respondent=respondent,
            respondent_n=respondent_n,
            respondent_id=respondent_id,
            respondent_id_n=respondent_id_n,
            series=series,
            size_band=size_band,
            size_band_n=size_band_n,
            source=source,
            source_n=source_n,
            source_id=source_id,
            source_id_n=source_id_n,
            stage=stage,
            stage_n=stage_n,
            status=status,
            status_n=status_n,
            subject=subject,
            subject_n=subject_n,
            subject_id=subject_id,
            subject_id_n=subject_id_n,
            summary_ic=summary_ic,
            supplier=supplier,
            supplier_n=supplier_n,
            supplier_id=supplier_id,
            supplier_id_n=supplier_id_n,
            survey=survey,
            survey_n=survey_n,
            survey_id=survey_id,
            survey_id_n=survey_id_n,
            synthetic=synthetic,
            title_ic=title_ic,
            value=value,
            value_currency=value_currency,
            versus=versus,
            weighted=weighted,
        )
    ).parsed
