"""Nested rows keep their identity through the API: matched by id or by what identifies them,
unchanged rows are not written, and the history shows only what really changed."""

import pytest

from adoption.models import Deployment, EventFigure, MarketEvent, Organization, OrganizationAlias

pytestmark = pytest.mark.django_db

IPO = "vmware-ipo-2007"
CASIO = "casio-xen-sles-2007"
NEW_FIGURE = {"metric": "valuation", "amount": "19100000000", "currency": "USD", "note": "at the close, day one"}


def url(resource, pk, action=""):
    return f"/api/{resource}/{pk}/{action + '/' if action else ''}"


@pytest.fixture
def ipo(seeded):
    return MarketEvent.objects.get(slug=IPO)


def history_count() -> int:
    return EventFigure.history.count()


@pytest.mark.parametrize("with_ids", [True, False], ids=["ids sent back", "no ids"])
def test_adding_one_figure_to_three_unchanged_shows_one_created_figure_and_nothing_else(editor, ipo, with_ids):
    read = editor.get(url("events", ipo.pk)).json()
    figures = read["figures"] if with_ids else [{k: v for k, v in f.items() if k != "id"} for f in read["figures"]]
    before = [figure["id"] for figure in read["figures"]]
    stored_history = history_count()

    response = editor.patch(url("events", ipo.pk), {"figures": [*figures, NEW_FIGURE]}, format="json")

    assert response.status_code == 200, response.json()
    after = [figure["id"] for figure in response.json()["figures"]]
    assert after[:3] == before and len(after) == 4 and after[3] not in before
    assert history_count() == stored_history + 1
    latest = editor.get(url("events", ipo.pk, "history")).json()[0]
    assert latest["rows"] == [
        {
            "record": "figure",
            "id": after[3],
            "action": "created",
            "fields": [
                {"field": "metric", "old": None, "new": "valuation"},
                {"field": "qualifier", "old": None, "new": "exact"},
                {"field": "amount", "old": None, "new": "19100000000.0000"},
                {"field": "unit", "old": None, "new": "money"},
                {"field": "currency", "old": None, "new": "USD"},
                {"field": "as_of_precision", "old": None, "new": "day"},
                {"field": "note", "old": None, "new": "at the close, day one"},
            ],
        }
    ]


def test_a_changed_figure_is_updated_in_place_and_its_history_names_only_what_changed(editor, ipo):
    figures = editor.get(url("events", ipo.pk)).json()["figures"]
    figures[2]["note"] = "the day's high, intraday"
    figures[0]["amount"] = "29.50"  # a corrected amount, no id needed: the only figure of its metric

    del figures[0]["id"]
    response = editor.patch(url("events", ipo.pk), {"figures": figures}, format="json")

    assert response.status_code == 200, response.json()
    assert [f["id"] for f in response.json()["figures"]][1:] == [f["id"] for f in figures[1:]]
    latest = editor.get(url("events", ipo.pk, "history")).json()[0]
    assert sorted((row["id"], row["action"], tuple(f["field"] for f in row["fields"])) for row in latest["rows"]) == [
        (ipo.figures.get(metric__slug="offer-price-per-share").pk, "changed", ("amount",)),
        (figures[2]["id"], "changed", ("note",)),
    ]


def test_a_guest_is_matched_by_operating_system_and_version(editor, seeded):
    casio = Deployment.objects.get(reference=CASIO)
    guests = editor.get(url("deployments", casio.pk)).json()["guests"]
    (guest,) = guests
    changed = {"operating_system": guest["operating_system"]["slug"], "version": guest["version"], "vm_count": 40}

    response = editor.patch(url("deployments", casio.pk), {"guests": [changed]}, format="json")

    assert response.status_code == 200, response.json()
    assert [(g["id"], g["vm_count"]) for g in response.json()["guests"]] == [(guest["id"], 40)]
    latest = editor.get(url("deployments", casio.pk, "history")).json()[0]
    assert [(r["record"], r["action"], r["fields"]) for r in latest["rows"]] == [
        ("guest", "changed", [{"field": "vm_count", "old": guest["vm_count"], "new": 40}])
    ]


def test_an_unchanged_list_writes_nothing(editor, ipo):
    read = editor.get(url("events", ipo.pk)).json()
    stored = history_count()
    body = {"figures": read["figures"], "citations": read["citations"]}
    assert editor.patch(url("events", ipo.pk), body, format="json").status_code == 200
    assert history_count() == stored
    assert ipo.citations.get().history.count() == 1


def test_an_alias_added_leaves_the_others_untouched(editor, seeded):
    novell = Organization.objects.get(slug="novell")
    before = dict(novell.aliases.values_list("name", "pk"))
    aliases = editor.get(url("organizations", novell.pk)).json()["aliases"]

    response = editor.patch(url("organizations", novell.pk), {"aliases": [*aliases, "Novell Inc."]}, format="json")

    assert response.status_code == 200, response.json()
    after = dict(novell.aliases.values_list("name", "pk"))
    assert {name: pk for name, pk in after.items() if name in before} == before
    assert OrganizationAlias.history.filter(organization_id=novell.pk).exclude(history_type="+").count() == 0


@pytest.mark.parametrize("whose", ["another event's", "no such"])
def test_an_id_not_of_this_record_is_a_400_naming_the_row(editor, ipo, whose):
    other = MarketEvent.objects.exclude(pk=ipo.pk).filter(figures__isnull=False).first()
    foreign = 10**9 if whose == "no such" or other is None else other.figures.first().pk
    figures = editor.get(url("events", ipo.pk)).json()["figures"]
    figures[1]["id"] = foreign
    stored = list(ipo.figures.values_list("pk", "amount"))

    response = editor.patch(url("events", ipo.pk), {"figures": figures}, format="json")

    assert response.status_code == 400
    assert response.json() == {"figures": [f"#2: there is no figure with id {foreign} in this market event's list."]}
    assert list(ipo.figures.values_list("pk", "amount")) == stored


def test_an_unknown_key_in_a_nested_row_is_a_400_naming_the_row_and_key(editor, seeded):
    casio = Deployment.objects.get(reference=CASIO)
    body = {"guests": [{"operating_system": "sles"}, {"operating_sytem": "windows-server", "version": "2003"}]}

    response = editor.patch(url("deployments", casio.pk), body, format="json")

    assert response.status_code == 400
    # Rows are named by their index in the list, from 0.
    assert response.json() == {
        "guests": {"1": {"operating_sytem": ["Unknown field in this guest. Did you mean operating_system?"]}}
    }


# One row at a time: POST /api/<resource>/<id>/<list>/ and DELETE .../<list>/<row id>/.


def test_one_figure_is_added_without_resending_the_others(editor, ipo):
    read = editor.get(url("events", ipo.pk))
    ids = [figure["id"] for figure in read.json()["figures"]]

    response = editor.post(url("events", ipo.pk, "figures"), NEW_FIGURE, format="json", HTTP_IF_MATCH=read["ETag"])

    assert response.status_code == 201, response.json()
    assert response.json()["metric"] == "valuation" and response.json()["id"] not in ids
    assert response["ETag"] != read["ETag"] and response["ETag"] == editor.get(url("events", ipo.pk))["ETag"]
    listed = editor.get(url("events", ipo.pk, "figures")).json()
    assert [figure["id"] for figure in listed] == [*ids, response.json()["id"]]
    latest = editor.get(url("events", ipo.pk, "history")).json()[0]
    assert [(row["record"], row["action"]) for row in latest["rows"]] == [("figure", "created")]


def test_one_alias_is_added_and_removed_by_its_id(editor, seeded):
    novell = Organization.objects.get(slug="novell")
    before = list(novell.aliases.values_list("pk", "name"))

    added = editor.post(url("organizations", novell.pk, "aliases"), {"name": "  Novell  Inc. "}, format="json")
    assert added.status_code == 201, added.json()
    assert added.json()["name"] == "Novell Inc."
    again = editor.post(url("organizations", novell.pk, "aliases"), {"name": "Novell Inc."}, format="json")
    assert again.status_code == 400
    assert again.json() == {"aliases": ["This organization already has that alias."]}

    removed = editor.delete(url("organizations", novell.pk, f"aliases/{added.json()['id']}"))
    assert removed.status_code == 204
    assert list(novell.aliases.values_list("pk", "name")) == before


def test_removing_the_last_citation_is_refused_and_a_stale_etag_is_a_412(editor, seeded):
    casio = Deployment.objects.get(reference=CASIO)
    citation = casio.citations.get()
    stale = editor.get(url("deployments", casio.pk))["ETag"]
    editor.patch(url("deployments", casio.pk), {"vm_count": 99}, format="json")

    assert (
        editor.delete(url("deployments", casio.pk, f"citations/{citation.pk}"), HTTP_IF_MATCH=stale).status_code == 412
    )
    refused = editor.delete(url("deployments", casio.pk, f"citations/{citation.pk}"))
    assert refused.status_code == 400
    assert "needs at least one citation" in refused.json()["citations"][0]
    assert editor.delete(url("deployments", casio.pk, "citations/999999999")).status_code == 404
    assert casio.citations.get().pk == citation.pk


def test_adding_or_removing_a_row_needs_the_change_permission_on_the_record(reader, anonymous, editor, ipo):
    figure = ipo.figures.first()
    for client in (reader, anonymous):
        assert client.post(url("events", ipo.pk, "figures"), NEW_FIGURE, format="json").status_code in (401, 403)
        assert client.delete(url("events", ipo.pk, f"figures/{figure.pk}")).status_code in (401, 403)
        assert client.get(url("events", ipo.pk, "figures")).status_code == 200
    assert ipo.figures.count() == 3
    assert editor.delete(url("events", ipo.pk, f"figures/{figure.pk}")).status_code == 204
    assert ipo.figures.count() == 2


def test_the_row_endpoints_are_in_the_schema(anonymous):
    paths = anonymous.get("/api/schema/", {"format": "json"}).json()["paths"]
    assert set(paths["/api/events/{id}/figures/"]) >= {"get", "post"}
    assert "delete" in paths["/api/events/{id}/figures/{row_id}/"]
    assert "412" in paths["/api/events/{id}/figures/{row_id}/"]["delete"]["responses"]
