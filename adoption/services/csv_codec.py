"""The CSV codec: how one value becomes one cell and back, the same for every entry point.

Export and import (API, admin, commands) all go through these functions, so what export
writes is exactly what import reads.

Spreadsheet safety: a cell that begins with `=`, `+`, `-`, `@`, tab, CR or LF could be
run as a formula by a spreadsheet, so it is written with a leading `'`. To make that
undoable without ambiguity, a cell that itself begins with `'` gets one more `'` too;
import removes exactly one leading `'`. Every string therefore round-trips exactly.

Lists (aliases, purposes, ...) are joined with `;`. An item's own `;` or `\\` is
escaped with a backslash, so any list of strings round-trips too.
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


def join_list(items: list[str]) -> str:
    """`items` as one string: separated by `;`, with `;` and `\\` inside items escaped."""
    return LIST_SEPARATOR.join(item.replace(ESCAPE, ESCAPE * 2).replace(LIST_SEPARATOR, ESCAPE + LIST_SEPARATOR)
                               for item in items)  # fmt: skip


def split_list(text: str) -> list[str]:
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
            if escaped not in (ESCAPE, LIST_SEPARATOR):
                raise ValueError(r"a backslash must be followed by ; or \ (write \\ for a backslash)")
            current.append(escaped)
        elif char == LIST_SEPARATOR:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items
