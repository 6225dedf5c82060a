"""`Api`: the generated client's operations by resource name, with what generation does not give.

- Paging: `records()` and `pages()` follow each page's `next` link to the end.
- Versions: `read()`, `create()`, `update()` and `restore()` answer a `Versioned` record
  (the record and its ETag); `update()` and `delete()` send the ETag as If-Match, and a
  412 (someone changed the record since) raises `StaleVersion`, with nothing saved.
- Errors: any refusal raises `ApiError`, with the status and the server's messages.
- Friendly arguments: filters as the API names them (`stage__n`, `format`) or as the
  generated functions do (`stage_n`, `format_`); a single value where a list is taken;
  strings for enums and dates. A body may be a generated model or a dict of JSON
  values, sent as is, so a misspelt field is the server's 400, never dropped.
- CSV: `csv()` answers the text, `dataframe()` a pandas DataFrame typed per column.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import importlib
import json
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from .frames import columns, to_dataframe
from .generated import AuthenticatedClient, Client
from .generated.api.auth import auth_token_create
from .generated.models import StrictAuthTokenRequest
from .generated.types import UNSET, Response, Unset

if TYPE_CHECKING:
    import pandas

    from .generated.models import Report

Record = TypeVar("Record")
REPORT = "reports_adoption"  # the report's operations: reports_adoption_retrieve, reports_adoption_csv


class ApiError(Exception):
    """The server refused the request: `status`, and `body`, what it said (JSON decoded when it is)."""

    def __init__(self, status: int, body: Any) -> None:
        self.status = status
        self.body = body
        if isinstance(body, Mapping) and set(body) == {"detail"}:
            said = str(body["detail"])
        else:
            said = json.dumps(body) if isinstance(body, Mapping | list) else str(body)
        super().__init__(f"{status}: {said}")


class StaleVersion(ApiError):
    """412: the record changed after the version sent as If-Match; nothing was saved. Read it again."""


@dataclass(frozen=True)
class Versioned(Generic[Record]):
    """A record as the server answered it, and its ETag: send `etag` back to write over this version only."""

    record: Record
    etag: str


class Api:
    """The API at `base_url`, anonymously (reads) or with a token (`Api.login()` gets one)."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        import httpx

        limits = httpx.Timeout(timeout)
        self.client: Client | AuthenticatedClient = (
            AuthenticatedClient(base_url=self.base_url, token=token, prefix="Token", timeout=limits)
            if token
            else Client(base_url=self.base_url, timeout=limits)
        )

    @classmethod
    def login(cls, base_url: str, username: str, password: str, **options: Any) -> Api:
        """Exchange a username and password for the user's token (POST /api/auth/token/)."""
        anonymous = cls(base_url, **options)
        body = StrictAuthTokenRequest(username=username, password=password)
        answer = _ok(auth_token_create.sync_detailed(client=anonymous.client, body=body))
        return cls(base_url, answer.token, **options)

    # Reads

    def pages(self, resource: str, **filters: Any) -> Iterator[Any]:
        """Each page of the list (its `results`, `count`, `next`...), following `next` to the end."""
        operation = self.operation(resource, "list")
        arguments = _arguments(operation, filters)
        while True:
            page = _ok(operation.sync_detailed(client=self.client, **arguments))
            yield page
            if not isinstance(page.next_, str) or not page.next_:
                return
            # Where the next page starts, as the link says: an offset near the start, a cursor further in.
            following = parse_qs(urlsplit(page.next_).query)
            for name in ("cursor", "offset", "limit"):
                if name not in following:
                    arguments.pop(name, None)
                else:
                    arguments[name] = following[name][0] if name == "cursor" else int(following[name][0])

    def records(self, resource: str, **filters: Any) -> Iterator[Any]:
        """Every record of the filtered list, page after page (`limit` sets the page size, up to 1,000)."""
        for page in self.pages(resource, **filters):
            yield from page.results

    def read(self, resource: str, id: int, **parameters: Any) -> Versioned[Any]:
        """One record, with its ETag."""
        return _versioned(self._send(self.operation(resource, "retrieve"), id, **parameters))

    def report(self, **parameters: Any) -> Report:
        """The adoption report (`group_by=` and the rest: see the reports reference)."""
        report: Report = _ok(self._send(self.operation(REPORT, "retrieve"), **parameters))
        return report

    def csv(self, resource: str, **filters: Any) -> str:
        """The whole filtered list as CSV text (`resource="reports/adoption"` or `"report"`: the report)."""
        text: str = _ok(self._send(self.operation(_csv_name(resource), "csv"), **filters))
        return text

    def dataframe(self, resource: str, **filters: Any) -> pandas.DataFrame:
        """The whole filtered list as a pandas DataFrame, each column typed as the CSV columns reference says.
        (The report's cells: `pandas.DataFrame([cell.to_dict() for cell in api.report(...).cells])`.)"""
        if resource not in columns():
            raise ValueError(f"No CSV columns known for {resource!r}; known: {', '.join(columns())}.")
        return to_dataframe(self.csv(resource, **filters), resource)

    # Writes

    def create(self, resource: str, body: Any) -> Versioned[Any]:
        """A new record, with its nested rows (which may name what they refer to by slug)."""
        return _versioned(self._send(self.operation(resource, "create"), body=body))

    def update(self, resource: str, id: int, changes: Any, *, etag: str | None = None) -> Versioned[Any]:
        """Change the fields `changes` names (PATCH); with `etag`, only if the record is still at that version,
        else StaleVersion."""
        operation = self.operation(resource, "partial_update")
        return _versioned(self._send(operation, id, body=changes, **_if_match(etag)))

    def delete(self, resource: str, id: int, *, etag: str | None = None) -> None:
        """Delete a record (it can be restored); with `etag`, only if it is still at that version."""
        _ok(self._send(self.operation(resource, "destroy"), id, **_if_match(etag)))

    def restore(self, resource: str, id: int) -> Versioned[Any]:
        """Bring a deleted record back, as it was deleted, with its nested rows."""
        return _versioned(self._send(self.operation(resource, "restore_create"), id))

    # The generated operations underneath

    def operation(self, resource: str, action: str) -> types.ModuleType:
        """The generated module of `action` (list, retrieve, create, partial_update, destroy, restore_create,
        csv...) on `resource` (`deployments`, `operating-systems`...)."""
        name = resource.replace("-", "_").replace("/", "_")
        tag = name.split("_")[0] if name == REPORT else name
        module = f"{__package__}.generated.api.{tag}.{name}_{action}"
        try:
            return importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name is None or not module.startswith(error.name):
                raise  # something the operation's module imports is missing: not a name to correct
            raise ValueError(f"No operation {action!r} on {resource!r}.") from None

    def _send(self, operation: types.ModuleType, *args: Any, body: Any = None, **parameters: Any) -> Response[Any]:
        arguments = _arguments(operation, parameters)
        if body is not None:
            # A dict is sent as it is: made into a generated model, a field the model lacks would be dropped.
            arguments["body"] = body if hasattr(body, "to_dict") else _Json(body)
        response: Response[Any] = operation.sync_detailed(*args, client=self.client, **arguments)
        return response


class _Json:
    """A body of JSON values (dates and enums allowed) where a generated function takes a model."""

    def __init__(self, body: Any) -> None:
        self.body = body

    def to_dict(self) -> Any:
        return json.loads(json.dumps(self.body, default=_json_value))


def _csv_name(resource: str) -> str:
    return REPORT if resource in ("report", "reports/adoption", REPORT) else resource


def _ok(response: Response[Any]) -> Any:
    """What the server answered, or the ApiError it amounts to."""
    status = int(response.status_code)
    if 200 <= status < 300:
        return response.parsed
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = response.content.decode(errors="replace")
    raise (StaleVersion if status == 412 else ApiError)(status, body)


def _versioned(response: Response[Any]) -> Versioned[Any]:
    record = _ok(response)
    etag = response.headers.get("ETag")
    if not etag:  # every record the API answers carries its version
        raise ApiError(int(response.status_code), "The answer carries no ETag, the record's version.")
    return Versioned(record, etag)


def _if_match(etag: str | None) -> dict[str, str]:
    """The If-Match argument for `etag`: none for None (write whatever the version is)."""
    if etag is None:
        return {}
    if not isinstance(etag, str) or not etag:
        raise ValueError(f"etag={etag!r}: give the ETag a read or write answered, or None to write over any version.")
    return {"if_match": etag}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not a JSON value: {value!r}")


def _arguments(operation: types.ModuleType, given: Mapping[str, Any]) -> dict[str, Any]:
    """`given` as the generated function takes it: its parameter names, lists, enums and dates."""
    hints = typing.get_type_hints(operation.sync_detailed)
    arguments = {}
    for name, value in given.items():
        python_name = name if name in hints else name.replace("__", "_")
        if python_name not in hints and f"{python_name}_" in hints:
            python_name += "_"  # format -> format_
        if value is None:
            raise TypeError(f"{name}=None: give a value, or leave {name} out.")
        if python_name not in hints or python_name in ("client", "body"):
            known = sorted(hint for hint in hints if hint not in ("client", "body", "return"))
            close = difflib.get_close_matches(python_name, known, n=1)
            hint = f"did you mean {close[0]}?" if close else f"it takes: {', '.join(known)}"
            raise TypeError(f"{operation.__name__.rsplit('.', 1)[-1]} takes no {name!r}; {hint}")
        try:
            arguments[python_name] = _as(hints[python_name], value)
        except ValueError as error:
            raise ValueError(f"{name}: {error}") from None
    return arguments


def _as(hint: Any, value: Any) -> Any:
    """`value` as the type `hint` says (`X | Unset`, `list[X] | Unset`), where it can be made so."""
    options = [option for option in typing.get_args(hint) or (hint,) if option is not Unset]
    for option in options:
        if typing.get_origin(option) is list:
            (item,) = typing.get_args(option)
            several = isinstance(value, Iterable) and not isinstance(value, str | bytes | enum.Enum)
            return [_as(item, one) for one in (value if several else [value])]
    enums = [option for option in options if isinstance(option, type) and issubclass(option, enum.Enum)]
    if any(isinstance(value, option) for option in enums) or value is UNSET:
        return value
    for option in options:
        if option in (datetime.date, datetime.datetime) and isinstance(value, str):
            return option.fromisoformat(value)
        if isinstance(value, option if isinstance(option, type) else ()) and option not in enums:
            return value
    for option in enums:
        try:
            return option(value.value if isinstance(value, enum.Enum) else value)
        except ValueError:
            continue
    if enums:
        allowed = ", ".join(str(member.value) for option in enums for member in option)
        raise ValueError(f"{value!r} is not one of: {allowed}.")
    return value
