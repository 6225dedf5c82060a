"""The admin: data entry for every resource (records.py), on the shared behaviour of

- base.py: TrackedAdmin, which every record admin is;

- lookups.py: list filters and search only where the confidentiality gate allows;
- versions.py: a change form refuses to overwrite a newer version;
- history.py: each record's history, deleted records and their restore;
- csv.py: CSV export of a filtered list and CSV import;
- survey_import.py: a survey's responses imported from a survey tool's export;
- accounts.py: the accounts' pages, Django's, with the dates they record read-only.
"""

from . import accounts, records  # noqa: F401  (register the ModelAdmins)
from .base import TrackedAdmin

__all__ = ["TrackedAdmin"]
