"""Ownership over time (issue 15): who owned an organization on a date, at the precision its dates are known.

A period whose start is known only to a month, a quarter or a year certainly holds from
the END of that period; an end counts from its start. "Owned by X on D" is asked of the
model (Ownership.objects.covering, Organization.owners_on) and of the API
(organizations `owned_by=&owned_on=`). A completed acquisition becomes periods through
the admin action "Record the ownership change", after a confirm page. All the facts are
made up for the tests.
"""

import calendar
import csv
import datetime
import io
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import Permission
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from adoption.choices import DatePrecision
from adoption.models import MarketEvent, Organization, Ownership, PartyRole, Source
from adoption.registry import RESOURCES
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

from .api.conftest import token_client
from .api.test_bad_input import database_state
from .test_market_facts import change_form_data, form_errors

pytestmark = pytest.mark.django_db

WIRE = "htw-2009-07-01-quillon-closes"


@pytest.fixture
def orgs(vocabulary) -> dict[str, Organization]:
    names = {
        "larkspur-software": "Larkspur Software",
        "tarn-holdings": "Tarn Holdings",
        "quillon-systems": "Quillon Systems",
        "harbour-tech-weekly": "Harbour Tech Weekly",
    }
    made = {slug: Organization.objects.create(slug=slug, name=name) for slug, name in names.items()}
    Source.objects.create(
        slug=WIRE,
        kind="news-article",
        title="Quillon completes its purchase of Larkspur",
        publisher=made["harbour-tech-weekly"],
        published_on="2009-07-01",
    )
    return made


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ownership-editor", password="unused-password-4")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    return token_client(user)


def period(orgs, reference: str, organization: str, parent: str, **dates) -> Ownership:
    made = Ownership(reference=reference, organization=orgs[organization], parent=orgs[parent], **dates)
    made.full_clean()
    made.save()
    return made


def owners_on(orgs, organization: str, day: datetime.date) -> list[str]:
    return list(orgs[organization].owners_on(day).values_list("slug", flat=True))


# -- The precision rule ----------------------------------------------------------------------


def test_a_start_known_to_the_quarter_holds_from_the_quarters_end(orgs):
    # Larkspur joined Quillon "in the fourth quarter of 2007": any day of it.
    period(
        orgs,
        "larkspur-owned-by-quillon",
        "larkspur-software",
        "quillon-systems",
        started_on=datetime.date(2007, 11, 20),
        started_precision="quarter",
    )

    assert owners_on(orgs, "larkspur-software", datetime.date(2007, 11, 1)) == []
    assert owners_on(orgs, "larkspur-software", datetime.date(2007, 12, 30)) == []
    assert owners_on(orgs, "larkspur-software", datetime.date(2007, 12, 31)) == ["quillon-systems"]
    assert owners_on(orgs, "larkspur-software", datetime.date(2008, 1, 1)) == ["quillon-systems"]
    assert Ownership.objects.get().period_display == "from 2007-Q4"


# A start on Wednesday 14 November 2007, known to each precision: the first day it certainly holds.
FIRST_CERTAIN_DAY = {
    "day": datetime.date(2007, 11, 14),
    "week": datetime.date(2007, 11, 18),  # the Sunday that ends its week
    "month": datetime.date(2007, 11, 30),
    "quarter": datetime.date(2007, 12, 31),
    "year": datetime.date(2007, 12, 31),
}


@pytest.mark.parametrize("precision", FIRST_CERTAIN_DAY)
def test_each_precision_holds_from_the_last_day_of_its_period(orgs, precision):
    period(
        orgs,
        "larkspur-owned-by-tarn",
        "larkspur-software",
        "tarn-holdings",
        started_on=datetime.date(2007, 11, 14),
        started_precision=precision,
    )
    first = FIRST_CERTAIN_DAY[precision]
    one_day = datetime.timedelta(days=1)

    assert owners_on(orgs, "larkspur-software", first - one_day) == []
    assert owners_on(orgs, "larkspur-software", first) == ["tarn-holdings"]
    assert owners_on(orgs, "larkspur-software", first + one_day) == ["tarn-holdings"]


@pytest.mark.parametrize(
    ("precision", "last_day_owned"),
    [
        ("day", datetime.date(2008, 3, 13)),
        ("month", datetime.date(2008, 2, 29)),  # an end known to March 2008 may be its first day
        ("quarter", datetime.date(2007, 12, 31)),
        ("year", datetime.date(2007, 12, 31)),
    ],
)
def test_an_end_counts_from_the_start_of_its_period(orgs, precision, last_day_owned):
    period(
        orgs,
        "larkspur-owned-by-tarn",
        "larkspur-software",
        "tarn-holdings",
        started_on=datetime.date(1990, 1, 1),
        ended_on=datetime.date(2008, 3, 14),
        ended_precision=precision,
    )
    assert owners_on(orgs, "larkspur-software", datetime.date(1990, 1, 1)) == ["tarn-holdings"]
    assert owners_on(orgs, "larkspur-software", last_day_owned) == ["tarn-holdings"]
    assert owners_on(orgs, "larkspur-software", last_day_owned + datetime.timedelta(days=1)) == []


# The rule again, written without the code's own date helpers.
def first_day(value: datetime.date, precision: str) -> datetime.date:
    if precision == "week":
        return value - datetime.timedelta(days=value.weekday())
    if precision == "month":
        return value.replace(day=1)
    if precision == "quarter":
        return datetime.date(value.year, (value.month - 1) // 3 * 3 + 1, 1)
    if precision == "year":
        return datetime.date(value.year, 1, 1)
    return value


def last_day(value: datetime.date, precision: str) -> datetime.date:
    if precision == "week":
        return first_day(value, "week") + datetime.timedelta(days=6)
    if precision in ("month", "quarter"):
        month = value.month if precision == "month" else (value.month - 1) // 3 * 3 + 3
        return datetime.date(value.year, month, calendar.monthrange(value.year, month)[1])
    if precision == "year":
        return datetime.date(value.year, 12, 31)
    return value


def certainly_owned(start, start_precision, end, end_precision, day) -> bool:
    # A period whose start is not known is not known to hold on any day.
    begun = start is not None and last_day(start, start_precision) <= day
    not_ended = end is None or first_day(end, end_precision) > day
    return begun and not_ended


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


DAYS = st.dates(min_value=datetime.date(2004, 1, 1), max_value=datetime.date(2011, 12, 31))
PRECISIONS = st.sampled_from(DatePrecision.values)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.none() | DAYS,
    start_precision=PRECISIONS,
    end=st.none() | DAYS,
    end_precision=PRECISIONS,
    day=DAYS,
)
def test_covering_agrees_with_the_precision_rule_on_any_dates(orgs, start, start_precision, end, end_precision, day):
    if start is not None and end is not None:
        assume(first_day(end, end_precision) >= first_day(start, start_precision))
    with rolled_back():
        period(
            orgs,
            "larkspur-owned-by-tarn",
            "larkspur-software",
            "tarn-holdings",
            started_on=start,
            started_precision=start_precision,
            ended_on=end,
            ended_precision=end_precision,
        )
        expected = ["tarn-holdings"] if certainly_owned(start, start_precision, end, end_precision, day) else []
        assert owners_on(orgs, "larkspur-software", day) == expected
        assert list(Ownership.objects.covering(day).values_list("parent__slug", flat=True)) == expected


# -- Who owned it on a date, through the API and CSV ----------------------------------------------


@pytest.fixture
def history_of_larkspur(orgs):
    """Larkspur: Tarn's from some day in 2001 until 2007-Q4, Quillon's since 2007-Q4."""
    period(
        orgs,
        "larkspur-owned-by-tarn",
        "larkspur-software",
        "tarn-holdings",
        started_on=datetime.date(2001, 1, 1),
        started_precision="year",
        ended_on=datetime.date(2007, 10, 1),
        ended_precision="quarter",
    )
    period(
        orgs,
        "larkspur-owned-by-quillon",
        "larkspur-software",
        "quillon-systems",
        started_on=datetime.date(2007, 10, 1),
        started_precision="quarter",
        source=Source.objects.get(slug=WIRE),
        locator="p. 3",
    )


def found(client, resource: str, **params) -> list[str]:
    response = client.get(f"/api/{resource}/", {**params, "limit": 1000})
    assert response.status_code == 200, response.json()
    key = RESOURCES[resource].key
    return [record[key] for record in response.json()["results"]]


def exported(client, resource: str, **params) -> list[dict[str, str]]:
    response = client.get(f"/api/{resource}/", {**params, "format": "csv"})
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode(), newline="")))


def test_an_organization_shows_its_owners_over_time(history_of_larkspur, orgs, editor):
    body = editor.get(f"/api/organizations/{orgs['larkspur-software'].pk}/").json()
    assert [
        (p["reference"], p["parent"]["slug"], p["started_on"], p["started_precision"], p["ended_on"])
        for p in body["ownerships"]
    ] == [
        ("larkspur-owned-by-tarn", "tarn-holdings", "2001-01-01", "year", "2007-10-01"),
        ("larkspur-owned-by-quillon", "quillon-systems", "2007-10-01", "quarter", None),
    ]
    # Its current owner: the period with no end.
    assert found(editor, "organizations", parent="quillon-systems") == ["larkspur-software"]
    assert found(editor, "organizations", parent="tarn-holdings") == []

    rows = exported(editor, "ownerships", organization="larkspur-software", started_on__gte="2007-01-01")
    assert [
        (row["reference"], row["parent"], row["started_on"], row["started_precision"], row["source"], row["locator"])
        for row in rows
    ] == [("larkspur-owned-by-quillon", "quillon-systems", "2007-10-01", "quarter", WIRE, "p. 3")]


def test_who_owned_it_on_a_date_is_an_api_filter(history_of_larkspur, orgs, editor):
    def owned(**params):
        return found(editor, "organizations", **params)

    assert owned(owned_by="tarn-holdings", owned_on="2005-06-01") == ["larkspur-software"]
    assert owned(owned_by="tarn-holdings", owned_on="2008-06-01") == []
    # The quarter rule: Quillon's period, begun some day in 2007-Q4, is not certain on 1 November...
    assert owned(owned_by="quillon-systems", owned_on="2007-11-01") == []
    # ...and is on 1 January.
    assert owned(owned_by="quillon-systems", owned_on="2008-01-01") == ["larkspur-software"]
    assert owned(owned_by_id=orgs["quillon-systems"].pk, owned_on="2008-01-01") == ["larkspur-software"]
    assert owned(owned_by="tarn-holdings") == ["larkspur-software"]  # at any time
    assert owned(owned_on="2008-01-01") == ["larkspur-software"]  # by anyone
    rows = exported(editor, "organizations", owned_by="quillon-systems", owned_on="2008-01-01")
    assert [row["slug"] for row in rows] == ["larkspur-software"]


# -- The admin action: a completed acquisition recorded as ownership periods --------------------


def acquisition(orgs, *, target_as_party: bool = False, **fields) -> MarketEvent:
    values = {
        "slug": "quillon-completes-larkspur-2009",
        "title": "Quillon completes its purchase of Larkspur (made up)",
        "kind": "acquisition",
        "status": "completed",
        "date": datetime.date(2009, 7, 1),
        "organization": orgs["quillon-systems"],
        "counterparty": None if target_as_party else orgs["larkspur-software"],
        "summary": "Invented for the tests.",
        **fields,
    }
    event = MarketEvent(**values)
    event.full_clean()
    event.save()
    event.citations.create(source=Source.objects.get(slug=WIRE), locator="p. 3")
    if target_as_party:
        event.parties.create(organization=orgs["larkspur-software"], role_id=role("target"))
        event.parties.create(organization=orgs["quillon-systems"], role_id=role("acquirer"))
    return event


def role(slug: str) -> int:
    return PartyRole.objects.get(slug=slug).pk


def run_action(admin_client, event: MarketEvent, **extra):
    return admin_client.post(
        reverse("admin:adoption_marketevent_changelist"),
        {"action": "record_ownership", "_selected_action": [event.pk], **extra},
        follow=bool(extra),
    )


@pytest.mark.parametrize("target_as_party", [False, True], ids=["counterparty", "parties in roles"])
def test_recording_a_completed_acquisition_closes_the_old_period_and_opens_a_new_one(
    orgs, admin_client, editor, target_as_party
):
    tarn = period(
        orgs,
        "larkspur-owned-by-tarn",
        "larkspur-software",
        "tarn-holdings",
        started_on=datetime.date(2001, 1, 1),
        started_precision="year",
    )
    event = acquisition(orgs, target_as_party=target_as_party)

    # First a confirm page that says what would change, and nothing changed yet.
    before = database_state()
    page = run_action(admin_client, event)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Record ownership changes?" in text
    assert f"End “{tarn}” on 2009-07-01." in text
    assert f"Begin: Larkspur Software owned by Quillon Systems from 2009-07-01, citing {Source.objects.get()}." in text
    assert database_state() == before

    done = run_action(admin_client, event, confirmed="yes")
    assert "Recorded the ownership change of 1 acquisition(s)." in done.content.decode()

    tarn.refresh_from_db()
    assert (tarn.ended_on, tarn.ended_precision) == (datetime.date(2009, 7, 1), "day")
    new = Ownership.objects.get(parent__slug="quillon-systems")
    assert (new.organization.slug, new.started_on, new.started_precision, new.event, new.source.slug, new.locator) == (
        "larkspur-software",
        datetime.date(2009, 7, 1),
        "day",
        event,
        WIRE,
        "p. 3",
    )
    assert [record.history_type for record in new.history.all()] == ["+"]
    assert tarn.history.latest().history_type == "~"
    assert owners_on(orgs, "larkspur-software", datetime.date(2009, 6, 30)) == ["tarn-holdings"]
    assert owners_on(orgs, "larkspur-software", datetime.date(2009, 7, 1)) == ["quillon-systems"]
    assert found(editor, "organizations", parent="quillon-systems") == ["larkspur-software"]

    # Recording it again changes nothing, and says why.
    before = database_state()
    again = run_action(admin_client, event, confirmed="yes")
    assert "Larkspur Software is already recorded as owned by Quillon Systems." in again.content.decode()
    assert database_state() == before


def test_an_acquisition_known_to_the_quarter_opens_a_period_at_that_precision(orgs, admin_client):
    event = acquisition(orgs, date=datetime.date(2009, 8, 14), date_precision="quarter")
    run_action(admin_client, event, confirmed="yes")

    new = Ownership.objects.get()
    assert (new.started_on, new.started_precision, new.period_display) == (
        datetime.date(2009, 7, 1),
        "quarter",
        "from 2009-Q3",
    )
    assert owners_on(orgs, "larkspur-software", datetime.date(2009, 9, 29)) == []
    assert owners_on(orgs, "larkspur-software", datetime.date(2009, 9, 30)) == ["quillon-systems"]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"status": "definitive-agreement"}, "is not a completed acquisition."),
        ({"kind": "partnership"}, "is not a completed acquisition."),
        ({"counterparty": None}, "names no target other than its acquirer."),
    ],
    ids=["not completed", "not an acquisition", "no target"],
)
def test_an_event_that_changes_no_ownership_is_said_so_and_nothing_is_written(orgs, admin_client, fields, problem):
    event = acquisition(orgs, **fields)
    before = database_state()

    page = run_action(admin_client, event)
    assert "Nothing to record:" in page.content.decode()
    assert problem in page.content.decode()
    done = run_action(admin_client, event, confirmed="yes")
    assert problem in done.content.decode()
    assert database_state() == before


def test_recording_ownership_needs_permission_to_write_periods(orgs, client, django_user_model):
    user = django_user_model.objects.create_user("events-only", password="unused-password-5", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=["view_marketevent", "change_marketevent"]))
    client.force_login(user)
    event = acquisition(orgs)
    before = database_state()

    response = run_action(client, event, confirmed="yes")

    assert "Recording ownership needs permission to add and change ownership periods." in response.content.decode()
    assert database_state() == before


# -- Bad ownership periods, on every path ---------------------------------------------------------

LOOP = "This parent would make the organization its own ancestor."
BAD_PERIODS = [
    (
        "ending before it starts",
        {"started_on": "2008-05-01", "ended_on": "2008-02-01"},
        "ended_on",
        "An ownership period cannot end before it starts.",
    ),
    ("owning itself", {"parent": "larkspur-software"}, "parent", "An organization cannot own itself."),
    # Larkspur is Tarn's, which is Quillon's: Quillon cannot become Larkspur's.
    ("a loop of owners", {"organization": "quillon-systems", "parent": "larkspur-software"}, "parent", LOOP),
]


@pytest.fixture
def chain(orgs):
    period(orgs, "larkspur-owned-by-tarn", "larkspur-software", "tarn-holdings")
    period(orgs, "tarn-owned-by-quillon", "tarn-holdings", "quillon-systems")


def period_body(**fields) -> dict:
    return {
        "reference": "bad-period",
        "organization": "larkspur-software",
        "parent": "harbour-tech-weekly",
        "started_on": None,
        "ended_on": None,
        **fields,
    }


@pytest.mark.parametrize(("label", "fields", "field", "message"), BAD_PERIODS, ids=[c[0] for c in BAD_PERIODS])
def test_a_bad_period_is_a_400_naming_the_field(chain, editor, label, fields, field, message):
    before = database_state()
    response = editor.post("/api/ownerships/", period_body(**fields), format="json")
    assert response.status_code == 400
    assert response.json() == {field: [message]}
    assert database_state() == before


@pytest.mark.parametrize(("label", "fields", "field", "message"), BAD_PERIODS, ids=[c[0] for c in BAD_PERIODS])
def test_a_bad_period_in_csv_names_the_line_and_the_column(chain, label, fields, field, message):
    row = {key: value or "" for key, value in period_body(**fields).items()}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    before = database_state()
    with pytest.raises(UpsertError) as caught:
        import_csv(RESOURCES["ownerships"], out.getvalue().encode())
    assert [str(problem) for problem in caught.value.problems] == [f"line 2, {field}: {message}"]
    assert database_state() == before


def test_a_loop_made_within_one_file_is_refused(orgs):
    data = (
        "reference,organization,parent\n"
        "larkspur-owned-by-tarn,larkspur-software,tarn-holdings\n"
        "tarn-owned-by-larkspur,tarn-holdings,larkspur-software\n"
    )
    before = database_state()
    with pytest.raises(UpsertError) as caught:
        import_csv(RESOURCES["ownerships"], data.encode())
    assert f"line 3, parent: {LOOP}" in [str(problem) for problem in caught.value.problems]
    assert database_state() == before


@pytest.mark.parametrize(("label", "fields", "field", "message"), BAD_PERIODS, ids=[c[0] for c in BAD_PERIODS])
def test_a_bad_period_in_the_admin_is_a_form_error(chain, orgs, admin_client, label, fields, field, message):
    values = period_body(**fields)
    form = {
        "reference": values["reference"],
        "organization": orgs[values["organization"]].pk,
        "parent": orgs[values["parent"]].pk,
        "started_on": values["started_on"] or "",
        "started_precision": "day",
        "ended_on": values["ended_on"] or "",
        "ended_precision": "day",
    }
    before = database_state()
    response = admin_client.post(reverse("admin:adoption_ownership_add"), form)
    assert response.status_code == 200
    assert message in form_errors(response)
    assert database_state() == before


def test_an_owner_added_on_the_organizations_page_is_checked_too(chain, orgs, admin_client):
    quillon = orgs["quillon-systems"]
    url = reverse("admin:adoption_organization_change", args=[quillon.pk])
    data = change_form_data(admin_client.get(url))
    data.update(
        {
            "ownerships-TOTAL_FORMS": "1",
            "ownerships-0-reference": "quillon-owned-by-larkspur",
            "ownerships-0-parent": orgs["larkspur-software"].pk,
            "ownerships-0-started_precision": "day",
            "ownerships-0-ended_precision": "day",
        }
    )
    before = database_state()
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert LOOP in form_errors(response)
    assert database_state() == before


def test_an_end_known_to_the_year_may_follow_a_start_in_that_year(orgs, editor):
    response = editor.post(
        "/api/ownerships/",
        period_body(started_on="2007-11-15", ended_on="2007-12-01", ended_precision="year"),
        format="json",
    )
    assert response.status_code == 201, response.json()
