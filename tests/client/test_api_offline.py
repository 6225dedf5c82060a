"""adoption_client.Api without a server: how it pages, and the mistakes it refuses before sending anything."""

from http import HTTPStatus
from types import SimpleNamespace
from typing import Any

import pytest
from adoption_client import Api
from adoption_client.api import _arguments
from adoption_client.generated.api.deployments import deployments_list
from adoption_client.generated.types import UNSET, Response, Unset

NOWHERE = "http://127.0.0.1:9"  # nothing listens: a request that is sent fails loudly


class PagedList:
    """A list operation whose next links switch from offset to cursor, as the API's do 10,000 rows in."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.links = [f"{NOWHERE}/api/x/?limit=2&offset=2", f"{NOWHERE}/api/x/?cursor=abc&limit=2", None]

    def sync_detailed(
        self, *, client: Any, limit: int | Unset = 50, offset: int | Unset = UNSET, cursor: str | Unset = UNSET
    ) -> Response[Any]:
        self.calls.append({"limit": limit, "offset": offset, "cursor": cursor})
        page = SimpleNamespace(next_=self.links[len(self.calls) - 1], results=[len(self.calls)], count=3)
        return Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=page)


def test_pages_follow_offset_then_cursor_links_and_never_send_both(monkeypatch):
    operation = PagedList()
    monkeypatch.setattr(Api, "operation", lambda self, resource, action: operation)
    assert list(Api(NOWHERE).records("deployments", limit=2)) == [1, 2, 3]
    assert operation.calls == [
        {"limit": 2, "offset": UNSET, "cursor": UNSET},
        {"limit": 2, "offset": 2, "cursor": UNSET},
        {"limit": 2, "offset": UNSET, "cursor": "abc"},
    ]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda api: next(api.records("deployments", hypervisor=None)), TypeError, "hypervisor=None: give a value"),
        (lambda api: next(api.records("deployments", reported_on__gte="2007-13-01")), ValueError, "reported_on__gte"),
        (lambda api: api.update("deployments", 1, {"vm_count": 1}, etag=""), ValueError, "etag=''"),
        (lambda api: api.delete("deployments", 1, etag=""), ValueError, "etag=''"),
        (lambda api: api.dataframe("report", group_by="hypervisor"), ValueError, "No CSV columns known"),
        (lambda api: api.read("deploymnets", 1), ValueError, "No operation 'retrieve' on 'deploymnets'"),
    ],
)
def test_a_mistake_is_refused_before_anything_is_sent(call, error, message):
    with pytest.raises(error, match=message):
        call(Api(NOWHERE))


def test_any_collection_or_one_value_is_a_list_filter():
    for given in ({"xen"}, ("xen",), "xen", iter(["xen"])):
        assert _arguments(deployments_list, {"hypervisor": given}) == {"hypervisor": ["xen"]}
    assert _arguments(deployments_list, {"stage__n": "pilot"})["stage_n"][0].value == "pilot"
