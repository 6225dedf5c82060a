"""CSV as a response format of the lists and reports (`?format=csv`, `Accept: text/csv`, or the address
ending in `.csv`: `/api/deployments.csv`)."""

from django.http import Http404
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response


class CsvRenderer(BaseRenderer):
    """Names the CSV format for content negotiation.

    A list answers CSV with a streamed response built by selectors.csv_export, which never
    passes through a renderer; an error answered to a CSV request is rendered as JSON
    (RecordViewSet.finalize_response), so this renders nothing itself.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        raise NotImplementedError("CSV is streamed by the list view, not rendered.")


class CsvNegotiation:
    """For a view that answers CSV when asked: an unknown `?format=` is a 400 naming the
    known ones, and an error answered to a CSV request is JSON."""

    def perform_content_negotiation(self, request, force=False):
        suffix, asked = self.kwargs.get("format"), request.query_params.get("format")
        if suffix and asked and asked != suffix and not force:  # force: rendering the error itself
            # /api/deployments.csv?format=json: the address names one format and the query another.
            raise ValidationError({"format": [f"The address ends in .{suffix}: leave format out, or ask the address "
                                              "without the suffix."]})  # fmt: skip
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            if self.kwargs.get("format"):
                raise  # a path with an unknown suffix (/api/events/0.5/): no such page
            # DRF answers an unknown ?format= with 404, as if the list were missing.
            known = ", ".join(renderer.format for renderer in self.get_renderers())
            raise ValidationError({"format": [f"Unknown format; use one of: {known}."]}) from None

    @property
    def wants_csv(self) -> bool:
        return isinstance(getattr(self.request, "accepted_renderer", None), CsvRenderer)

    def finalize_response(self, request, response, *args, **kwargs):
        negotiated = getattr(request, "accepted_renderer", None) is not None
        if isinstance(response, Response) and (self.wants_csv or not negotiated):
            # An error (a bad filter, a throttle, the format itself) is JSON, whatever format was asked for.
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)
