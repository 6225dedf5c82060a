"""API clients with three kinds of user, and a valid payload for creating each resource."""

import pytest
from django.contrib.auth.models import Permission
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from adoption.registry import api_resources

from ..conftest import TEST_SURVEY

ARTICLE = "computing-2007-08-14-vmware-ipo-xensource-rumours"
# Every resource with an API list, from the registry: a new one is tested without a word here.
RESOURCES = [resource.name for resource in api_resources()]
SURVEY = TEST_SURVEY


@pytest.fixture
def anonymous():
    return APIClient()


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def reader(django_user_model):
    """Logged in by token, with no model permissions."""
    return token_client(django_user_model.objects.create_user("reader", password="unused-password-1"))


@pytest.fixture
def editor_user(django_user_model):
    user = django_user_model.objects.create_user("editor", password="unused-password-2")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    return user


@pytest.fixture
def editor(editor_user):
    """Logged in by token, with add/change/delete on every adoption model."""
    return token_client(editor_user)


def new_record(resource: str) -> dict:
    """A valid body for POST /api/<resource>/ against the seeded database."""
    return {
        "organizations": {
            "slug": "acme-hosting",
            "name": "Acme Hosting",
            "aliases": ["Acme", "Acme Hosting plc"],
            "country": "GB",
            "industry": "it-services",
            "website": "https://acme.example.org/",
            "description": "A hosting company (test data).",
        },
        "hypervisors": {
            "slug": "lguest",
            "name": "lguest",
            "vendor": None,
            "architecture": "hosted",
            "techniques": ["paravirtualization"],
            "licence": "open-source",
        },
        "operating-systems": {
            "slug": "opensolaris",
            "name": "OpenSolaris",
            "family": "unix",
            "vendor": "sun-microsystems",
        },
        "products": {
            "slug": "xenserver-enterprise-4",
            "name": "XenServer Enterprise Edition 4.0",
            "vendor": "xensource",
            "hypervisor": "xen",
            "operating_system": None,
            "version": "4.0",
            "released_on": "2007-08-01",
            "released_precision": "month",
            "description": "Test product.",
        },
        "sources": {
            "slug": "acme-press-release-2008",
            "kind": "press-release",
            "title": "Acme consolidates on Xen",
            "publisher": "computing",
            "published_on": "2008-02-14",
            "published_precision": "month",
        },
        "deployments": {
            "reference": "acme-xen-rhel5-2008",
            "customer": "casio-computer",
            "hypervisor": "xen",
            "hypervisor_version": "3.1",
            "host_os": "rhel",
            "host_os_version": "5.1",
            "stage": "pilot",
            "purposes": ["server-consolidation"],
            "supplier": {"slug": "red-hat"},
            "host_count": 4,
            "vm_count": 30,
            "reported_on": "2008-02-13",
            "reported_precision": "week",
            "summary": "Test case: a pilot of Xen on RHEL 5.1 with Windows and Linux guests.",
            "guests": [
                {"operating_system": "windows-server", "version": "2003", "mode": "hardware-assisted", "vm_count": 20},
                {"operating_system": "rhel", "version": "4", "mode": "paravirtualized", "vm_count": 10},
            ],
            "citations": [{"source": ARTICLE, "locator": "paragraph 9", "note": "Test citation."}],
        },
        "events": {
            "slug": "xensource-funding-2008",
            "title": "XenSource raises money (test data)",
            "kind": "funding",
            "status": "completed",
            "date": "2008-02-01",
            "date_precision": "month",
            "organization": "xensource",
            "counterparty": "credit-suisse",
            "hypervisors": ["xen"],
            "operating_systems": [],
            "summary": "Test event.",
            "figures": [{"metric": "amount-raised", "amount": "12500000.00", "currency": "USD", "note": ""}],
            "citations": [{"source": ARTICLE, "locator": "", "note": ""}],
        },
        "ownerships": {
            "reference": "xensource-owned-by-citrix-2007",
            "organization": "xensource",
            "parent": "citrix",
            "started_on": "2007-10-22",
            "started_precision": "day",
            "ended_on": None,
            "ended_precision": "day",
            "event": None,
            "source": ARTICLE,
            "locator": "",
            "note": "Test period.",
        },
        "surveys": {
            "slug": "acme-virtualization-survey-2008",
            "title": "Acme's virtualization survey (test data)",
            "conducted_by": "red-hat",
            "fielded_from": "2008-03-01",
            "fielded_to": "2008-03-31",
            "population": "Test: 100 IT managers.",
            "source": ARTICLE,
            "synthetic": True,
            "description": "",
            "weight_cap": "4.00",
            "margins": [
                {"dimension": "size_band", "value": "1-99", "share": "0.600000"},
                {"dimension": "size_band", "value": "10000+", "share": "0.400000"},
            ],
        },
        "survey-questions": {
            "reference": "test-survey-2008-q1",
            "survey": SURVEY,
            "position": 1,
            "code": "q1",
            "text": "How many people does your organization employ?",
            "answers": "size_band",
            "options": [
                {"position": 1, "text": "1 to 99", "value": "1-99"},
                {"position": 2, "text": "10,000 or more", "value": "10000+"},
            ],
        },
        "survey-responses": {
            "reference": "test-survey-2008-0001",
            "survey": SURVEY,
            "respondent": "casio-computer",
            "industry": "it-services",
            "country": "JP",
            "size_band": "10000+",
            "linux_years": 4,
            "stage": "production",
            "hypervisors": [
                {"hypervisor": "xen", "stage": "production"},
                {"hypervisor": "vmware-esx-server", "stage": "evaluating"},
            ],
            "guest_families": ["windows", "linux"],
            "purposes": ["server-consolidation"],
        },
    }[resource]


def list_url(resource: str) -> str:
    return f"/api/{resource}/"


def detail_url(resource: str, pk: int) -> str:
    return f"/api/{resource}/{pk}/"
