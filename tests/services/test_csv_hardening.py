"""CSV import holds a file to the API's rules: what the API refuses, import refuses, before any work."""

import pytest

from adoption.models import Organization
from adoption.services.csv_codec import CsvFileError
from adoption.services.csv_import import import_csv
from adoption.services.resources import RESOURCES

pytestmark = pytest.mark.django_db

ORGS = RESOURCES["organizations"]


def file_error(data: bytes) -> str:
    with pytest.raises(CsvFileError) as caught:
        import_csv(ORGS, data)
    return str(caught.value)


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
