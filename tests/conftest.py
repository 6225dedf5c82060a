from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from adoption.models import Hypervisor, Organization, Purpose, Survey
from adoption.services.demo_data import generate_demo_data
from adoption.services.seeds import load_seeds


@pytest.fixture
def vocabulary(db):
    """The reference vocabulary from fixtures/, as `make run` loads it."""
    call_command("loaddata", "vocabulary", verbosity=0)


TEST_SURVEY = "test-survey-2008"


@pytest.fixture
def seeded(vocabulary):
    """The vocabulary plus every seed file in seeds/, and a test survey with one response
    (the founding article reports no survey)."""
    result = load_seeds(paths=[Path(settings.SEEDS_DIR)])
    survey = Survey.objects.create(
        slug=TEST_SURVEY,
        title="Test survey of virtualization (test data)",
        conducted_by=Organization.objects.get(slug="red-hat"),
        fielded_from="2008-01-07",
        fielded_to="2008-02-01",
        population="Test respondents.",
    )
    response = survey.responses.create(
        reference="test-survey-2008-0000",
        respondent=Organization.objects.get(slug="swisscom"),
        country="CH",
        size_band="10000+",
        linux_years=3,
        stage="pilot",
    )
    response.hypervisors.create(hypervisor=Hypervisor.objects.get(slug="xen"), stage="pilot")
    response.guest_families.create(family="linux")
    response.purposes.set(Purpose.objects.filter(slug="hardware-utilisation"))
    return result


@pytest.fixture
def demo(seeded):
    """The seeded data plus a little synthetic demo data, a survey of 40 responses among it."""
    generate_demo_data(deployments=60, responses=40, seed=3)


@pytest.fixture
def seed_file() -> Path:
    """The founding article's seed file."""
    (path,) = Path(settings.SEEDS_DIR).glob("000_*.toml")
    return path
