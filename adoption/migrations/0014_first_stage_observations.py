"""Every deployment's stage and reported date become its first stage observation.

One observation per citation (the stage held from the reported date, on that source's
word, at its locator), or one without a source for a deployment that cites nothing. Each
gets a history row dated now, as the database learns of it now: `known_on` before this
migration reads a deployment's stage from the deployment's own history (selectors.stages).
"""

from django.db import migrations
from django.utils import timezone

CHUNK = 2000


def first_observations(apps, schema_editor):
    Deployment = apps.get_model("adoption", "Deployment")
    Citation = apps.get_model("adoption", "Citation")
    StageObservation = apps.get_model("adoption", "StageObservation")
    History = apps.get_model("adoption", "HistoricalStageObservation")
    now = timezone.now()
    ids = list(Deployment.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        cited: dict[int, list[tuple[int, str]]] = {}
        for deployment_id, source_id, locator in (
            Citation.objects.filter(deployment_id__in=chunk).order_by("pk").values_list(
                "deployment_id", "source_id", "locator"
            )
        ):
            cited.setdefault(deployment_id, []).append((source_id, locator))
        rows = []
        for pk, stage, reported_on, precision in (
            Deployment.objects.filter(pk__in=chunk).order_by("pk").values_list(
                "pk", "stage", "reported_on", "reported_precision"
            )
        ):
            for source_id, locator in cited.get(pk) or [(None, "")]:
                rows.append(
                    StageObservation(
                        deployment_id=pk,
                        stage=stage,
                        held_from=reported_on,
                        held_from_precision=precision,
                        source_id=source_id,
                        locator=locator,
                        created=now,
                        updated=now,
                    )
                )
        StageObservation.objects.bulk_create(rows)
        if not rows[0].pk:  # a database that does not return ids from bulk inserts
            rows = list(StageObservation.objects.filter(deployment_id__in=chunk))
        History.objects.bulk_create(
            [
                History(
                    id=row.pk,
                    deployment_id=row.deployment_id,
                    stage=row.stage,
                    held_from=row.held_from,
                    held_from_precision=row.held_from_precision,
                    source_id=row.source_id,
                    locator=row.locator,
                    note="",
                    created=now,
                    updated=now,
                    history_date=now,
                    history_type="+",
                    history_change_reason="Carried over from the deployment's stage and reported date.",
                    history_entry_point="migration",
                )
                for row in rows
            ]
        )


def drop_observations(apps, schema_editor):
    apps.get_model("adoption", "HistoricalStageObservation").objects.all().delete()
    apps.get_model("adoption", "StageObservation").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("adoption", "0013_stage_history")]

    operations = [migrations.RunPython(first_observations, drop_observations)]
