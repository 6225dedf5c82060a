"""Running `make run` from a test, as a user does: start it on a port of its own, wait for it, Ctrl-C it."""

import fcntl
import os
import re
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent
PASSWORD_LINE = re.compile(r"password: (\S+)")


def make_run_env(database: Path) -> dict[str, str]:
    """The environment of a `make run` on its own SQLite file, with the settings it has by default."""
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "PYTHONUNBUFFERED": "1",
    }


@contextmanager
def make_lock() -> Iterator[None]:
    """Held while a test starts `make`, so that two pytest-xdist workers never run it at once: its
    install prerequisite could otherwise run two pip installs into one .venv."""
    lock = ROOT / "var" / ".make-in-tests.lock"
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def start_make_run(env: dict, port: int, *variables: str) -> subprocess.Popen:
    # A command started in the background by a shell without job control (as a CI runner
    # may start the suite) inherits SIGINT ignored, and so would make run: stop() could not
    # Ctrl-C it. With a handler in place here, the child starts with the default instead.
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(
            ["make", "--no-print-directory", "run", "HOST=127.0.0.1", f"PORT={port}", *variables],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # so the runserver reloader child is stopped with it
        )
    finally:
        signal.signal(signal.SIGINT, inherited)


def wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            assert process.stdout is not None, "started with stdout=PIPE"
            raise AssertionError(f"make run exited early:\n{process.stdout.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (loopback only)
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"nothing answered at {url} within {seconds}s")


def stop(process: subprocess.Popen, how: signal.Signals = signal.SIGINT) -> str:
    """Stop a `make run` or `make serve` by signalling its whole process group; return what it printed.

    `make run` is stopped as a user does, with Ctrl-C's SIGINT. Not SIGTERM: make forwards
    a SIGTERM to its child a second time, and a second signal landing while Django's
    reloader waits for its child can leave it waiting forever (seen about once in 25 runs).
    gunicorn is the other way round: SIGTERM is its graceful stop, while SIGINT to its
    workers and the master's own SIGQUIT after it now and then held a worker until the
    master's 30 s grace ran out.
    """
    os.killpg(process.pid, how)
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        target = cast("list[str]", process.args)[2]  # ["make", "--no-print-directory", target, ...]
        raise AssertionError(f"make {target} did not stop within 30 s of {how.name}:\n{output}") from None
    return output
