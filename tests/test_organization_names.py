"""Organization names: one spelling stored, unique ignoring case and spacing, on every write path."""

import importlib
import unicodedata
from contextlib import contextmanager

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from adoption.models import Organization, OrganizationAlias
from adoption.models.organizations import name_key, normalize_name
from adoption.registry import RESOURCES
from adoption.selectors.csv_export import stream_csv
from adoption.services.csv_import import import_csv
from adoption.services.upsert import UpsertError

from .factories import OrganizationAliasFactory, OrganizationFactory
from .test_admin import change_form_data, form_errors, url

pytestmark = pytest.mark.django_db

CASIO = "“Casio Computer” (casio) already has this name, ignoring case and spacing."
NFD_CAFE = unicodedata.normalize("NFD", "Café Norm")

# Spellings a reader cannot tell from "Casio Computer", or that differ only in case.
SAME_AS_CASIO = [
    "CASIO COMPUTER",
    "casio computer",
    "Casio\u00a0Computer",  # non-breaking space
    "Casio\u200b Computer",  # zero-width space
    "Casio \ufeffComputer\u2060",
    "  Casio \t\n Computer  ",
    # Found by an adversarial probe: every other character that shows as nothing, and
    # compatibility forms that read as the same letters.
    "Casio Com\u00adputer",  # soft hyphen
    "\u200eCasio Computer",  # left-to-right mark
    "\u202aCasio Computer\u202c",  # bidi embedding
    "Casio\u2063 Computer",  # invisible separator
    "Casio\u034f Computer",  # combining grapheme joiner
    "Casio\ufe0f Computer",  # variation selector
    "Casio \u3164Computer",  # Hangul filler
    "Casio\u180e Computer",  # Mongolian vowel separator
    "Casio Computer\U000e0041",  # a tag character
    "\uff23asio Computer",  # fullwidth C
]


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (NFD_CAFE, "Café Norm"),
        ("Café\u00a0\u00a0Norm", "Café Norm"),
        ("\u200bCafé\u200c Norm\u200d", "Café Norm"),
        (" Café \r\n Norm\t", "Café Norm"),
        ("e\u200b\u0301", "é"),  # an invisible character between a letter and its accent
    ],
)
def test_a_name_is_stored_in_one_spelling(given, stored):
    assert normalize_name(given) == stored
    organization = OrganizationFactory(name=given)
    organization.refresh_from_db()
    assert organization.name == stored
    assert unicodedata.is_normalized("NFC", organization.name)


@pytest.mark.parametrize("spelling", [*SAME_AS_CASIO, "Casio Computer"])
def test_validation_refuses_the_same_name_in_another_case_or_spacing_and_names_the_record(spelling):
    OrganizationFactory(name="Casio Computer", slug="casio")
    with pytest.raises(ValidationError) as caught:
        Organization(name=spelling, slug="casio-2").full_clean()
    assert caught.value.message_dict == {"name": [CASIO]}


def test_nfc_and_nfd_spellings_are_one_name():
    OrganizationFactory(name="Café Norm", slug="cafe-norm")
    with pytest.raises(ValidationError) as caught:
        Organization(name=NFD_CAFE, slug="cafe-norm-2").full_clean()
    assert caught.value.message_dict == {
        "name": ["“Café Norm” (cafe-norm) already has this name, ignoring case and spacing."]
    }


def test_an_organization_keeps_its_own_name_in_another_case():
    casio = OrganizationFactory(name="Casio Computer", slug="casio")
    casio.name = "CASIO Computer"
    casio.full_clean()
    casio.save()
    casio.refresh_from_db()
    assert casio.name == "CASIO Computer"


@pytest.mark.parametrize("spelling", SAME_AS_CASIO)
def test_the_database_refuses_the_same_name_in_another_case_or_spacing(spelling):
    OrganizationFactory(name="Casio Computer", slug="casio")
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationFactory(name=spelling, slug="casio-2")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organization.objects.bulk_create([Organization(name=spelling, slug="casio-3")])


def test_a_rename_by_update_fields_moves_the_key_too():
    casio = OrganizationFactory(name="Casio Computer", slug="casio")
    casio.name = "Casio Holdings"
    casio.save(update_fields=["name"])
    OrganizationFactory(name="Casio Computer", slug="casio-2")  # the old name is free again
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationFactory(name="CASIO HOLDINGS", slug="casio-3")


def test_the_admin_form_names_the_record_that_has_the_name(admin_client):
    OrganizationFactory(name="Casio Computer", slug="casio")
    page = admin_client.get(url(Organization, "add"))
    assert "name_key" not in page.content.decode()
    data = {**change_form_data(page), "name": "CASIO\u00a0COMPUTER", "slug": "casio-2"}
    response = admin_client.post(url(Organization, "add"), data)
    assert response.status_code == 200
    assert CASIO in form_errors(response)
    assert not Organization.objects.filter(slug="casio-2").exists()


def test_csv_import_names_the_record_that_has_the_name(vocabulary):
    OrganizationFactory(name="Casio Computer", slug="casio")
    data = "slug,name\ncasio-2,CASIO COMPUTER\nother,Other Co\nother-2,OTHER\u00a0co\n".encode()
    with pytest.raises(UpsertError) as caught:
        import_csv(RESOURCES["organizations"], data)
    assert [str(problem) for problem in caught.value.problems] == [
        f"line 2, name: {CASIO}",
        "line 4, name: “Other Co” (line 3) already has this name, ignoring case and spacing.",
    ]
    assert not Organization.objects.filter(slug__in=["casio-2", "other", "other-2"]).exists()


def test_csv_import_renames_and_keeps_the_key_in_step(vocabulary):
    OrganizationFactory(name="Casio Computer", slug="casio")
    import_csv(RESOURCES["organizations"], b"slug,name\ncasio,Casio  Holdings\n")
    assert Organization.objects.get(slug="casio").name == "Casio Holdings"
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationFactory(name="casio holdings", slug="casio-2")


def test_the_key_is_neither_exported_nor_in_history(vocabulary):
    casio = OrganizationFactory(name="Casio Computer", slug="casio")
    header = b"".join(stream_csv(RESOURCES["organizations"], Organization.objects.all())).split(b"\n")[0]
    assert b"name_key" not in header
    assert "name_key" not in {field.name for field in casio.history.model._meta.fields}


def test_fixtures_and_demo_data_get_keys(demo):
    # loaddata saves raw (no save()) and the demo data is written with bulk_create.
    assert not Organization.objects.filter(name_key="").exists()
    vmware = Organization.objects.get(slug="vmware")
    assert vmware.name_key == "vmware"
    with pytest.raises(ValidationError) as caught:
        Organization(name="VMWARE", slug="vmware-2").full_clean()
    assert caught.value.message_dict == {
        "name": ["“VMware” (vmware) already has this name, ignoring case and spacing."]
    }


def fill_name_keys():
    """The data migration that filled the key column, run on the records as they are."""
    importlib.import_module("adoption.migrations.0005_organization_name_key").fill_name_keys(apps, None)


def test_the_migration_normalises_names_and_fills_keys():
    casio = OrganizationFactory(name="Casio Computer", slug="casio")
    Organization.objects.filter(pk=casio.pk).update(name=" Casio\u00a0 Computer", name_key="stale")
    fill_name_keys()
    casio.refresh_from_db()
    assert (casio.name, casio.name_key) == ("Casio Computer", "casio computer")


def test_the_migration_stops_at_names_that_would_clash_and_names_them():
    OrganizationFactory(name="Casio Computer", slug="casio")
    twin = OrganizationFactory(name="Twin", slug="twin")
    Organization.objects.filter(pk=twin.pk).update(name="CASIO COMPUTER")  # written before the rule
    clash = r"“Casio Computer” \(casio\) and “CASIO COMPUTER” \(twin\)\. Rename or merge"
    with pytest.raises(RuntimeError, match=clash):
        fill_name_keys()


# Property: two names equal after normalisation and casefolding are never both stored.

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u2063", "\ufe0f", "\U000e0041"]
SPACES = [" ", "  ", "\u00a0", "\t", "\n", " \u3000"]


@st.composite
def same_name_twice(draw):
    """A name and another spelling of it: other case, NFD, other spaces, invisible characters."""
    words = draw(
        st.lists(
            st.text(
                alphabet=st.characters(
                    blacklist_categories=("Cs", "Cc", "Cf", "Zs", "Zl", "Zp"),
                    blacklist_characters="".join(INVISIBLES),
                ),
                min_size=1,
                max_size=8,
            ),
            min_size=1,
            max_size=4,
        )
    )
    first = " ".join(words)
    second = ""
    for word in words:
        word = draw(st.sampled_from([word, word.upper(), word.lower(), word.swapcase(), word.title()]))
        word = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), word)
        second += draw(st.sampled_from(SPACES)) + draw(st.sampled_from(["", *INVISIBLES])) + word
    second += draw(st.sampled_from(["", *SPACES, *INVISIBLES]))
    return first, second


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=same_name_twice())
def test_two_names_equal_after_folding_cannot_both_be_stored(names):
    first, second = names
    assume(0 < len(normalize_name(first)) <= 200 and len(normalize_name(second)) <= 200)
    assume(normalize_name(first).casefold() == normalize_name(second).casefold())
    assert name_key(first) == name_key(second)
    with rolled_back():
        stored = Organization.objects.create(name=first, slug="first")
        with pytest.raises(ValidationError) as caught:
            Organization(name=second, slug="second").full_clean()
        assert caught.value.message_dict["name"] == [stored.duplicate_message()]
        with pytest.raises(IntegrityError), transaction.atomic():
            Organization.objects.create(name=second, slug="second")


def test_an_alias_is_stored_in_the_same_one_spelling():
    casio = OrganizationFactory(name="Casio Computer", slug="casio")
    alias = OrganizationAliasFactory(organization=casio, name=" Casio\u00ad\u00a0 Co\u200b ")
    alias.refresh_from_db()
    assert alias.name == "Casio Co"
    unsaved = OrganizationAlias(organization=casio, name=f"{NFD_CAFE}\u200e")
    unsaved.full_clean()
    assert unsaved.name == "Café Norm"
