"""Writing a record's nested rows (guests, citations, figures) as one list.

The seed loader and the API both replace a parent's rows with the list they were
given; this is the one place that does it.
"""

from collections.abc import Sequence

from django.db import models


def replace_children(parent: models.Model, related_name: str, children: Sequence[models.Model]) -> None:
    """Delete `parent`'s rows under `related_name` and save `children` in their place.

    The children must already be validated field by field (full_clean excluding the
    parent); their constraints are checked here, each against the rows saved before
    it, so a duplicate within the list raises ValidationError. Call inside a transaction.
    """
    getattr(parent, related_name).all().delete()
    fk_name = parent._meta.get_field(related_name).field.name
    for child in children:
        setattr(child, fk_name, parent)
        child.validate_constraints()
        child.save()
