"""The CSV codec: how one value becomes one cell and back, the same for every entry point.

Export and import (API, admin, commands) all go through these functions, so what export
writes is exactly what import reads.

Spreadsheet safety: a cell that begins with `=`, `+`, `-`, `@`, tab, CR or LF could be
run as a formula by a spreadsheet, so it is written with a leading `'`. To make that
undoable without ambiguity, a cell that itself begins with `'` gets one more `'` too;
import removes exactly one leading `'`. Every string therefore round-trips exactly.

Lists (aliases, purposes, ...) are joined with `;`. An item's own `;` or `\\` is
escaped with a backslash, so any list of strings round-trips too.

Nested rows (guests, citations, figures) are one cell: each row's fields joined with
`|`, rows joined with `;`, e.g. `windows-server|2003|hardware-assisted|20;rhel|4||`.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
QUOTE = "'"
LIST_SEPARATOR = ";"
ESCAPE = "\\"


def encode_cell(value: str) -> str:
    """The cell to write for `value`, safe to open in a spreadsheet."""
    if value.startswith(FORMULA_TRIGGERS) or value.startswith(QUOTE):
        return QUOTE + value
    return value


def decode_cell(cell: str) -> str:
    """The value a cell written by `encode_cell` stands for."""
    return cell[1:] if cell.startswith(QUOTE) else cell


FIELD_SEPARATOR = "|"


def join_list(items: list[str], separator: str = LIST_SEPARATOR) -> str:
    """`items` as one string: separated by `separator`, with it and `\\` inside items escaped."""
    return separator.join(item.replace(ESCAPE, ESCAPE * 2).replace(separator, ESCAPE + separator) for item in items)


def split_list(text: str, separator: str = LIST_SEPARATOR) -> list[str]:
    """The items `join_list` joined. An empty string is an empty list.

    Raises ValueError for a backslash that escapes nothing (the text was not written by
    `join_list`), so import can say which cell is wrong.
    """
    if text == "":
        return []
    items, current, chars = [], [], iter(text)
    for char in chars:
        if char == ESCAPE:
            escaped = next(chars, None)
            if escaped not in (ESCAPE, separator):
                raise ValueError(rf"a backslash must be followed by {separator} or \ (write \\ for a backslash)")
            current.append(escaped)
        elif char == separator:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def join_rows(rows: list[list[str]]) -> str:
    """Nested rows as one cell: fields joined with `|`, rows with `;`."""
    return join_list([join_list(fields, FIELD_SEPARATOR) for fields in rows])


def split_rows(text: str, width: int) -> list[list[str]]:
    """The rows `join_rows` joined, each padded to `width` fields.

    Raises ValueError naming the row that has more than `width` fields.
    """
    rows = []
    for number, row in enumerate(split_list(text), start=1):
        fields = split_list(row, FIELD_SEPARATOR) or [""]
        if len(fields) > width:
            raise ValueError(f"row {number} has {len(fields)} fields separated by |; at most {width} are expected")
        rows.append(fields + [""] * (width - len(fields)))
    return rows
