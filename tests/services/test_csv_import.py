"""CSV import: all or nothing, every problem with its line and column, every kind of bad file."""

import pytest
from django.test import override_settings

from adoption.csv_codec import CsvFileError
from adoption.models import Deployment, MarketEvent, Organization, Ownership
from adoption.registry import RESOURCES
from adoption.services import upsert as upsert_module
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError, streams

pytestmark = pytest.mark.django_db

ORGS = RESOURCES["organizations"]
DEPLOYMENTS = RESOURCES["deployments"]
ARTICLE = "computing-2007-08-14-vmware-ipo-xensource-rumours"

NEW_DEPLOYMENT = (
    "reference,customer,hypervisor,host_os,guests,stage,purposes,reported_on,reported_precision,summary,citations\n"
    "acme-kvm-2008,casio-computer,kvm,rhel,windows-server|2003|hardware-assisted|12;rhel|5||,pilot,"
    f"server-consolidation,2008-03-01,month,A test deployment.,{ARTICLE}|p. 1|test\n"
)


def problems_of(resource, data: str) -> list[str]:
    with pytest.raises(UpsertError) as caught:
        import_csv(resource, data.encode())
    return [str(problem) for problem in caught.value.problems]


def test_a_new_deployment_with_guests_purposes_and_a_citation(seeded, django_user_model):
    analyst = django_user_model.objects.create_user("analyst")
    result = import_csv(DEPLOYMENTS, NEW_DEPLOYMENT.encode(), user=analyst)

    assert [(o.where, o.key, o.action) for o in result.outcomes] == [("line 2", "acme-kvm-2008", "created")]
    deployment = Deployment.objects.get(reference="acme-kvm-2008")
    guests = [(g.operating_system.slug, g.version, g.mode, g.vm_count) for g in deployment.guests.all()]
    assert guests == [("windows-server", "2003", "hardware-assisted", 12), ("rhel", "5", "unknown", None)]
    assert deployment.reported_display == "2008-03"
    assert list(deployment.purposes.values_list("slug", flat=True)) == ["server-consolidation"]
    # The history records who imported it, for the deployment and its nested rows.
    record = deployment.history.get()
    assert (record.history_type, record.history_user, record.history_change_reason) == ("+", analyst, "CSV import")
    assert list(record.purposes.values_list("purpose__slug", flat=True)) == ["server-consolidation"]
    assert deployment.guests.first().history.get().history_user == analyst


def test_an_update_changes_only_the_columns_given_and_is_in_the_history(seeded, django_user_model):
    analyst = django_user_model.objects.create_user("analyst")
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    result = import_csv(DEPLOYMENTS, b"reference,hypervisor_version\ncasio-xen-sles-2007,3.1\n", user=analyst)

    assert result.counts == {"updated": 1}
    casio.refresh_from_db()
    assert casio.hypervisor_version == "3.1"
    assert casio.guests.count() == 1 and casio.citations.count() == 1  # columns not given stay
    latest = casio.history.latest()
    assert (latest.history_type, latest.history_user, latest.hypervisor_version) == ("~", analyst, "3.1")


def test_replacing_guests_records_both_the_removed_and_the_new_rows_in_the_history(seeded, django_user_model):
    analyst = django_user_model.objects.create_user("analyst")
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    (old_guest,) = casio.guests.all()
    import_csv(DEPLOYMENTS, b"reference,guests,vm_count\ncasio-xen-sles-2007,rhel|5||3,40\n", user=analyst)

    removed = old_guest.history.latest()
    assert (removed.history_type, removed.history_user, removed.operating_system_id) == (
        "-",
        analyst,
        old_guest.operating_system_id,
    )
    (new_guest,) = casio.guests.all()
    added = new_guest.history.get()
    assert (added.history_type, added.version, added.vm_count) == ("+", "5", 3)
    # The deployment's history row is the record as stored, every tracked column of it.
    casio.refresh_from_db()
    latest = casio.history.latest()
    tracked = [field.attname for field in type(latest).tracked_fields]
    assert [getattr(latest, name) for name in tracked] == [getattr(casio, name) for name in tracked]
    assert latest.history_change == added.history_change == removed.history_change, "one change id for the import"


def test_a_row_with_an_id_renames_its_record(seeded):
    casio = Organization.objects.get(slug="casio-computer")
    import_csv(ORGS, f"id,slug\n{casio.pk},casio\n".encode())
    assert Organization.objects.get(pk=casio.pk).slug == "casio"


def test_every_bad_row_and_column_is_reported_and_nothing_is_written(seeded):
    data = NEW_DEPLOYMENT + (
        "bad-one,nobody,xen,,,production,,2008-13-01,day,x,\n"
        "casio-xen-sles-2007,casio-computer,xen,,windows-server|a|b|c|d,someday,,2007-08-06,day,x,"
        f"{ARTICLE}||\n"
    )
    before = Deployment.objects.count()
    problems = problems_of(DEPLOYMENTS, data)
    assert Deployment.objects.count() == before
    assert not Deployment.objects.filter(reference="acme-kvm-2008").exists()  # the good row too
    assert "line 3, customer: there is no organization 'nobody'." in problems
    assert any(p.startswith("line 3, reported_on: ") and "2008-13-01" in p for p in problems)
    assert "line 3, citations: A deployment needs at least one citation: add the source it comes from." in problems
    assert "line 4, guests: row 1 has 5 fields separated by |; at most 4 are expected" in problems
    assert "line 4, stage: Value 'someday' is not a valid choice." in problems
    assert not any(p.startswith("line 2") for p in problems)


def test_a_retired_reference_is_refused(seeded):
    Deployment.objects.get(reference="swisscom-xen-rhel5-2007").delete()
    problems = problems_of(DEPLOYMENTS, NEW_DEPLOYMENT.replace("acme-kvm-2008", "swisscom-xen-rhel5-2007"))
    assert problems == [
        "line 2, reference: swisscom-xen-rhel5-2007 belonged to a deleted deployment; references are never reused."
    ]


def test_duplicates_within_the_file_and_against_the_database(seeded):
    data = "slug,name\nnew-one,Casio Computer\nnew-two,Twin\nnew-three,Twin\nnew-two,Again\n"
    assert problems_of(ORGS, data) == [
        "line 2, name: “Casio Computer” (casio-computer) already has this name, ignoring case and spacing.",
        "line 4, name: “Twin” (line 3) already has this name, ignoring case and spacing.",
        "line 5, slug: new-two is already in this file (line 3); give each once.",
    ]


EVENTS_HEADER = "slug,title,kind,status,date,organization,counterparty,summary,links,citations\n"


def test_a_link_may_name_an_event_later_in_the_file(seeded):
    data = EVENTS_HEADER + (
        f"acme-buys-bolt-2008,Acme agrees to buy Bolt,acquisition,definitive-agreement,2008-03-03,casio-computer,"
        f"xensource,Agreed.,confirms|acme-bolt-rumour-2008|the rumour was right,{ARTICLE}|p. 1|\n"
        f"acme-bolt-rumour-2008,Acme said to eye Bolt,acquisition-rumour,rumoured,2008-02-01,casio-computer,"
        f"xensource,Rumour.,,{ARTICLE}|p. 2|\n"
    )
    result = import_csv(RESOURCES["events"], data.encode())

    assert result.counts == {"created": 2}
    agreement = MarketEvent.objects.get(slug="acme-buys-bolt-2008")
    link = agreement.links.get()
    assert (link.kind, link.target.slug, link.note) == ("confirms", "acme-bolt-rumour-2008", "the rumour was right")
    assert [back.event.slug for back in link.target.linked_from.all()] == ["acme-buys-bolt-2008"]


def test_ownership_periods_may_not_loop_even_within_one_file(seeded):
    data = "reference,organization,parent\na-owned-by-b,casio-computer,novell\nb-owned-by-a,novell,casio-computer\n"
    problems = problems_of(RESOURCES["ownerships"], data)
    assert "parent: This parent would make the organization its own ancestor." in " ".join(problems)
    assert not Ownership.objects.filter(reference__in=["a-owned-by-b", "b-owned-by-a"]).exists()
    assert Organization.objects.get(slug="novell").ownerships.count() == 0


def test_a_dry_run_reports_and_writes_nothing(seeded):
    result = import_csv(DEPLOYMENTS, NEW_DEPLOYMENT.encode(), dry_run=True)
    assert result.counts == {"created": 1}
    assert "1 would be created" in result.summary()
    assert not Deployment.objects.filter(reference="acme-kvm-2008").exists()


def test_a_bom_is_accepted(seeded):
    import_csv(DEPLOYMENTS, b"\xef\xbb\xbf" + NEW_DEPLOYMENT.encode())
    assert Deployment.objects.filter(reference="acme-kvm-2008").exists()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "The file is empty"),
        (b"\xef\xbb\xbf  \n", "The file is empty"),
        (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("slug,name\nzürich-ag,Zürich AG\n".encode("latin-1"), "Line 2 is not UTF-8 text (byte 0xfc"),
        (b"slug,name\n", "a header but no rows"),
        (b"slug,nome\nx,y\n", "unknown column(s) 'nome'"),
        (b"name,country\nx,JP\n", "the slug column is missing"),
        (b"slug,slug\nx,y\n", "column(s) given twice: slug"),
        (b'slug,name\nx,"unterminated\n' + b"a" * 200_000 + b"\n", "Line 2 cannot be read as CSV"),
    ],
)
def test_each_kind_of_bad_file_gets_a_reason(seeded, data, reason):
    with pytest.raises(CsvFileError) as caught:
        import_csv(ORGS, data)
    assert reason in str(caught.value)


@override_settings(CSV_IMPORT_MAX_BYTES=100)
def test_an_oversized_file_is_refused(seeded):
    with pytest.raises(CsvFileError, match="imports take at most"):
        import_csv(ORGS, b"slug,name\n" + b"x,y\n" * 50)


def test_a_row_with_too_many_cells_and_a_bad_list_escape(seeded):
    problems = problems_of(ORGS, "slug,name,aliases\na,A,x\\y\nb,B,,extra\n")
    assert problems == [
        r"line 2, aliases: a backslash must be followed by ; or \ (write \\ for a backslash)",
        "line 3: has 4 cells but the header has 3 columns.",
    ]


def test_a_cell_that_spans_lines_moves_the_line_numbers(seeded):
    problems = problems_of(ORGS, 'slug,name,description\na,A,"two\nlines"\nb,,x\n')
    assert problems == ["line 4, name: This field cannot be blank."]


def test_a_file_of_many_chunks_is_still_all_or_nothing_and_reports_every_row(seeded, monkeypatch):
    # Deployments are planned and written a chunk at a time (upsert.streams): one row each here.
    assert streams(DEPLOYMENTS) and not streams(ORGS)
    monkeypatch.setattr(upsert_module, "CHUNK_SIZE", 1)
    second = NEW_DEPLOYMENT.splitlines()[1].replace("acme-kvm-2008", "acme-kvm-2009")
    bad = second.replace("acme-kvm-2009", "acme-kvm-2010").replace("casio-computer", "nobody")
    again = NEW_DEPLOYMENT.splitlines()[1]
    problems = problems_of(DEPLOYMENTS, NEW_DEPLOYMENT + f"{second}\n{bad}\n{again}\n")
    assert problems == [
        "line 4, customer: there is no organization 'nobody'.",
        "line 5, reference: acme-kvm-2008 is already in this file (line 2); give each once.",
    ]
    assert not Deployment.objects.filter(reference__startswith="acme-kvm-").exists()  # the first chunks too

    result = import_csv(DEPLOYMENTS, (NEW_DEPLOYMENT + f"{second}\n").encode())
    assert [(o.where, o.key, o.action) for o in result.outcomes] == [
        ("line 2", "acme-kvm-2008", "created"),
        ("line 3", "acme-kvm-2009", "created"),
    ]
    for deployment in Deployment.objects.filter(reference__startswith="acme-kvm-"):
        assert deployment.history.get().history_type == "+"
        assert list(deployment.history.get().purposes.values_list("purpose__slug", flat=True)) == [
            "server-consolidation"
        ]
        assert [guest.history.get().history_type for guest in deployment.guests.all()] == ["+", "+"]


def test_a_list_row_repeated_in_many_records_is_checked_and_written_for_each(seeded):
    # Each distinct list row is validated once per plan and copied for its repeats.
    second = NEW_DEPLOYMENT.splitlines()[1].replace("acme-kvm-2008", "acme-kvm-2009")
    bad = NEW_DEPLOYMENT.replace("windows-server|2003", "nobody-os|2003") + second.replace(
        "windows-server", "nobody-os"
    )
    message = "guests: #1: operating_system: there is no operating system 'nobody-os'."
    assert problems_of(DEPLOYMENTS, bad + "\n") == [f"line 2, {message}", f"line 3, {message}"]

    import_csv(DEPLOYMENTS, (NEW_DEPLOYMENT + second + "\n").encode())
    rows = {
        reference: [(g.operating_system.slug, g.version, g.mode, g.vm_count) for g in deployment.guests.all()]
        for reference, deployment in (
            (d.reference, d) for d in Deployment.objects.filter(reference__startswith="acme-")
        )
    }
    assert (
        rows["acme-kvm-2008"]
        == rows["acme-kvm-2009"]
        == [
            ("windows-server", "2003", "hardware-assisted", 12),
            ("rhel", "5", "unknown", None),
        ]
    )
    citations = Deployment.citations.rel.related_model.objects.filter(deployment__reference__startswith="acme-")
    assert sorted(citations.values_list("deployment__reference", "locator")) == [
        ("acme-kvm-2008", "p. 1"),
        ("acme-kvm-2009", "p. 1"),
    ]
