from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answers_enum import AnswersEnum
from ...models.error import Error
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    answers: list[AnswersEnum] | Unset = UNSET,
    answers_n: list[AnswersEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    text_ic: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_answers: list[str] | Unset = UNSET
    if not isinstance(answers, Unset):
        json_answers = []
        for answers_item_data in answers:
            answers_item = answers_item_data.value
            json_answers.append(answers_item)

    params["answers"] = json_answers

    json_answers_n: list[str] | Unset = UNSET
    if not isinstance(answers_n, Unset):
        json_answers_n = []
        for answers_n_item_data in answers_n:
            answers_n_item = answers_n_item_data.value
            json_answers_n.append(answers_n_item)

    params["answers__n"] = json_answers_n

    params["ordering"] = ordering

    params["q"] = q

    params["series"] = series

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

    params["text__ic"] = text_ic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/survey-questions.csv",
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
    answers: list[AnswersEnum] | Unset = UNSET,
    answers_n: list[AnswersEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    text_ic: str | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/survey-questions/?format=csv`. Survey questions: a survey's questionnaire,
    each question with the response field it fills and its answer options.

    Args:
        answers (list[AnswersEnum] | Unset):
        answers_n (list[AnswersEnum] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        text_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        answers=answers,
        answers_n=answers_n,
        ordering=ordering,
        q=q,
        series=series,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
        text_ic=text_ic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    answers: list[AnswersEnum] | Unset = UNSET,
    answers_n: list[AnswersEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    text_ic: str | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/survey-questions/?format=csv`. Survey questions: a survey's questionnaire,
    each question with the response field it fills and its answer options.

    Args:
        answers (list[AnswersEnum] | Unset):
        answers_n (list[AnswersEnum] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        text_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return sync_detailed(
        client=client,
        answers=answers,
        answers_n=answers_n,
        ordering=ordering,
        q=q,
        series=series,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
        text_ic=text_ic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    answers: list[AnswersEnum] | Unset = UNSET,
    answers_n: list[AnswersEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    text_ic: str | Unset = UNSET,
) -> Response[Error | ValidationErrors | str]:
    """As CSV, the same as `/api/survey-questions/?format=csv`. Survey questions: a survey's questionnaire,
    each question with the response field it fills and its answer options.

    Args:
        answers (list[AnswersEnum] | Unset):
        answers_n (list[AnswersEnum] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        text_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationErrors | str]
    """

    kwargs = _get_kwargs(
        answers=answers,
        answers_n=answers_n,
        ordering=ordering,
        q=q,
        series=series,
        survey=survey,
        survey_n=survey_n,
        survey_id=survey_id,
        survey_id_n=survey_id_n,
        synthetic=synthetic,
        text_ic=text_ic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    answers: list[AnswersEnum] | Unset = UNSET,
    answers_n: list[AnswersEnum] | Unset = UNSET,
    ordering: str | Unset = UNSET,
    q: str | Unset = UNSET,
    series: str | Unset = UNSET,
    survey: list[str] | Unset = UNSET,
    survey_n: list[str] | Unset = UNSET,
    survey_id: list[int] | Unset = UNSET,
    survey_id_n: list[int] | Unset = UNSET,
    synthetic: bool | Unset = UNSET,
    text_ic: str | Unset = UNSET,
) -> Error | ValidationErrors | str | None:
    """As CSV, the same as `/api/survey-questions/?format=csv`. Survey questions: a survey's questionnaire,
    each question with the response field it fills and its answer options.

    Args:
        answers (list[AnswersEnum] | Unset):
        answers_n (list[AnswersEnum] | Unset):
        ordering (str | Unset):
        q (str | Unset):
        series (str | Unset):
        survey (list[str] | Unset):
        survey_n (list[str] | Unset):
        survey_id (list[int] | Unset):
        survey_id_n (list[int] | Unset):
        synthetic (bool | Unset):
        text_ic (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationErrors | str
    """

    return (
        await asyncio_detailed(
            client=client,
            answers=answers,
            answers_n=answers_n,
            ordering=ordering,
            q=q,
            series=series,
            survey=survey,
            survey_n=survey_n,
            survey_id=survey_id,
            survey_id_n=survey_id_n,
            synthetic=synthetic,
            text_ic=text_ic,
        )
    ).parsed
