"""The reference vocabulary in fixtures/: loadable with loaddata, again and again."""

import pytest
from django.core.management import call_command

from adoption.models import Hypervisor, OperatingSystem, Organization, Purpose, Technique

pytestmark = pytest.mark.django_db

VOCABULARY_MODELS = (Hypervisor, OperatingSystem, Organization, Purpose, Technique)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in VOCABULARY_MODELS}


def test_loading_the_vocabulary_twice_does_not_duplicate_it(vocabulary):
    first = counts()
    call_command("loaddata", "vocabulary", verbosity=0)
    assert counts() == first


def test_the_vocabulary_has_the_hypervisors_and_systems_of_the_era(vocabulary):
    hypervisors = set(Hypervisor.objects.values_list("slug", flat=True))
    assert {
        "xen",
        "vmware-esx-server",
        "vmware-server",
        "microsoft-virtual-server",
        "virtual-iron",
        "kvm",
    } <= hypervisors
    families = dict(OperatingSystem.objects.values_list("slug", "family"))
    assert families["sles"] == families["rhel"] == "linux"
    assert families["windows-server"] == "windows"
    assert families["solaris"] == "unix"
    xen = Hypervisor.objects.get(slug="xen")
    assert (xen.vendor.slug, xen.licence) == ("xensource", "open-source")
    assert set(xen.techniques.values_list("slug", flat=True)) == {"paravirtualization", "hardware-assisted"}
    assert OperatingSystem.objects.get(slug="sles").vendor.name == "Novell"
