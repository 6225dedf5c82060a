# The trends' running counts (selectors.stage_tallies) are a new kind in ReportTally.

from django.db import migrations

# Mirrors adoption.selectors.tallies.STALE: counts not kept yet.
STALE = {"kind": "", "demo": False, "dimensions": "stale", "key0": "null", "key1": "null"}


def mark_stale_unless_empty(apps, schema_editor):
    """A database with deployments has no trend counts yet: reports count the records until
    `manage.py check_tallies --rebuild` counts them. An empty one starts kept."""
    if apps.get_model("adoption", "Deployment").objects.exists():
        apps.get_model("adoption", "ReportTally").objects.get_or_create(**STALE, defaults={"n": 1})


class Migration(migrations.Migration):
    dependencies = [
        ("adoption", "0020_report_tallies"),
    ]

    operations = [
        migrations.RunPython(mark_stale_unless_empty, migrations.RunPython.noop),
    ]
