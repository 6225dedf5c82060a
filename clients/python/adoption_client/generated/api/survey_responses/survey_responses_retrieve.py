from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brief_survey_response import BriefSurveyResponse
from ...models.error import Error
from ...models.survey_response_full import SurveyResponseFull
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    brief: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["brief"] = brief

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/survey-responses/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BriefSurveyResponse | SurveyResponseFull:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_survey_response_type_0 = SurveyResponseFull.from_dict(data)

                return componentsschemas_survey_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_survey_response_type_1 = BriefSurveyResponse.from_dict(data)

            return componentsschemas_survey_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
) -> Response[BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors]:
    """Survey responses: one respondent's answers. Who responded is shown only to users allowed to see it.

    Args:
        id (int):
        brief (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors]
    """

    kwargs = _get_kwargs(
        id=id,
        brief=brief,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
) -> BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors | None:
    """Survey responses: one respondent's answers. Who responded is shown only to users allowed to see it.

    Args:
        id (int):
        brief (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors
    """

    return sync_detailed(
        id=id,
        client=client,
        brief=brief,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
) -> Response[BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors]:
    """Survey responses: one respondent's answers. Who responded is shown only to users allowed to see it.

    Args:
        id (int):
        brief (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors]
    """

    kwargs = _get_kwargs(
        id=id,
        brief=brief,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    brief: bool | Unset = UNSET,
) -> BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors | None:
    """Survey responses: one respondent's answers. Who responded is shown only to users allowed to see it.

    Args:
        id (int):
        brief (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefSurveyResponse | SurveyResponseFull | Error | ValidationErrors
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            brief=brief,
        )
    ).parsed
