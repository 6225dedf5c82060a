"""SQLite under several writers, as `make run` serves it (runserver, one thread per request).

Writes wait their turn (immediate transactions and a busy timeout) and end in 200, or 412
for a stale If-Match, never in a 500 "database is locked".
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from rest_framework.authtoken.models import Token

from config.settings.base import database_from_env

from .api.conftest import editor_user  # noqa: F401 (a fixture)
from .conftest import free_port
from .factories import OrganizationFactory

ROOT = Path(__file__).resolve().parent.parent
WRITERS = 4
ROUNDS = 4


def test_sqlite_transactions_take_the_write_lock_at_once_and_wait_for_it():
    options = database_from_env({"DATABASE_URL": "sqlite:////tmp/x.sqlite3"}, "")["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE" and options["timeout"] >= 5
    postgresql = database_from_env({"DATABASE_URL": "postgres://u:p@db/adoption"}, "")
    assert "transaction_mode" not in postgresql.get("OPTIONS", {})


def request(method: str, url: str, token: str, body: dict | None = None, if_match: str | None = None):
    """(status, ETag, body) of one request; an HTTP error status is an answer here, not an exception."""
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    if if_match:
        headers["If-Match"] = if_match
    data = json.dumps(body).encode() if body is not None else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data, headers, method=method), timeout=30) as answer:  # noqa: S310
            return answer.status, answer.headers.get("ETag"), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("ETag"), error.read().decode()
    except TimeoutError:
        return "no answer in 30 s", None, ""


@pytest.mark.slow
@pytest.mark.skipif(connection.vendor != "sqlite", reason="runs when the suite runs on SQLite")
@pytest.mark.django_db(transaction=True)
def test_concurrent_patches_on_sqlite_end_in_200_or_412_never_500(tmp_path, editor_user):  # noqa: F811
    organization = OrganizationFactory()
    token = Token.objects.create(user=editor_user).key
    # A file copy of the migrated test database, served by runserver as `make run` serves its own.
    database = tmp_path / "db.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(database)])
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "PYTHONUNBUFFERED": "1",
    }
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/api/organizations/{organization.pk}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, etag, _ = request("GET", url, token)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "runserver did not answer"
                time.sleep(0.3)
        answers = []
        for round_ in range(ROUNDS):
            # Every writer PATCHes from the same version at the same moment; with If-Match in
            # odd rounds (one may win, the others are stale), without in even ones (all win).
            status, etag, _ = request("GET", url, token)
            start = threading.Barrier(WRITERS)
            statuses = []

            def write(n, round_=round_, etag=etag, start=start, statuses=statuses):
                start.wait(10)
                body = {"description": f"Round {round_}, writer {n}."}
                statuses.append(request("PATCH", url, token, body, etag if round_ % 2 else None)[0])

            threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(90)
            answers.append(sorted(statuses, key=str))
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            log, _ = server.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            log, _ = server.communicate()
    assert "database is locked" not in log
    for round_, statuses in enumerate(answers):
        if round_ % 2:
            assert statuses == [200] + [412] * (WRITERS - 1), (round_, statuses, log[-3000:])
        else:
            assert statuses == [200] * WRITERS, (round_, statuses, log[-3000:])
