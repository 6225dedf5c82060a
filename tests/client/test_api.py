"""adoption_client.Api, the wrapper over the generated client, against a live `make run` server: what a
script author relies on beyond the generated functions."""

import pandas as pd
import pytest
from adoption_client import Api, ApiError, StaleVersion, to_dataframe
from adoption_client.frames import columns

pytestmark = [pytest.mark.slow, pytest.mark.any_database]
SOURCE = "computing-2007-08-14-vmware-ipo-xensource-rumours"


@pytest.fixture(scope="module")
def anonymous(live) -> Api:
    return Api(live.url)


@pytest.fixture(scope="module")
def editor(live) -> Api:
    return Api.login(live.url, "admin", live.password)


def new_deployment(reference: str) -> dict:
    return {
        "reference": reference,
        "customer": "casio-computer",
        "hypervisor": "xen",
        "reported_on": "2007-08-06",
        "summary": "Written through adoption_client.Api.",
        "guests": [{"operating_system": "windows-server"}],
        "stages": [{"stage": "pilot", "held_from": "2007-08-06", "source": SOURCE}],
        "citations": [{"source": SOURCE}],
    }


def test_records_follow_every_page_and_pages_are_as_long_as_asked(anonymous):
    pages = list(anonymous.pages("deployments", limit=9))
    assert len(pages) > 3 and {len(page.results) for page in pages[:-1]} == {9}
    ids = [record.id for record in anonymous.records("deployments", limit=9)]
    assert len(ids) == len(set(ids)) == pages[0].count


def test_filters_take_the_api_names_single_values_and_strings(anonymous):
    """`stage__n` as the API spells it, one value where a list is taken, a string for an enum or a date."""
    records = list(anonymous.records("deployments", hypervisor="xen", stage__n="pilot", reported_on__gte="2000-01-01"))
    assert records and {r.hypervisor.slug for r in records} == {"xen"}
    assert all(r.stage.value != "pilot" for r in records)


def test_an_unknown_filter_or_value_is_refused_by_name(anonymous):
    with pytest.raises(TypeError, match="takes no 'hypervisr'; did you mean hypervisor"):
        next(anonymous.records("deployments", hypervisr="xen"))
    with pytest.raises(ValueError, match="'prod' is not one of: considering, evaluating, pilot, production"):
        next(anonymous.records("deployments", stage="prod"))
    with pytest.raises(ApiError) as refused:
        next(anonymous.records("deployments", hypervisor="no-such-hypervisor"))
    assert refused.value.status == 400 and "hypervisor" in refused.value.body


def test_update_sends_the_etag_and_a_stale_one_raises_and_saves_nothing(editor):
    created = editor.create("deployments", new_deployment("api-wrapper-etag"))
    assert created.etag and created.record.guests[0].operating_system.slug == "windows-server"
    updated = editor.update("deployments", created.record.id, {"vm_count": 12}, etag=created.etag)
    assert updated.record.vm_count == 12 and updated.etag != created.etag
    with pytest.raises(StaleVersion) as stale:
        editor.update("deployments", created.record.id, {"vm_count": 13}, etag=created.etag)
    assert stale.value.status == 412 and "changed" in str(stale.value)
    assert editor.read("deployments", created.record.id).record.vm_count == 12
    with pytest.raises(StaleVersion):
        editor.delete("deployments", created.record.id, etag=created.etag)
    editor.delete("deployments", created.record.id, etag=updated.etag)
    with pytest.raises(ApiError) as gone:
        editor.read("deployments", created.record.id)
    assert gone.value.status == 404
    restored = editor.restore("deployments", created.record.id)
    assert restored.record.vm_count == 12 and restored.etag


def test_a_misspelt_body_field_is_the_servers_400_not_dropped(editor):
    created = editor.create("deployments", new_deployment("api-wrapper-typo"))
    with pytest.raises(ApiError) as refused:
        editor.update("deployments", created.record.id, {"vm_cuont": 5}, etag=created.etag)
    assert refused.value.status == 400
    assert refused.value.body == {"vm_cuont": ["Unknown field. Did you mean vm_count?"]}


def test_writes_need_credentials_and_a_wrong_password_is_refused(live, anonymous):
    with pytest.raises(ApiError) as anonymous_write:
        anonymous.create("deployments", new_deployment("api-wrapper-anonymous"))
    assert anonymous_write.value.status == 401
    with pytest.raises(ApiError) as wrong:
        Api.login(live.url, "admin", "not-the-password")
    assert wrong.value.status == 400


def test_dataframe_types_each_column_as_the_csv_reference_says(anonymous):
    frame = anonymous.dataframe("deployments", hypervisor="xen")
    assert list(frame.columns) == list(columns()["deployments"])
    swisscom = frame.set_index("reference").loc["swisscom-xen-rhel5-2007"]
    assert swisscom["host_os_version"] == "5", "a version stays text"
    assert str(frame["vm_count"].dtype) == "Int64" and pd.isna(swisscom["vm_count"]), "an empty count is <NA>"
    assert str(frame["reported_on"].dtype).startswith("datetime64")
    assert str(frame["synthetic"].dtype) == "boolean" and str(frame["summary"].dtype) == "string"
    assert swisscom["hypervisor_version"] == "", "an empty text cell is empty text"


def test_a_text_that_looks_like_a_formula_comes_back_as_it_was_written(editor):
    formulas = {"summary": "=1+1, then 'quoted'", "host_os": "rhel", "host_os_version": "-5"}
    written = {**new_deployment("api-wrapper-formula"), **formulas}
    editor.create("deployments", written)
    assert "'=1+1" in editor.csv("deployments", reference__ic="api-wrapper-formula"), "the CSV carries the guard"
    frame = editor.dataframe("deployments", reference__ic="api-wrapper-formula")
    assert frame.loc[0, "summary"] == "=1+1, then 'quoted'" and frame.loc[0, "host_os_version"] == "-5"


def test_every_resource_reads_into_its_dtypes(anonymous, editor):
    filled = 0
    for resource, types in columns().items():
        frame = editor.dataframe(resource)
        filled += len(frame) > 0
        assert list(frame.columns) == list(types), resource
        for column, kind in types.items():
            expected = "datetime64" if kind == "date" else kind
            assert str(frame[column].dtype).startswith(expected), (resource, column, frame[column].dtype)
    assert filled >= 8, "most resources have records to read"
    # A confidential column is left out of what an anonymous user reads, and the rest still typed.
    assert "respondent" not in anonymous.dataframe("survey-responses").columns


def test_to_dataframe_names_an_unknown_resource():
    with pytest.raises(ValueError, match="No CSV columns known for 'deploymnets'"):
        to_dataframe("id\n1\n", "deploymnets")


def test_the_report_and_its_csv(anonymous):
    report = anonymous.report(group_by="hypervisor,stage")
    cells = [cell.to_dict() for cell in report.cells]
    assert {"hypervisor", "stage", "n", "share"} <= set(cells[0])
    text = anonymous.csv("report", group_by="hypervisor,stage")
    assert sum(1 for _ in text.strip().splitlines()) == len(cells) + 1
