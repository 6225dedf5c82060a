# Organization names unique ignoring case and spacing: the key column, filled from the names.

import re
import unicodedata

from django.db import migrations, models

# Frozen copies of adoption.models.organizations.normalize_name and name_key as they were
# when this migration was written, so that later changes to them cannot change it.
IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
WHITESPACE = re.compile(r"\s+")  # any run of Unicode whitespace, non-breaking spaces included


def normalize_name(name):
    name = "".join(char for char in IGNORABLE.sub("", name) if unicodedata.category(char) != "Cf")
    return WHITESPACE.sub(" ", unicodedata.normalize("NFC", name)).strip()


def name_key(name):
    folded = unicodedata.normalize("NFKC", normalize_name(name)).casefold()
    return WHITESPACE.sub(" ", unicodedata.normalize("NFKC", folded)).strip()


def fill_name_keys(apps, schema_editor):
    """Normalise every stored name and fill its key; refuse, naming them, names that would clash."""
    Organization = apps.get_model("adoption", "Organization")
    organizations = list(Organization.objects.order_by("pk").only("pk", "name", "slug"))
    first, clashes = {}, []
    for organization in organizations:
        key = name_key(organization.name)
        if key in first:
            other = first[key]
            clashes.append(f"“{other.name}” ({other.slug}) and “{organization.name}” ({organization.slug})")
        else:
            first[key] = organization
    if clashes:
        raise RuntimeError(
            "Organization names must now differ by more than case and spacing, and these do not: "
            + "; ".join(clashes)
            + ". Rename or merge one of each pair with the version you are upgrading from, then migrate again."
        )
    for organization in organizations:
        organization.name, organization.name_key = normalize_name(organization.name), name_key(organization.name)
    Organization.objects.bulk_update(organizations, ["name", "name_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("adoption", "0004_surveys"),
    ]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="name_key",
            field=models.CharField(editable=False, max_length=600, null=True),
        ),
        migrations.RunPython(fill_name_keys, migrations.RunPython.noop),
    ]
