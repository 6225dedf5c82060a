"""Record ids as clients send them: checked before any database sees them."""

# The largest value of a bigint id column (PostgreSQL and SQLite alike).
MAX_ID = 2**63 - 1


def parse_id(value: object) -> int | None:
    """`value` as a record id: a whole number in ASCII digits that an id column can hold; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value <= MAX_ID else None
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None
