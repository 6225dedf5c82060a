# The filled key made unique and required; apart from 0005, as PostgreSQL will not alter a
# table in the transaction that updated its rows while constraint checks are pending.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("adoption", "0005_organization_name_key"),
    ]

    operations = [
        migrations.AlterField(
            model_name="organization",
            name="name_key",
            field=models.CharField(
                editable=False,
                help_text="The name casefolded, so that no two names differ only in case or spacing. Never shown.",
                max_length=600,
                unique=True,
            ),
        ),
    ]
