"""The reports' running counts: how many records fall in each cell of every report with no filter.

A report of case studies or survey responses by one or two dimensions, with no filter but
`synthetic`, is read from these counts (selectors.tallies) instead of counting a million
rows. They are kept current by every write (services.tallies): each record's last counted
values are kept in a TallyEntry, so a change to the record takes its old values out of
the counts and puts its new ones in. `manage.py check_tallies` recounts everything from
the records and compares.
"""

from django.db import models


class ReportTally(models.Model):
    """How many records of one kind (demo data or not) fall in one cell of one grouping.

    `dimensions` is "" for the total, a dimension's name, or two names joined by a comma
    (in the order of selectors.reports.DIMENSIONS). Keys are JSON: null, a number, or a
    string; a related record is named by its id, so renaming it changes no count.
    """

    kind = models.CharField(max_length=20)  # "deployments", "responses" or "stages" (selectors.stage_tallies)
    demo = models.BooleanField()  # counts demo data (records flagged synthetic)
    dimensions = models.CharField(max_length=60)
    key0 = models.CharField(max_length=200, default="null")
    key1 = models.CharField(max_length=200, default="null")
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "dimensions", "demo", "key0", "key1"], name="report_tally_cell")
        ]

    def __str__(self) -> str:
        return f"{self.kind} by {self.dimensions or 'total'} ({self.key0}, {self.key1}): {self.n}"


class TallyEntry(models.Model):
    """The values one record was last counted with: what a change to it takes out of ReportTally."""

    kind = models.CharField(max_length=20)
    record = models.BigIntegerField()  # the deployment's or response's id
    values = models.TextField()  # JSON (selectors.tallies.signatures)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "record"], name="tally_entry_record")]
        verbose_name_plural = "tally entries"

    def __str__(self) -> str:
        return f"{self.kind} {self.record}"


# Worked out from the records, not data: left out of backups (restore_backup counts again) and of data checks.
DERIVED: tuple[type[models.Model], ...] = (ReportTally, TallyEntry)
