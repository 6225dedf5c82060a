"""limit / offset pagination: 50 by default, 1000 at most (a larger limit gives 1000, with a `next`
link); a limit or offset that is not a whole number in range is a 400."""

from rest_framework import pagination
from rest_framework.exceptions import ValidationError


class LimitOffsetPagination(pagination.LimitOffsetPagination):
    default_limit = 50
    max_limit = 1000
    max_offset = 10**15  # past any table, and within what a database column holds

    def _whole_number(self, request, name: str, lowest: int, default: int) -> int:
        # DRF falls back to the default for `offset=abc`: a silent wrong page.
        raw = request.query_params.get(name)
        if raw is None:
            return default
        if raw.isascii() and raw.isdigit() and len(raw) <= 16 and lowest <= int(raw) <= self.max_offset:
            return int(raw)
        raise ValidationError({name: [f"A whole number from {lowest} to {self.max_offset:,}."]})

    def get_limit(self, request):
        return min(self._whole_number(request, self.limit_query_param, 1, self.default_limit), self.max_limit)

    def get_offset(self, request):
        return self._whole_number(request, self.offset_query_param, 0, 0)
