"""Trigram indexes for `q` on PostgreSQL (filters.matching): the large tables' searched columns.

`icontains` is `UPPER(column::text) LIKE UPPER('%...%')` on PostgreSQL, so each index is on
that expression, with pg_trgm's operator class. SQLite has neither; it searches by scanning.
"""

from django.db import migrations

# (index, table, column)
SEARCHED = [
    ("deployment_reference_trgm", "adoption_deployment", "reference"),
    ("deployment_summary_trgm", "adoption_deployment", "summary"),
    ("organization_name_trgm", "adoption_organization", "name"),
    ("organizationalias_name_trgm", "adoption_organizationalias", "name"),
    ("surveyresponse_reference_trgm", "adoption_surveyresponse", "reference"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension: the database's owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for index, table, column in SEARCHED:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{index}" ON "{table}" USING gin (UPPER("{column}"::text) gin_trgm_ops)'
        )


def drop(apps, schema_editor):
    """The indexes only: pg_trgm stays, since something else may use it."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for index, _, _ in SEARCHED:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index}"')


class Migration(migrations.Migration):
    dependencies = [("adoption", "0018_deployment_order_indexes")]

    # Django's TrigramExtension would query pg_extension on SQLite when migrating back.
    operations = [migrations.RunPython(create, drop)]
