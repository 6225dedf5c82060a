"""A live `make run` server for each module of the client's tests, started as a user starts it."""

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from ..conftest import free_port
from ..make_run import PASSWORD_LINE, make_lock, make_run_env, start_make_run, wait_for

# Enough demo data for lists of several pages.
DEMO = 60


@dataclass(frozen=True)
class Live:
    url: str
    password: str  # the admin's, as make run printed it


@pytest.fixture(scope="module")
def live(tmp_path_factory) -> Iterator[Live]:
    """A server of the module's own: what one module's tests write does not show in another's lists (the
    tutorial prints whole lists)."""
    database = tmp_path_factory.mktemp("live") / "db.sqlite3"
    env = make_run_env(database)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with make_lock():
        process = start_make_run(env, port, f"DEMO={DEMO}")
        printed: list[str] = []
        assert process.stdout is not None, "started with stdout=PIPE"
        stdout = process.stdout
        # Read what it prints as it prints it: a full pipe would stop the server mid-request.
        reader = threading.Thread(target=lambda: printed.extend(iter(stdout.readline, "")), daemon=True)
        reader.start()
        try:
            wait_for(f"{url}/api/", process)
        except BaseException:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    found = None
    for _ in range(50):  # printed before it serves; the reader may still be a line behind
        if found := PASSWORD_LINE.search("".join(printed)):
            break
        time.sleep(0.1)
    assert found, "".join(printed)
    yield Live(url, found.group(1))
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C, as a user stops it
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    reader.join(timeout=5)
