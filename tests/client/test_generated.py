"""The generated client, as openapi-python-client wrote it and with no hand edit, does every operation a
script needs against a live `make run` server: log in, list with filters, page through, read, create with
nested rows by slug, update with If-Match (and a 412), delete, restore, report, CSV."""

import csv
import datetime
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from adoption_client.generated import AuthenticatedClient, Client
from adoption_client.generated.api.auth import auth_token_create
from adoption_client.generated.api.deployments import (
    deployments_create,
    deployments_csv,
    deployments_destroy,
    deployments_list,
    deployments_partial_update,
    deployments_restore_create,
    deployments_retrieve,
)
from adoption_client.generated.api.reports import reports_adoption_csv, reports_adoption_retrieve
from adoption_client.generated.models import (
    DeploymentCitationRequest,
    DeploymentFull,
    DeploymentRequest,
    Error,
    GuestRequest,
    PatchedDeploymentRequest,
    Report,
    StageEnum,
    StageObservationRequest,
    StrictAuthTokenRequest,
    Token,
)
from adoption_client.generated.types import UNSET

pytestmark = [pytest.mark.slow, pytest.mark.any_database]
SOURCE = "computing-2007-08-14-vmware-ipo-xensource-rumours"


@pytest.fixture(scope="module")
def anonymous(live) -> Client:
    return Client(base_url=live.url, raise_on_unexpected_status=True)


@pytest.fixture(scope="module")
def editor(live, anonymous) -> AuthenticatedClient:
    body = StrictAuthTokenRequest(username="admin", password=live.password)
    answer = auth_token_create.sync_detailed(client=anonymous, body=body)
    assert answer.status_code == 200 and isinstance(answer.parsed, Token), answer.content
    return AuthenticatedClient(base_url=live.url, token=answer.parsed.token, prefix="Token")


def test_list_with_filters(anonymous):
    page = deployments_list.sync(client=anonymous, hypervisor=["xen"], stage=[StageEnum.PRODUCTION], limit=1000)
    assert page.count == len(page.results) > 0
    assert {d.hypervisor.slug for d in page.results} == {"xen"}
    assert {d.stage for d in page.results} == {StageEnum.PRODUCTION}
    assert "casio-xen-sles-2007" in {d.reference for d in page.results}


def test_page_through_a_list_by_its_next_links(anonymous):
    page = deployments_list.sync(client=anonymous, limit=7)
    seen = [d.id for d in page.results]
    while page.next_:
        following = parse_qs(urlsplit(page.next_).query)
        page = deployments_list.sync(
            client=anonymous,
            limit=int(following["limit"][0]),
            offset=int(following["offset"][0]) if "offset" in following else UNSET,
            cursor=following["cursor"][0] if "cursor" in following else UNSET,
        )
        seen += [d.id for d in page.results]
    assert len(seen) == len(set(seen)) == page.count > 7 * 3


def test_create_with_nested_rows_by_slug_update_with_if_match_delete_and_restore(anonymous, editor):
    body = DeploymentRequest(
        reference="generated-client-acme-xen",
        customer="casio-computer",
        hypervisor="xen",
        host_os="sles",
        reported_on=datetime.date(2007, 8, 6),
        summary="Written by the generated client.",
        guests=[GuestRequest(operating_system="windows-server", vm_count=3)],
        stages=[StageObservationRequest(stage=StageEnum.PILOT, held_from=datetime.date(2007, 8, 6), source=SOURCE)],
        purposes=["mixed-os-hosting"],
        citations=[DeploymentCitationRequest(source=SOURCE)],
    )
    created = deployments_create.sync_detailed(client=editor, body=body)
    assert created.status_code == 201, created.content
    record = created.parsed
    assert isinstance(record, DeploymentFull)
    assert [g.operating_system.slug for g in record.guests] == ["windows-server"]
    assert [s.source.slug for s in record.stages] == [SOURCE] and record.host_os.slug == "sles"

    read = deployments_retrieve.sync_detailed(record.id, client=anonymous)
    assert read.status_code == 200 and read.headers["ETag"] == created.headers["ETag"]
    updated = deployments_partial_update.sync_detailed(
        record.id, client=editor, body=PatchedDeploymentRequest(vm_count=40), if_match=read.headers["ETag"]
    )
    assert updated.status_code == 200 and updated.parsed.vm_count == 40
    stale = deployments_partial_update.sync_detailed(
        record.id, client=editor, body=PatchedDeploymentRequest(vm_count=41), if_match=read.headers["ETag"]
    )
    assert stale.status_code == 412 and isinstance(stale.parsed, Error) and "changed" in stale.parsed.detail
    assert deployments_retrieve.sync(record.id, client=anonymous).vm_count == 40, "a 412 changes nothing"

    deleted = deployments_destroy.sync_detailed(record.id, client=editor, if_match=updated.headers["ETag"])
    assert deleted.status_code == 204
    assert deployments_retrieve.sync_detailed(record.id, client=anonymous).status_code == 404
    restored = deployments_restore_create.sync_detailed(record.id, client=editor)
    assert restored.status_code == 201, restored.content
    assert restored.headers["ETag"] == deployments_retrieve.sync_detailed(record.id, client=anonymous).headers["ETag"]
    assert restored.parsed.vm_count == 40 and [g.vm_count for g in restored.parsed.guests] == [3]


def test_report(anonymous):
    report = reports_adoption_retrieve.sync(client=anonymous, group_by="hypervisor")
    assert isinstance(report, Report)
    assert "xen" in {cell["hypervisor"] for cell in report.cells}


def test_csv_of_a_list_and_of_the_report(anonymous):
    text = deployments_csv.sync(client=anonymous, hypervisor=["xen"])
    header, *rows = csv.reader(io.StringIO(text))
    assert header[:4] == ["id", "reference", "customer", "hypervisor"]
    listed = deployments_list.sync(client=anonymous, hypervisor=["xen"], limit=1)
    assert len(rows) == listed.count
    report = reports_adoption_csv.sync(client=anonymous, group_by="hypervisor")
    assert report.splitlines()[0].startswith("hypervisor,hypervisor_label,")
