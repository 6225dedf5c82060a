"""A typed Python client for the hypervisor adoption database's REST API.

`adoption_client.generated` is the client openapi-python-client makes from the server's
OpenAPI schema (`manage.py generate_client` writes it; never edit it): one module per
operation, one class per shape. `Api` wraps it where generation is not enough: paging,
versioned updates (ETag and If-Match), errors as exceptions, CSV into pandas with each
column's dtype (`to_dataframe`).
"""

from .api import Api, ApiError, StaleVersion, Versioned
from .frames import to_dataframe

__all__ = ["Api", "ApiError", "StaleVersion", "Versioned", "to_dataframe"]
