import fcntl
import os
import random
import socket
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


# Tests marked any_database start their own processes on SQLite files of their own: the
# suite's database plays no part in them. scripts/test.sh runs them in its SQLite pass only
# (SKIP_ANY_DATABASE=1 on the PostgreSQL pass), not twice over.
def pytest_collection_modifyitems(config, items):
    if os.environ.get("SKIP_ANY_DATABASE") != "1":
        return
    once = pytest.mark.skip(reason="independent of the suite's database: scripts/test.sh runs it in the SQLite pass")
    for item in items:
        if item.get_closest_marker("any_database"):
            item.add_marker(once)


def free_port() -> int:
    """A free loopback port for a server a test starts in a process of its own.

    The port is only free when this returns, so it is taken from below the kernel's ephemeral
    range, where no bind to port 0 (a live_server, PostgreSQL's client sockets) can land in the
    meantime, and from a block of its own per pytest-xdist worker, so that two workers never
    pick the same one.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    first = 20_000 + 500 * (int(worker) % 20 if worker.isdigit() else 0)
    for port in random.sample(range(first, first + 500), 500):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise AssertionError(f"no free port between {first} and {first + 499}")


@pytest.fixture
def one_make_at_a_time():
    """Holds a lock while the test runs `make`, so that two pytest-xdist workers never run it at
    once: its install prerequisite could otherwise run two pip installs into one .venv."""
    lock = Path(settings.BASE_DIR) / "var" / ".make-in-tests.lock"
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
        fcntl.flock(handle, fcntl.LOCK_UN)
