"""Request body parsers for the API: a body nested too deep is a 400 that says so, never a 500.

Python's json module recurses once per level of nesting, so `[` x 100,000 would end in a
RecursionError. JSONParser counts the depth first, in one pass with no recursion, and
refuses a body deeper than API_MAX_JSON_DEPTH.

It is the API's only parser. A form or multipart body cannot say an empty list (the
field is absent), null or a nested row, so reading one would answer some writes wrongly
(a PATCH of `purposes=[]` that empties nothing): a write of any other media type is a 415
that says to send JSON, answered before a view reads it (limits.JsonBodyMiddleware). The
browsable API's raw-data form sends JSON too.
"""

import codecs
import re

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError
from rest_framework.utils import json

# A JSON string (an unterminated one runs to the end: it nests nothing), or a bracket.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


def too_deep(text: str, limit: int) -> bool:
    """Whether the JSON in `text` nests arrays and objects more than `limit` levels deep."""
    depth = 0
    for token in _TOKENS.finditer(text):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth > limit:
                return True
        elif bracket in ("]", "}"):
            depth -= 1
    return False


class JSONParser(parsers.JSONParser):
    """DRF's JSONParser, refusing a body nested deeper than API_MAX_JSON_DEPTH before it decodes it."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = parsers.get_encoding(parser_context or {})
        try:
            text = codecs.getreader(encoding)(stream).read()
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
        limit = settings.API_MAX_JSON_DEPTH
        if too_deep(text, limit):
            raise ParseError(f"The JSON body is nested deeper than {limit} levels.")
        try:
            parse_constant = json.strict_constant if self.strict else None
            return json.loads(text, parse_constant=parse_constant)
        except RecursionError:  # only with a limit set higher than Python's stack allows
            raise ParseError(f"The JSON body is nested deeper than {limit} levels.") from None
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
