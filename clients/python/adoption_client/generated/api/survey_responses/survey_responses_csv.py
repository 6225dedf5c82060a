from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_enum import CountryEnum
from ...models.error import Error
from ...models.family_enum import FamilyEnum
from ...models.size_band_enum import SizeBandEnum
from ...models.stage_enum import StageEnum
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_stage: list[StageEnum] | Unset = UNSET,
    hypervisor_stage_n: list[StageEnum] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    linux_years_gte: int | Unset = UNSET,
    linux_years_lte: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    respondent: list[str] | Unset = UNSET,
    respondent_n: list[str] | Unset = UNSET,
    respondent_id: list[int] | Unset = UNSET,
    respondent_id_n: list[int] | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: list[SizeBandEnum] | Unset = UNSET,
    size_band_n: list[SizeBandEnum] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
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

    json_guest_os_family: list[str] | Unset = UNSET
    if not isinstance(guest_os_family, Unset):
        json_guest_os_family = []
        for guest_os_family_item_data in guest_os_family:
            guest_os_family_item = guest_os_family_item_data.value
            json_guest_os_family.append(guest_os_family_item)

    params["guest_os_family"] = json_guest_os_family

    json_guest_os_family_n: list[str] | Unset = UNSET
    if not isinstance(guest_os_family_n, Unset):
        json_guest_os_family_n = []
        for guest_os_family_n_item_data in guest_os_family_n:
            guest_os_family_n_item = guest_os_family_n_item_data.value
            json_guest_os_family_n.append(guest_os_family_n_item)

    params["guest_os_family__n"] = json_guest_os_family_n

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

    json_hypervisor_stage: list[str] | Unset = UNSET
    if not isinstance(hypervisor_stage, Unset):
        json_hypervisor_stage = []
        for hypervisor_stage_item_data in hypervisor_stage:
            hypervisor_stage_item = hypervisor_stage_item_data.value
            json_hypervisor_stage.append(hypervisor_stage_item)

    params["hypervisor_stage"] = json_hypervisor_stage

    json_hypervisor_stage_n: list[str] | Unset = UNSET
    if not isinstance(hypervisor_stage_n, Unset):
        json_hypervisor_stage_n = []
        for hypervisor_stage_n_item_data in hypervisor_stage_n:
            hypervisor_stage_n_item = hypervisor_stage_n_item_data.value
            json_hypervisor_stage_n.append(hypervisor_stage_n_item)

    params["hypervisor_stage__n"] = json_hypervisor_stage_n

    json_hypervisor_vendor: list[str] | Unset = UNSET
    if not isinstance(hypervisor_vendor, Unset):
        json_hypervisor_vendor = hypervisor_vendor

    params["hypervisor_vendor"] = json_hypervisor_vendor

    json_hypervisor_vendor_n: list[str] | Unset = UNSET
    if not isinstance(hypervisor_vendor_n, Unset):
        json_hypervisor_vendor_n = hypervisor_vendor_n

    params["hypervisor_vendor__n"] = json_hypervisor_vendor_n

    json_hypervisor_vendor_id: list[int] | Unset = UNSET
    if not isinstance(hypervisor_vendor_id, Unset):
        json_hypervisor_vendor_id = hypervisor_vendor_id

    params["hypervisor_vendor_id"] = json_hypervisor_vendor_id

    json_hypervisor_vendor_id_n: list[int] | Unset = UNSET
    if not isinstance(hypervisor_vendor_id_n, Unset):
        json_hypervisor_vendor_id_n = hypervisor_vendor_id_n

    params["hypervisor_vendor_id__n"] = json_hypervisor_vendor_id_n

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

    params["linux_years__gte"] = linux_years_gte

    params["linux_years__lte"] = linux_years_lte

    params["ordering"] = ordering

    json_purpose: list[str] | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose

    params["purpose"] = json_purpose

    json_purpose_n: list[str] | Unset = UNSET
    if not isinstance(purpose_n, Unset):
        json_purpose_n = purpose_n

    params["purpose__n"] = json_purpose_n

    json_purpose_id: list[int] | Unset = UNSET
    if not isinstance(purpose_id, Unset):
        json_purpose_id = purpose_id

    params["purpose_id"] = json_purpose_id

    json_purpose_id_n: list[int] | Unset = UNSET
    if not isinstance(purpose_id_n, Unset):
        json_purpose_id_n = purpose_id_n

    params["purpose_id__n"] = json_purpose_id_n

    params["q"] = q

    json_respondent: list[str] | Unset = UNSET
    if not isinstance(respondent, Unset):
        json_respondent = respondent

    params["respondent"] = json_respondent

    json_respondent_n: list[str] | Unset = UNSET
    if not isinstance(respondent_n, Unset):
        json_respondent_n = respondent_n

    params["respondent__n"] = json_respondent_n

    json_respondent_id: list[int] | Unset = UNSET
    if not isinstance(respondent_id, Unset):
        json_respondent_id = respondent_id

    params["respondent_id"] = json_respondent_id

    json_respondent_id_n: list[int] | Unset = UNSET
    if not isinstance(respondent_id_n, Unset):
        json_respondent_id_n = respondent_id_n

    params["respondent_id__n"] = json_respondent_id_n

    params["series"] = series

    json_size_band: list[str] | Unset = UNSET
    if not isinstance(size_band, Unset):
        json_size_band = []
        for size_band_item_data in size_band:
            size_band_item = size_band_item_data.value
            json_size_band.append(size_band_item)

    params["size_band"] = json_size_band

    json_size_band_n: list[str] | Unset = UNSET
    if not isinstance(size_band_n, Unset):
        json_size_band_n = []
        for size_band_n_item_data in size_band_n:
            size_band_n_item = size_band_n_item_data.value
            json_size_band_n.append(size_band_n_item)

    params["size_band__n"] = json_size_band_n

    json_stage: list[str] | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = []
        for stage_item_data in stage:
            stage_item = stage_item_data.value
            json_stage.append(stage_item)

    params["stage"] = json_stage

    json_stage_n: list[str] | Unset = UNSET
    if not isinstance(stage_n, Unset):
        json_stage_n = []
        for stage_n_item_data in stage_n:
            stage_n_item = stage_n_item_data.value
            json_stage_n.append(stage_n_item)

    params["stage__n"] = json_stage_n

    json_survey: list[str] | Unset = UNSET
    if not isinstance(survey, Unset):
        json_survey = survey

    params["survey"] = json_survey

    json_survey_n: list[str] | Unset = UNSET
    if not isinstance(survey_n, Unset):
        json_survey_n = survey_n

    params["survey__n"] = json_survey_n

    json_survey_id: list[int] | Unset = UNSET
    if not isinstance(survey_id, Unset):
        json_survey_id = survey_id

    params["survey_id"] = json_survey_id

    json_survey_id_n: list[int] | Unset = UNSET
    if not isinstance(survey_id_n, Unset):
        json_survey_id_n = survey_id_n

    params["survey_id__n"] = json_survey_id_n

    params["synthetic"] = synthetic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/survey-responses.csv",
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
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_stage: list[StageEnum] | Unset = UNSET,
    hypervisor_stage_n: list[StageEnum] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    linux_years_gte: int | Unset = UNSET,
    linux_years_lte: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    respondent: list[str] | Unset = UNSET,
    respondent_n: list[str] | Unset = UNSET,
    respondent_id: list[int] | Unset = UNSET,
    respondent_id_n: list[int] | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: list[SizeBandEnum] | Unset = UNSET,
    size_band_n: list[SizeBandEnum] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/survey-responses/?format=csv`. Survey responses: one respondent's answers.
    Who responded is shown only to users allowed to see it.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_stage (list[StageEnum] | Unset):
        hypervisor_stage_n (list[StageEnum] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        linux_years_gte (int | Unset):
        linux_years_lte (int | Unset):
        ordering (str | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        respondent (list[str] | Unset):
        respondent_n (list[str] | Unset):
        respondent_id (list[int] | Unset):
        respondent_id_n (list[int] | Unset):
        series (str | Unset):
        size_band (list[SizeBandEnum] | Unset):
        size_band_n (list[SizeBandEnum] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
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
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
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
        linux_years_gte=linux_years_gte,
        linux_years_lte=linux_years_lte,
        ordering=ordering,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        respondent=respondent,
        respondent_n=respondent_n,
        respondent_id=respondent_id,
        respondent_id_n=respondent_id_n,
        series=series,
        size_band=size_band,
        size_band_n=size_band_n,
        stage=stage,
        stage_n=stage_n,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
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
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_stage: list[StageEnum] | Unset = UNSET,
    hypervisor_stage_n: list[StageEnum] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    linux_years_gte: int | Unset = UNSET,
    linux_years_lte: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    respondent: list[str] | Unset = UNSET,
    respondent_n: list[str] | Unset = UNSET,
    respondent_id: list[int] | Unset = UNSET,
    respondent_id_n: list[int] | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: list[SizeBandEnum] | Unset = UNSET,
    size_band_n: list[SizeBandEnum] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/survey-responses/?format=csv`. Survey responses: one respondent's answers.
    Who responded is shown only to users allowed to see it.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_stage (list[StageEnum] | Unset):
        hypervisor_stage_n (list[StageEnum] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        linux_years_gte (int | Unset):
        linux_years_lte (int | Unset):
        ordering (str | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        respondent (list[str] | Unset):
        respondent_n (list[str] | Unset):
        respondent_id (list[int] | Unset):
        respondent_id_n (list[int] | Unset):
        series (str | Unset):
        size_band (list[SizeBandEnum] | Unset):
        size_band_n (list[SizeBandEnum] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
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
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
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
        linux_years_gte=linux_years_gte,
        linux_years_lte=linux_years_lte,
        ordering=ordering,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        respondent=respondent,
        respondent_n=respondent_n,
        respondent_id=respondent_id,
        respondent_id_n=respondent_id_n,
        series=series,
        size_band=size_band,
        size_band_n=size_band_n,
        stage=stage,
        stage_n=stage_n,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_stage: list[StageEnum] | Unset = UNSET,
    hypervisor_stage_n: list[StageEnum] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    linux_years_gte: int | Unset = UNSET,
    linux_years_lte: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    respondent: list[str] | Unset = UNSET,
    respondent_n: list[str] | Unset = UNSET,
    respondent_id: list[int] | Unset = UNSET,
    respondent_id_n: list[int] | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: list[SizeBandEnum] | Unset = UNSET,
    size_band_n: list[SizeBandEnum] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/survey-responses/?format=csv`. Survey responses: one respondent's answers.
    Who responded is shown only to users allowed to see it.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_stage (list[StageEnum] | Unset):
        hypervisor_stage_n (list[StageEnum] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        linux_years_gte (int | Unset):
        linux_years_lte (int | Unset):
        ordering (str | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        respondent (list[str] | Unset):
        respondent_n (list[str] | Unset):
        respondent_id (list[int] | Unset):
        respondent_id_n (list[int] | Unset):
        series (str | Unset):
        size_band (list[SizeBandEnum] | Unset):
        size_band_n (list[SizeBandEnum] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
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
        guest_os_family=guest_os_family,
        guest_os_family_n=guest_os_family_n,
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
        linux_years_gte=linux_years_gte,
        linux_years_lte=linux_years_lte,
        ordering=ordering,
        purpose=purpose,
        purpose_n=purpose_n,
        purpose_id=purpose_id,
        purpose_id_n=purpose_id_n,
        q=q,
        respondent=respondent,
        respondent_n=respondent_n,
        respondent_id=respondent_id,
        respondent_id_n=respondent_id_n,
        series=series,
        size_band=size_band,
        size_band_n=size_band_n,
        stage=stage,
        stage_n=stage_n,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country: list[CountryEnum] | Unset = UNSET,
    country_n: list[CountryEnum] | Unset = UNSET,
    guest_os_family: list[FamilyEnum] | Unset = UNSET,
    guest_os_family_n: list[FamilyEnum] | Unset = UNSET,
    hypervisor: list[str] | Unset = UNSET,
    hypervisor_n: list[str] | Unset = UNSET,
    hypervisor_id: list[int] | Unset = UNSET,
    hypervisor_id_n: list[int] | Unset = UNSET,
    hypervisor_stage: list[StageEnum] | Unset = UNSET,
    hypervisor_stage_n: list[StageEnum] | Unset = UNSET,
    hypervisor_vendor: list[str] | Unset = UNSET,
    hypervisor_vendor_n: list[str] | Unset = UNSET,
    hypervisor_vendor_id: list[int] | Unset = UNSET,
    hypervisor_vendor_id_n: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_n: list[str] | Unset = UNSET,
    industry_id: list[int] | Unset = UNSET,
    industry_id_n: list[int] | Unset = UNSET,
    linux_years_gte: int | Unset = UNSET,
    linux_years_lte: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    purpose: list[str] | Unset = UNSET,
    purpose_n: list[str] | Unset = UNSET,
    purpose_id: list[int] | Unset = UNSET,
    purpose_id_n: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    respondent: list[str] | Unset = UNSET,
    respondent_n: list[str] | Unset = UNSET,
    respondent_id: list[int] | Unset = UNSET,
    respondent_id_n: list[int] | Unset = UNSET,
    series: str | Unset = UNSET,
    size_band: list[SizeBandEnum] | Unset = UNSET,
    size_band_n: list[SizeBandEnum] | Unset = UNSET,
    stage: list[StageEnum] | Unset = UNSET,
    stage_n: list[StageEnum] | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/survey-responses/?format=csv`. Survey responses: one respondent's answers.
    Who responded is shown only to users allowed to see it.

    Args:
        country (list[CountryEnum] | Unset):
        country_n (list[CountryEnum] | Unset):
        guest_os_family (list[FamilyEnum] | Unset):
        guest_os_family_n (list[FamilyEnum] | Unset):
        hypervisor (list[str] | Unset):
        hypervisor_n (list[str] | Unset):
        hypervisor_id (list[int] | Unset):
        hypervisor_id_n (list[int] | Unset):
        hypervisor_stage (list[StageEnum] | Unset):
        hypervisor_stage_n (list[StageEnum] | Unset):
        hypervisor_vendor (list[str] | Unset):
        hypervisor_vendor_n (list[str] | Unset):
        hypervisor_vendor_id (list[int] | Unset):
        hypervisor_vendor_id_n (list[int] | Unset):
        industry (list[str] | Unset):
        industry_n (list[str] | Unset):
        industry_id (list[int] | Unset):
        industry_id_n (list[int] | Unset):
        linux_years_gte (int | Unset):
        linux_years_lte (int | Unset):
        ordering (str | Unset):
        purpose (list[str] | Unset):
        purpose_n (list[str] | Unset):
        purpose_id (list[int] | Unset):
        purpose_id_n (list[int] | Unset):
        q (str | Unset):
        respondent (list[str] | Unset):
        respondent_n (list[str] | Unset):
        respondent_id (list[int] | Unset):
        respondent_id_n (list[int] | Unset):
        series (str | Unset):
        size_band (list[SizeBandEnum] | Unset):
        size_band_n (list[SizeBandEnum] | Unset):
        stage (list[StageEnum] | Unset):
        stage_n (list[StageEnum] | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
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
            guest_os_family=guest_os_family,
            guest_os_family_n=guest_os_family_n,
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
            linux_years_gte=linux_years_gte,
            linux_years_lte=linux_years_lte,
            ordering=ordering,
            purpose=purpose,
            purpose_n=purpose_n,
            purpose_id=purpose_id,
            purpose_id_n=purpose_id_n,
            q=q,
            respondent=respondent,
            respondent_n=respondent_n,
            respondent_id=respondent_id,
            respondent_id_n=respondent_id_n,
            series=series,
            size_band=size_band,
            size_band_n=size_band_n,
            stage=stage,
            stage_n=stage_n,
            survey=survey,
            survey_n=survey_n,
            survey_id=survey_id,
            survey_id_n=survey_id_n,
            synthetic=synthetic,
        )
    ).parsed
