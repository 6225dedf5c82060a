"""A question's reference: its key for CSV and seeds (a code is unique only within its survey).

Questions stored before it get <survey slug>-<code>, as a new one left without one does.
"""

from django.db import migrations, models

HELP = "What CSV and seeds name the question by; left empty, <survey slug>-<code>."


def fill_references(apps, schema_editor):
    Question = apps.get_model("adoption", "Question")
    for question in Question.objects.select_related("survey").filter(reference=""):
        question.reference = f"{question.survey.slug}-{question.code}"
        question.save(update_fields=["reference"])


class Migration(migrations.Migration):
    dependencies = [
        ("adoption", "0016_survey_statistics"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalquestion",
            name="reference",
            field=models.SlugField(blank=True, help_text=HELP, max_length=160),
        ),
        migrations.AddField(
            model_name="question",
            name="reference",
            # No index yet: the unique one below makes its own (on PostgreSQL, with a _like
            # index that would collide with this one's).
            field=models.SlugField(blank=True, db_index=False, default="", help_text=HELP, max_length=160),
            preserve_default=False,
        ),
        migrations.RunPython(fill_references, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="question",
            name="reference",
            field=models.SlugField(blank=True, help_text=HELP, max_length=160, unique=True),
        ),
    ]
