import copy
import hashlib
import os
import random
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from adoption.models import Hypervisor, Organization, Purpose, Survey
from adoption.services.demo_data import generate_demo_data
from adoption.services.seeds import load_seeds

from .make_run import make_lock

# The vocabulary and seeded fixtures below are set up for ~600 tests per database. Each
# loads for real the first time in a test process from a given state of the app's tables,
# and the rows that load left in them are kept; later, whenever the app's tables hold
# exactly what they held before that load, those rows are written back (bulk inserts: no
# model code, no signals) instead of loading again. The same rows, primary keys,
# timestamps and history, in a fraction of the time. The state before a load is not
# assumed: migration 0011 writes units, metrics and party roles that a fixture loads on
# top of, a transactional test's flush leaves the tables empty, and `seeded` starts from
# what `vocabulary` left. The first write-back from each state is checked against the
# tables the load left; a load that wrote outside the app's tables is never written back.
# See restore_or_load().


def app_models() -> list:
    """The app's concrete models, history and many-to-many tables included."""
    return [
        model
        for model in apps.get_app_config("adoption").get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


APP_MODELS = app_models()


def quoted_table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def table_digest(models) -> str:
    """A digest of every row of the models' tables, as the database stores them."""
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        for model in models:
            table, pk = quoted_table(model), connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f"SELECT * FROM {table} ORDER BY {pk}")  # noqa: S608 (the models' own names)
            for row in cursor.fetchall():
                digest.update(repr((table, row)).encode())
    return digest.hexdigest()


def table_counts() -> tuple[int, ...]:
    """Each of the app's tables' row count, in APP_MODELS' order (one query)."""
    # The models' own table names: nothing in this SQL comes from outside.
    subqueries = ", ".join(f"(SELECT COUNT(*) FROM {quoted_table(model)})" for model in APP_MODELS)  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {subqueries}")  # noqa: S608
        return tuple(cursor.fetchone())


@dataclass(frozen=True)
class State:
    """What the app's tables hold: each one's row count, and a digest of the rows of those with any."""

    counts: tuple[int, ...]
    digest: str

    @classmethod
    def now(cls, counts: tuple[int, ...] | None = None) -> "State":
        counts = table_counts() if counts is None else counts
        return cls(counts, table_digest(model for model, count in zip(APP_MODELS, counts, strict=True) if count))

    def models_with_rows(self) -> list:
        return [model for model, count in zip(APP_MODELS, self.counts, strict=True) if count]


def other_tables_digest() -> str:
    """A digest of the tables of every other app (users, permissions, tokens, sessions)."""
    return table_digest([model for model in apps.get_models(include_auto_created=True) if model not in APP_MODELS])


def execute_all(statements: list[str]) -> None:
    """Run SQL statements that take no parameters (PostgreSQL: in one round trip)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and statements:
            cursor.execute(";\n".join(statement.rstrip(";") for statement in statements))
        else:
            for statement in statements:
                cursor.execute(statement)


@dataclass
class Loaded:
    """What one load left in the app's tables, and what the load returned."""

    after: State
    records: dict  # model -> its rows after the load, as instances
    result: object
    checked: bool = False


# (fixture name, the tables' state before its load) -> what the load left; None: that load
# wrote outside the app's tables, so it is never written back.
LOADED: dict[tuple[str, State], Loaded | None] = {}
# States kept per fixture and process: the usual ones are few (after migrations, after a
# flush, after `vocabulary`); a test that writes rows of its own first only loads for real.
STATES_KEPT = 4


def restore_or_load(name: str, load):
    """Run `load()` (the fixture `name`'s loading), or write back what it wrote before.

    Written back only when the app's tables are exactly what they were before an earlier
    load of `name` in this process (same row counts, same rows).
    """
    counts = table_counts()
    kept = [base for key, base in LOADED if key == name]
    if len(kept) >= STATES_KEPT and counts not in {base.counts for base in kept}:
        return load()  # a state of the test's own making: load for real without reading the rows
    base = State.now(counts)
    if (name, base) not in LOADED:
        if len(kept) >= STATES_KEPT:
            return load()
        others = other_tables_digest()
        result = load()
        if other_tables_digest() != others:
            LOADED[name, base] = None
            return result
        records = {model: list(model._base_manager.order_by("pk")) for model in APP_MODELS}
        LOADED[name, base] = Loaded(State.now(), {model: rows for model, rows in records.items() if rows}, result)
        return copy.deepcopy(result)
    loaded = LOADED[name, base]
    if loaded is None:
        return load()
    with transaction.atomic():
        execute_all([f"DELETE FROM {quoted_table(model)}" for model in base.models_with_rows()])  # noqa: S608
        for model, rows in loaded.records.items():
            model._base_manager.bulk_create(rows)
        # New rows of the test follow on from the written-back ones, as they would after a load.
        execute_all(connection.ops.sequence_reset_sql(no_style(), list(loaded.records)))
    if not loaded.checked:
        assert State.now() == loaded.after, f"writing back {name} did not give the tables its load gave"
        loaded.checked = True
    return copy.deepcopy(loaded.result)


@pytest.fixture
def vocabulary(db):
    """The reference vocabulary from fixtures/, as `make run` loads it."""
    restore_or_load("vocabulary", lambda: call_command("loaddata", "vocabulary", verbosity=0))


TEST_SURVEY = "test-survey-2008"


@pytest.fixture
def seeded(vocabulary):
    """The vocabulary plus every seed file in seeds/, and a test survey with one response
    (the founding article reports no survey)."""
    return restore_or_load("seeded", load_seeds_and_test_survey)


def load_seeds_and_test_survey():
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
    # Its questionnaire and population, so that every resource has a record to read.
    question = survey.questions.create(position=1, code="stage", text="How far along are you?", answers="stage")
    question.options.create(position=1, text="Piloting", value="pilot")
    survey.margins.create(dimension="size_band", value="10000+", share=1)
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


def pytest_collection_modifyitems(config, items):
    # The longest tests first (they start processes or a browser): with pytest-xdist, a pass
    # then ends on short tests spread over its workers, not on one worker finishing a long one.
    items.sort(key=lambda item: not (item.get_closest_marker("slow") or item.get_closest_marker("browser")))
    # Tests marked any_database start their own processes on SQLite files of their own: the
    # suite's database plays no part in them. scripts/test.sh runs them in its SQLite pass only
    # (SKIP_ANY_DATABASE=1 on the PostgreSQL pass), not twice over.
    if os.environ.get("SKIP_ANY_DATABASE") == "1":
        once = pytest.mark.skip(reason="uses no database of the suite's: scripts/test.sh runs it in the SQLite pass")
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
    """Holds make_lock() while the test runs `make`."""
    with make_lock():
        yield
