"""The CSV codec: every value survives the trip through a CSV file and a spreadsheet stays safe."""

import csv
import io

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from adoption.csv_codec import (
    FORMULA_TRIGGERS,
    decode_cell,
    encode_cell,
    join_list,
    join_rows,
    split_list,
    split_rows,
)

# Text with what breaks naive CSV: quotes, separators, newlines, formula prefixes, non-Latin.
AWKWARD = st.text(
    alphabet=st.one_of(
        st.sampled_from(['"', "'", ",", ";", "\\", "\n", "\r", "\t", "=", "+", "-", "@", " "]),
        st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    )
)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("'quoted already", "''quoted already"),
        ("Casio Computer", "Casio Computer"),
        ("", ""),
        ("カシオ計算機", "カシオ計算機"),
    ],
)
def test_formula_cells_get_a_leading_quote(value, cell):
    assert encode_cell(value) == cell
    assert decode_cell(cell) == value


@given(AWKWARD)
def test_every_value_round_trips_and_no_cell_starts_a_formula(value):
    cell = encode_cell(value)
    assert not cell.startswith(FORMULA_TRIGGERS)
    assert decode_cell(cell) == value


@given(st.lists(AWKWARD))
def test_every_list_round_trips(items):
    assume(items != [""])  # a lone empty item and no item are the same empty cell
    assert split_list(join_list(items)) == items


@given(st.lists(st.lists(AWKWARD, max_size=4), min_size=1, max_size=5))
def test_rows_survive_a_real_csv_file(rows):
    """Encoded cells written by the csv module and read back decode to the same values."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([[encode_cell(value) for value in row] for row in rows])
    buffer.seek(0)
    read = [[decode_cell(cell) for cell in row] for row in csv.reader(buffer)]
    # An empty row is a blank line, which csv reads back as []; all else comes back as written.
    assert [row for row in read if row] == [row for row in rows if row]


def test_a_stray_backslash_in_a_list_is_an_error():
    assert split_list(r"a\;b;c\\d") == ["a;b", "c\\d"]
    with pytest.raises(ValueError, match="backslash must be followed by ; or"):
        split_list(r"C:\temp")


@given(st.lists(st.lists(AWKWARD, min_size=3, max_size=3), max_size=5))
def test_nested_rows_round_trip(rows):
    assume(rows != [["", "", ""]])  # one all-empty row and no row are the same empty cell
    assert split_rows(join_rows(rows), width=3) == rows


def test_nested_rows_read_like_a_person_would_write_them():
    cell = join_rows([["windows-server", "2003", "hardware-assisted", "20"], ["rhel", "4", "", ""]])
    assert cell == "windows-server|2003|hardware-assisted|20;rhel|4||"
    assert split_rows("rhel|5;windows-server", width=4) == [["rhel", "5", "", ""], ["windows-server", "", "", ""]]
    with pytest.raises(ValueError, match="row 2 has 5 fields separated by |; at most 4 are expected"):
        split_rows("rhel;a|b|c|d|e", width=4)
