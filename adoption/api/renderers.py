"""CSV as a response format of the list endpoints (`?format=csv` or `Accept: text/csv`)."""

from rest_framework.renderers import BaseRenderer


class CsvRenderer(BaseRenderer):
    """Names the CSV format for content negotiation.

    A list answers CSV with a streamed response built by services.csv_export, which never
    passes through a renderer; an error answered to a CSV request is rendered as JSON
    (RecordViewSet.finalize_response), so this renders nothing itself.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        raise NotImplementedError("CSV is streamed by the list view, not rendered.")
