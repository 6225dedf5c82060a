"""Seeds: the founding article loads, says what the article says, and loads safely."""

import datetime
import shutil
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from adoption.models import Deployment, MarketEvent, Organization, Source, Survey
from adoption.services.seeds import SeedError, load_seeds

pytestmark = pytest.mark.django_db

ARTICLE = "computing-2007-08-14-vmware-ipo-xensource-rumours"


def history_rows() -> int:
    return sum(model.history.count() for model in (Organization, Source, Deployment, MarketEvent))


def test_casio_runs_xen_inside_sles_hosting_windows_servers(seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    assert casio.customer.name == "Casio Computer"
    assert casio.hypervisor.slug == "xen"
    assert casio.host_os.name == "SUSE Linux Enterprise Server"
    assert [(guest.operating_system.slug, guest.operating_system.family) for guest in casio.guests.all()] == [
        ("windows-server", "windows")
    ]
    assert casio.reported_display == "week of 2007-08-06"
    assert set(casio.purposes.values_list("slug", flat=True)) == {"mixed-os-hosting"}
    assert casio.citations.get().source.slug == ARTICLE


def test_swisscom_it_services_runs_xen_under_rhel_5_from_red_hat(seeded):
    swisscom = Deployment.objects.get(reference="swisscom-xen-rhel5-2007")
    assert swisscom.customer.name == "Swisscom IT Services"
    # Owned by Swisscom since a date the article does not give.
    assert [(period.parent.name, period.started_on) for period in swisscom.customer.ownerships.all()] == [
        ("Swisscom", None)
    ]
    assert swisscom.product.slug == "rhel-5"
    assert (swisscom.hypervisor.slug, swisscom.host_os.slug, swisscom.host_os_version) == ("xen", "rhel", "5")
    assert swisscom.supplier.slug == "red-hat"
    assert set(swisscom.purposes.values_list("slug", flat=True)) == {"hardware-utilisation"}


def test_vmware_ipo_figures(seeded):
    ipo = MarketEvent.objects.get(slug="vmware-ipo-2007")
    assert (ipo.kind, ipo.status, ipo.date) == ("ipo", "completed", datetime.date(2007, 8, 14))
    figures = {
        figure.metric.slug: (figure.qualifier, figure.amount, figure.unit.slug, figure.currency, figure.source.slug)
        for figure in ipo.figures.all()
    }
    article = "computing-2007-08-14-vmware-ipo-xensource-rumours"
    assert figures == {
        "offer-price-per-share": ("exact", Decimal("29"), "money", "USD", article),
        "valuation": ("exact", Decimal("959000000"), "money", "USD", article),
        "intraday-high": ("exact", Decimal("55"), "money", "USD", article),
    }


def test_citrix_rumour_and_xensource_denial(seeded):
    rumour = MarketEvent.objects.get(slug="citrix-xen-acquisition-rumour-2007")
    assert (rumour.kind, rumour.status, rumour.date) == ("acquisition-rumour", "rumoured", datetime.date(2007, 8, 10))
    assert (rumour.organization.slug, rumour.counterparty.slug) == ("citrix", "xensource")
    assert set(rumour.hypervisors.values_list("slug", flat=True)) == {"xen", "virtual-iron"}
    assert rumour.citations.filter(source__kind="analyst-note").exists()
    parties = {(party.organization.slug, party.role.slug) for party in rumour.parties.all()}
    assert parties == {("credit-suisse", "analyst"), ("virtual-iron", "target")}
    denial = MarketEvent.objects.get(slug="xensource-not-seeking-buyer-2007")
    assert (denial.status, denial.date_display) == ("denied", "2007-07")
    assert denial.citations.filter(source__kind="interview").exists()


def test_red_hats_roadmap_expects_its_update_within_the_year(seeded):
    roadmap = MarketEvent.objects.get(slug="rhel5-paravirtualized-windows-drivers-2007")
    assert (roadmap.status, roadmap.expected_display) == ("announced", "2007")
    assert list(roadmap.products.values_list("slug", flat=True)) == ["rhel-5"]


def test_red_hats_impression_stays_a_cited_statement_not_a_survey(vocabulary, seed_file):
    load_seeds(paths=[seed_file])
    event = MarketEvent.objects.get(slug="red-hat-linux-customers-evaluating-virtualization-2007")
    assert event.citations.filter(source__slug__startswith="computing-2007-08-14").exists()
    assert "no figures" in event.summary
    assert not Survey.objects.exists(), "the article gives no respondents or shares for a survey to hold"


def test_every_fact_is_cited_and_the_article_is_a_source(seeded):
    article = Source.objects.get(slug=ARTICLE)
    assert (article.kind, article.published_on, article.publisher.name) == (
        "news-article",
        datetime.date(2007, 8, 14),
        "Computing",
    )
    assert not Deployment.objects.filter(citations__isnull=True).exists()
    assert not MarketEvent.objects.filter(citations__isnull=True).exists()
    assert MarketEvent.objects.count() == 6
    assert set(Organization.objects.get(slug="novell").aliases.values_list("name", flat=True)) >= {"SUSE"}


def test_loading_twice_changes_nothing(seeded, seed_file):
    assert seeded.created.total() > 0
    before = history_rows()
    stamps = list(Deployment.objects.order_by("pk").values_list("updated", flat=True))

    again = load_seeds(paths=[seed_file])

    assert again.created.total() == again.updated.total() == 0
    assert again.unchanged.total() == seeded.created.total() + seeded.updated.total()
    assert history_rows() == before
    assert list(Deployment.objects.order_by("pk").values_list("updated", flat=True)) == stamps


def test_an_edited_seed_updates_its_records_by_natural_key(seeded, seed_file, tmp_path):
    casio_pk = Deployment.objects.get(reference="casio-xen-sles-2007").pk
    edited = tmp_path / seed_file.name
    text = seed_file.read_text()
    text = text.replace(
        'purposes = ["mixed-os-hosting"]',
        'purposes = ["mixed-os-hosting", "server-consolidation"]',
    )
    text = text.replace('stage = "production"\nheld_from = 2007-08-06', 'stage = "pilot"\nheld_from = 2007-08-06', 1)
    text = text.replace('amount = "55"', 'amount = "54.75"')
    edited.write_text(text)

    result = load_seeds(paths=[edited])

    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    assert (casio.pk, casio.stage) == (casio_pk, "pilot")
    assert set(casio.purposes.values_list("slug", flat=True)) == {"mixed-os-hosting", "server-consolidation"}
    assert MarketEvent.objects.get(slug="vmware-ipo-2007").figures.get(metric__slug="intraday-high").amount == Decimal(
        "54.75"
    )
    assert result.updated.total() == 2
    assert Deployment.objects.count() == 2


def test_the_seed_command_loads_the_seeds_folder(vocabulary, capsys):
    call_command("load_seeds")
    assert "created" in capsys.readouterr().out
    assert Deployment.objects.count() == 2


BROKEN_DEPLOYMENT = """
[[organizations]]
slug = "acme"
name = "Acme"

[[deployments]]
reference = "acme-xen-2008"
customer = "acme"
hypervisor = "xenn"
stage = "everywhere"
reported_on = 2008-01-01
summary = "A test."
host_count = -3

[[deployments.citations]]
source = "no-such-source"
"""


def test_a_malformed_seed_names_file_entry_and_reason_and_loads_nothing(vocabulary, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN_DEPLOYMENT)

    with pytest.raises(SeedError) as excinfo:
        load_seeds(paths=[path])

    messages = [str(problem) for problem in excinfo.value.problems]
    where = f"{path}, deployments #1 (acme-xen-2008)"
    assert f"{where}: hypervisor: there is no hypervisor 'xenn'." in messages
    assert f"{where}: citations: #1: source: there is no source 'no-such-source'." in messages
    assert not Organization.objects.filter(slug="acme").exists(), "the valid organization entry must not be half-loaded"


def test_problems_in_several_entries_and_files_are_all_reported(vocabulary, tmp_path, seed_file):
    good = tmp_path / "a.toml"
    shutil.copy(seed_file, good)
    bad = tmp_path / "b.toml"
    bad.write_text(BROKEN_DEPLOYMENT.replace('hypervisor = "xenn"', 'hypervisor = "xen"'))

    with pytest.raises(SeedError) as excinfo:
        load_seeds(paths=[tmp_path])

    text = str(excinfo.value)
    assert "stage: Value 'everywhere' is not a valid choice." in text
    assert "host_count: Ensure this value is greater than or equal to 0." in text
    assert all(problem.path == str(bad) for problem in excinfo.value.problems)
    assert Deployment.objects.count() == 0, "the good file must not be loaded either"


def test_a_nested_row_pointing_nowhere_is_reported(vocabulary, tmp_path, seed_file):
    path = tmp_path / "seed.toml"
    path.write_text(
        seed_file.read_text().replace('operating_system = "windows-server"', 'operating_system = "windoze"')
    )
    with pytest.raises(
        SeedError,
        match=r"\(casio-xen-sles-2007\): guests: #1: operating_system: there is no operating system 'windoze'",
    ):
        load_seeds(paths=[path])


def test_a_deployment_without_citation_is_refused(vocabulary, tmp_path):
    path = tmp_path / "uncited.toml"
    path.write_text(
        BROKEN_DEPLOYMENT.replace('hypervisor = "xenn"', 'hypervisor = "xen"')
        .replace('"everywhere"', '"pilot"')
        .replace("host_count = -3", "")
        .split("[[deployments.citations]]")[0]
    )
    with pytest.raises(SeedError, match="citations: A deployment needs at least one citation"):
        load_seeds(paths=[path])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[[organizations]\nslug = 1", "not valid TOML"),
        ("[[companies]]\nslug = 'x'", "unknown section [companies]"),
        ("organizations = 'acme'", "must be a list of entries"),
        ("[[organizations]]\nname = 'No slug'", "slug: This field is required."),
        ("[[organizations]]\nslug = 'acme'\nname = 'Acme'\nfounded = 1999", "unknown field(s) founded"),
        ("[[sources]]\nslug = 's'\nkind = 'news-article'\ntitle = 'T'\npublished_on = 'yesterday'", "published_on:"),
    ],
)
def test_each_kind_of_malformed_file_gets_a_reason(vocabulary, tmp_path, content, reason):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(SeedError) as excinfo:
        load_seeds(paths=[path])
    assert reason in str(excinfo.value)
    assert str(path) in str(excinfo.value)


def test_a_file_that_is_not_utf8_is_refused(vocabulary, tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes("[[organizations]]\nslug = 'nestle'\nname = 'Nestlé'\n".encode("latin-1"))
    with pytest.raises(SeedError, match="not UTF-8 text"):
        load_seeds(paths=[path])


def test_the_command_exits_non_zero_with_every_problem(vocabulary, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN_DEPLOYMENT)
    with pytest.raises(CommandError) as excinfo:
        call_command("load_seeds", str(path))
    assert excinfo.value.returncode == 1
    message = str(excinfo.value)
    assert message.startswith("Nothing was loaded: the seeds have 4 problem(s).")
    for field in ("hypervisor: there is no hypervisor 'xenn'", "stage: Value 'everywhere'", "host_count: Ensure"):
        assert f"deployments #1 (acme-xen-2008): {field}" in message


def test_the_command_says_when_there_is_nothing_to_load(vocabulary, tmp_path):
    with pytest.raises(CommandError, match="No seed files found"):
        call_command("load_seeds", str(tmp_path))


def many_deployments(count: int) -> str:
    """A seed file with `count` cited deployments, each with a guest and a purpose."""
    return "".join(
        f"""
[[deployments]]
reference = "bulk-{number}"
customer = "casio-computer"
hypervisor = "xen"
stage = "pilot"
reported_on = 2008-01-01
summary = "Synthetic test case {number}."
purposes = ["mixed-os-hosting"]
[[deployments.guests]]
operating_system = "windows-server"
[[deployments.citations]]
source = "{ARTICLE}"
"""
        for number in range(count)
    )


def test_seeds_write_their_history_in_bulk_not_a_query_per_record(seeded, tmp_path):
    queries = []
    for count in (5, 50):
        path = tmp_path / f"bulk-{count}.toml"
        path.write_text(many_deployments(count).replace("bulk-", f"bulk{count}-"))
        with CaptureQueriesContext(connection) as captured:
            load_seeds(paths=[path])
        queries.append(len(captured))
    # Ten times the records: at most a few more batches (SQLite caps the values per INSERT), not 45 more rows.
    assert queries[1] - queries[0] <= 5, queries
    rows = Deployment.history.filter(reference__startswith="bulk50-", history_type="+")
    assert rows.count() == 50
    assert {(row.history_entry_point, row.history_change_reason) for row in rows} == {
        ("seeds", "seed file bulk-50.toml")
    }
