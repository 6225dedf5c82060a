"""Values in batches, for `__in` lookups that must stay under SQLite's limit on query parameters."""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

_T = TypeVar("_T")


def chunked(values: Iterable[_T], size: int = 5000) -> Iterator[tuple[_T, ...]]:
    """`values` in tuples of at most `size`, for `__in` lookups that must stay under
    SQLite's limit on query parameters."""
    iterator = iter(values)
    while chunk := tuple(islice(iterator, size)):
        yield chunk
