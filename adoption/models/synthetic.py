"""The flag that marks demo data, on every model whose records generate_demo_data writes."""

from django.db import models

SYNTHETIC_HELP = (
    "Made-up demo data written by manage.py generate_demo_data, which alone sets this; "
    "generate_demo_data --remove deletes exactly the records that have it."
)


def synthetic_field() -> models.BooleanField:
    """`synthetic`: set by generate_demo_data only, so it is not editable (the admin's forms and
    the API show it, read-only); CSV import takes it back, for export -> import round trips."""
    return models.BooleanField(default=False, db_index=True, editable=False, help_text=SYNTHETIC_HELP)
