"""Nested rows keep their identity through CSV import, the seed loader and the admin's inlines:
the same matching as the API (services.nested), unchanged rows never written."""

import pytest

from adoption.models import Citation, Deployment, EventFigure, Guest, MarketEvent, OrganizationAlias
from adoption.registry import RESOURCES
from adoption.selectors.csv_export import stream_csv
from adoption.services.csv_import import import_csv
from adoption.services.seeds import load_seeds

from ..test_admin import change_form_data, url

pytestmark = pytest.mark.django_db

NESTED = (Guest, Citation, EventFigure, OrganizationAlias)


def export(name: str, queryset=None) -> bytes:
    resource = RESOURCES[name]
    return b"".join(stream_csv(resource, queryset if queryset is not None else resource.model._default_manager.all()))


def nested_state() -> dict:
    """Every nested row's id and values, and how many history rows each kind has."""
    return {model: (sorted(model.objects.values_list()), model.history.count()) for model in NESTED}


def test_reimporting_an_export_unchanged_writes_nothing(seeded):
    before = nested_state()
    for name in ("organizations", "deployments", "events"):
        result = import_csv(RESOURCES[name], export(name))
        assert set(result.counts) == {"unchanged"}, name
    assert nested_state() == before


def test_one_guest_changed_in_a_csv_is_one_changed_row_with_the_same_id(seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    guest = casio.guests.get()
    data = export("deployments", Deployment.objects.filter(pk=casio.pk)).decode()
    cell = f"{guest.operating_system.slug}|{guest.version}|{guest.mode}|{guest.vm_count or ''}"
    assert cell in data
    edited = data.replace(cell, f"{guest.operating_system.slug}|{guest.version}|{guest.mode}|77")
    citations = list(casio.citations.values_list("pk", "updated"))

    result = import_csv(RESOURCES["deployments"], edited.encode())

    assert result.counts == {"updated": 1}
    assert list(casio.guests.values_list("pk", "vm_count")) == [(guest.pk, 77)]
    assert [row.history_type for row in Guest.history.filter(deployment_id=casio.pk)] == ["~", "+"]
    assert list(casio.citations.values_list("pk", "updated")) == citations


def test_a_second_estimate_of_a_figure_added_in_a_csv_leaves_the_others_alone(seeded):
    # Two sources may disagree on one figure: a second valuation is a new row beside the first.
    ipo = MarketEvent.objects.get(slug="vmware-ipo-2007")
    figures = list(ipo.figures.values_list("pk", "updated"))
    data = export("events", MarketEvent.objects.filter(pk=ipo.pk)).decode()
    assert "intraday-high|exact|55|" in data
    edited = data.replace(
        "intraday-high|exact|55|",
        "valuation|approximately|1000000000||money|USD||day||||another estimate;intraday-high|exact|55|",
        1,
    )

    import_csv(RESOURCES["events"], edited.encode())

    assert list(ipo.figures.values_list("pk", "updated"))[:3] == figures
    assert list(ipo.figures.filter(metric__slug="valuation").values_list("amount", flat=True)) == [
        959000000,
        1000000000,
    ]
    history = EventFigure.history.filter(event_id=ipo.pk)
    assert history.count() == 4 and history.filter(history_type="+").latest("history_id").note == "another estimate"


def test_loading_the_seeds_twice_writes_no_nested_row(seeded, seed_file):
    before = nested_state()
    load_seeds(paths=[seed_file])
    assert nested_state() == before


def test_an_edited_seed_figure_is_changed_in_place(seeded, seed_file, tmp_path):
    ipo = MarketEvent.objects.get(slug="vmware-ipo-2007")
    high = ipo.figures.get(metric__slug="intraday-high")
    edited = tmp_path / seed_file.name
    edited.write_text(seed_file.read_text().replace('amount = "55"', 'amount = "54.75"'))

    load_seeds(paths=[edited])

    assert ipo.figures.get(metric__slug="intraday-high").pk == high.pk
    assert [row.history_type for row in EventFigure.history.filter(event_id=ipo.pk).order_by("history_id")] == [
        "+",
        "+",
        "+",
        "~",
    ]


def test_an_admin_save_keeps_unchanged_inline_rows_and_writes_them_no_history(admin_client, seeded):
    casio = Deployment.objects.get(reference="casio-xen-sles-2007")
    guest, citation = casio.guests.get(), casio.citations.get()
    data = change_form_data(admin_client.get(url(Deployment, "change", casio.pk)))
    data["summary"] = casio.summary + " Edited."
    guest_count = data["guests-0-vm_count"] if "guests-0-vm_count" in data else None

    assert admin_client.post(url(Deployment, "change", casio.pk), data).status_code == 302

    assert list(casio.guests.values_list("pk", "vm_count")) == [(guest.pk, guest_count)]
    assert casio.citations.get().pk == citation.pk
    assert guest.history.count() == 1 and citation.history.count() == 1
