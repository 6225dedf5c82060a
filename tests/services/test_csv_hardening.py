"""CSV import holds a file to the API's rules: what the API refuses, import refuses, before any work."""

import csv
import io

import pytest
from django.test import override_settings

from adoption.csv_codec import CsvFileError, encode_cell
from adoption.models import Organization
from adoption.registry import RESOURCES
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

pytestmark = pytest.mark.django_db

ORGS = RESOURCES["organizations"]


def csv_file(*rows: list[str]) -> bytes:
    """Rows as export writes them: each cell spreadsheet-safe, quoted where it needs to be."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([encode_cell(cell) for cell in row] for row in rows)
    return out.getvalue().encode()


def file_error(data: bytes) -> str:
    with pytest.raises(CsvFileError) as caught:
        import_csv(ORGS, data)
    return str(caught.value)


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(UpsertError) as caught:
        import_csv(ORGS, data)
    return [str(problem) for problem in caught.value.problems]


def test_a_nul_byte_past_the_first_64_kb_is_refused_with_its_line(vocabulary):
    rows = "".join(f"org-{n},Organization {n},{'x' * 100}\n" for n in range(1000))  # about 120 KB
    data = f"slug,name,description\n{rows}late-nul,Late NUL,bad\x00value\n".encode()
    assert data.index(b"\x00") > 65536
    before = Organization.objects.count()

    assert file_error(data) == "This is a binary file, not CSV text: line 1002 contains a NUL byte."
    assert Organization.objects.count() == before


def test_a_header_thousands_of_columns_wide_is_refused_in_one_short_sentence(vocabulary):
    data = (",".join(["slug", *(f"c{n}" for n in range(40_000))]) + "\nx\n").encode()
    message = file_error(data)
    assert message == "Line 1 has 40,001 columns, but a file of organizations has at most 9: is this the right file?"


def test_unknown_columns_are_named_a_few_at_a_time(vocabulary):
    header = ",".join(["slug", "name", *(f"extra-{n}" for n in range(12)), "x" * 500])
    message = file_error(f"{header}\nacme,Acme{',' * 13}\n".encode())
    assert "unknown column(s) 'extra-0', 'extra-1', 'extra-2', 'extra-3', 'extra-4' and 8 more." in message
    assert len(message) < 300


@override_settings(CSV_IMPORT_MAX_BYTES=2_000_000)
def test_a_description_longer_than_the_api_allows_is_refused(vocabulary):
    data = f"slug,name,description\nacme,Acme,{'x' * 100_000}\n".encode()
    assert problems_of(data) == ["line 2, description: Ensure this value has at most 5000 characters (it has 100000)."]
    assert not Organization.objects.filter(slug="acme").exists()


def test_text_is_stripped_as_the_api_strips_it(vocabulary, admin_client):
    import_csv(ORGS, csv_file(["slug", "name", "description"], ["tabbed", "\tTabbed Co", "\r\nReturned Co  "]))
    imported = Organization.objects.get(slug="tabbed")
    assert (imported.name, imported.description) == ("Tabbed Co", "Returned Co")

    body = {"slug": "tabbed-api", "name": "\tTabbed Co API", "description": "\r\nReturned Co  "}
    created = admin_client.post("/api/organizations/", body, content_type="application/json").json()
    assert (created["name"], created["description"]) == ("Tabbed Co API", "Returned Co")


def test_a_formula_and_the_same_formula_after_a_tab_are_one_name(vocabulary):
    data = csv_file(["slug", "name"], ["formula", "=1+1"], ["tabbed-formula", "\t=1+1"])
    assert data == b"slug,name\nformula,'=1+1\ntabbed-formula,'\t=1+1\n"
    assert problems_of(data) == ["line 3, name: “=1+1” (line 2) already has this name, ignoring case and spacing."]
    assert not Organization.objects.filter(slug__in=["formula", "tabbed-formula"]).exists()
