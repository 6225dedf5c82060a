"""Market facts, step 3 of 3: the new columns required, the old ones (a figure's metric code, the parent field) gone."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("adoption", "0011_market_facts_carry_over")]

    operations = [
        migrations.AlterField(
            model_name="eventfigure",
            name="metric",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="figures", to="adoption.metric"
            ),
        ),
        migrations.AlterField(
            model_name="eventfigure",
            name="unit",
            field=models.ForeignKey(
                help_text="What the amount counts. Left out, it is money when a currency is given, else the metric's only unit.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="figures",
                to="adoption.unit",
            ),
        ),
        migrations.RemoveField(model_name="eventfigure", name="metric_code"),
        migrations.RemoveField(model_name="historicaleventfigure", name="metric_code"),
        migrations.RemoveConstraint(
            model_name="organization",
            name="organization_not_own_parent",
        ),
        migrations.RemoveField(
            model_name="historicalorganization",
            name="parent",
        ),
        migrations.RemoveField(
            model_name="organization",
            name="parent",
        ),
        migrations.AddField(
            model_name="historicalmarketevent",
            name="synthetic",
            field=models.BooleanField(
                db_index=True,
                default=False,
                editable=False,
                help_text="Made-up demo data written by manage.py generate_demo_data, which alone sets this; generate_demo_data --remove deletes exactly the records that have it.",
            ),
        ),
        migrations.AddField(
            model_name="historicalownership",
            name="synthetic",
            field=models.BooleanField(
                db_index=True,
                default=False,
                editable=False,
                help_text="Made-up demo data written by manage.py generate_demo_data, which alone sets this; generate_demo_data --remove deletes exactly the records that have it.",
            ),
        ),
        migrations.AddField(
            model_name="historicalproduct",
            name="synthetic",
            field=models.BooleanField(
                db_index=True,
                default=False,
                editable=False,
                help_text="Made-up demo data written by manage.py generate_demo_data, which alone sets this; generate_demo_data --remove deletes exactly the records that have it.",
            ),
        ),
        migrations.AddField(
            model_name="marketevent",
            name="synthetic",
            field=models.BooleanField(
                db_index=True,
                default=False,
                editable=False,
                help_text="Made-up demo data written by manage.py generate_demo_data, which alone sets this; generate_demo_data --remove deletes exactly the records that have it.",
            ),
        ),
        migrations.AddField(
            model_name="ownership",
            name="synthetic",
            field=models.BooleanField(
                db_index=True,
                default=False,
                editable=False,
                help_text="Made-up demo data written by manage.py generate_demo_data, which alone sets this; generate_demo_data --remove deletes exactly the records that have it.",
            ),
        ),
        migrations.AddField(
            model_name="product",
            name="synthetic",
            field=models.BooleanField(
                db_index=True,
                default=False,
                editable=False,
                help_text="Made-up demo data written by manage.py generate_demo_data, which alone sets this; generate_demo_data --remove deletes exactly the records that have it.",
            ),
        ),
        migrations.AlterField(
            model_name="historicalmarketevent",
            name="counterparty",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="The other side, if any: the target of an acquisition, a partner. The subject and the counterparty are named here (the preferred way for those two); every other organization, in its role, goes in parties.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="adoption.organization",
            ),
        ),
        migrations.AlterField(
            model_name="marketevent",
            name="counterparty",
            field=models.ForeignKey(
                blank=True,
                help_text="The other side, if any: the target of an acquisition, a partner. The subject and the counterparty are named here (the preferred way for those two); every other organization, in its role, goes in parties.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="counterparty_events",
                to="adoption.organization",
            ),
        ),
    ]
