"""make load: a bounded load test of `make serve` on PostgreSQL, over loopback only.

It prepares the database in DATABASE_URL (scripts/with-postgres.sh starts a throwaway
one): migrations, vocabulary, seeds, LOAD_DEPLOYMENTS synthetic deployments (default
2000) and an editor with a token. Then it starts `scripts/serve.sh` (gunicorn with the
production settings, on 127.0.0.1; its cache, where the throttles count every request,
is the Valkey or Redis in CACHE_URL, which scripts/with-cache.sh starts when it is unset)
and for LOAD_SECONDS (default 30) runs
- LOAD_READERS threads (default 6) cycling through list, detail, filter and CSV export;
- LOAD_WRITERS threads (default 2), each creating deployments and then changing each one
  with If-Match, and editing one record they all share with If-Match (412 is the right
  answer when another writer got there first; the writer reads again and retries).
It prints requests per second, p50 and p99 latency and errors per kind of request, then
counts what the writers wrote in the database: every created deployment must be there,
at the stage its last accepted write gave it, and the shared record's counter must equal
the number of accepted edits. Exit status 1 on any error or lost write.
"""

import http.client
import itertools
import json
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.settings import env  # noqa: E402

with env.exit_on_bad_setting():
    SECONDS = env.number("LOAD_SECONDS")
    READERS = env.integer("LOAD_READERS")
    WRITERS = env.integer("LOAD_WRITERS")
    DEPLOYMENTS = env.integer("LOAD_DEPLOYMENTS")
    WEB_WORKERS = env.integer("WEB_WORKERS")
STAGES = ["considering", "evaluating", "pilot", "production", "retired"]
SOURCE = "computing-2007-08-14-vmware-ipo-xensource-rumours"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PORT = free_port()
os.environ.update(
    DJANGO_SETTINGS_MODULE="config.settings.production",
    DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
    DJANGO_ALLOWED_HOSTS="127.0.0.1",
    # Loopback has no TLS; the proxy's job in a real deployment.
    DJANGO_SECURE_SSL_REDIRECT="false",
    # Measure the server, not the throttle.
    API_THROTTLE_ANON="1000000/minute",
    API_THROTTLE_USER="1000000/minute",
    BIND=f"127.0.0.1:{PORT}",
)

import django  # noqa: E402

with env.exit_on_bad_setting():  # CACHE_URL unset: run it through make load (scripts/with-cache.sh)
    django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Permission  # noqa: E402
from django.core.management import call_command  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402

from adoption.models import Deployment  # noqa: E402
from adoption.services.demo_data import generate_demo_data  # noqa: E402
from adoption.services.seeds import load_seeds  # noqa: E402


def prepare() -> tuple[str, list[int]]:
    call_command("migrate", verbosity=0)
    if not Deployment.objects.exists():
        call_command("loaddata", "vocabulary", verbosity=0)
        load_seeds(paths=[ROOT / "seeds"])
        generate_demo_data(deployments=DEPLOYMENTS, seed=2007)
    user, _ = get_user_model().objects.get_or_create(username="load-editor")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="adoption"))
    token, _ = Token.objects.get_or_create(user=user)
    ids = list(Deployment.objects.values_list("pk", flat=True))
    return token.key, ids


class Client:
    """One persistent HTTP/1.1 connection to the server, timing each request."""

    def __init__(self, token: str, stats):
        self.connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        self.headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
        self.stats = stats

    def request(self, kind: str, method: str, path: str, body=None, expect=(200,), headers=None):
        started = time.perf_counter()
        try:
            self.connection.request(
                method, path, json.dumps(body) if body is not None else None, {**self.headers, **(headers or {})}
            )
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as exc:
            self.connection.close()
            self.stats.record(kind, time.perf_counter() - started, f"{type(exc).__name__}: {exc}")
            return None, None, b""
        error = None if response.status in expect else f"{response.status} {data[:200]!r}"
        self.stats.record(kind, time.perf_counter() - started, error)
        return response.status, response, data


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors = defaultdict(list)

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if error:
                self.errors[kind].append(error)


def reader(token: str, ids: list[int], stats: Stats, stop: threading.Event, number: int) -> None:
    client = Client(token, stats)
    rng = random.Random(number)  # noqa: S311 (load, not secrets)
    kinds = itertools.cycle(["list", "detail", "filter", "detail", "list", "csv"])
    while not stop.is_set():
        kind = next(kinds)
        if kind == "list":
            client.request("list", "GET", f"/api/deployments/?limit=50&offset={rng.randrange(0, len(ids))}")
        elif kind == "detail":
            client.request("detail", "GET", f"/api/deployments/{rng.choice(ids)}/", expect=(200, 404))
        elif kind == "filter":
            stage = rng.choice(STAGES)
            client.request("filter", "GET", f"/api/deployments/?hypervisor=xen&stage={stage}&limit=50")
        else:
            client.request("csv", "GET", f"/api/deployments/?format=csv&stage={rng.choice(STAGES)}&hypervisor=xen")


class WriterLog:
    def __init__(self):
        self.lock = threading.Lock()
        self.expected: dict[str, str] = {}  # reference -> stage of its last accepted write
        self.shared_edits = 0
        self.conflicts = 0


def writer(token, shared_id, stats, stop, number, log: WriterLog) -> None:
    client = Client(token, stats)
    rng = random.Random(1000 + number)  # noqa: S311
    for count in itertools.count():
        if stop.is_set():
            return
        reference = f"load-{number}-{count}"
        body = {
            "reference": reference,
            "customer": "casio-computer",
            "hypervisor": "xen",
            "stage": "considering",
            "reported_on": "2008-01-01",
            "summary": "Written by make load.",
            "guests": [{"operating_system": "windows-server", "version": "2003", "vm_count": 2}],
            "purposes": ["server-consolidation"],
            "citations": [{"source": SOURCE, "locator": "load"}],
        }
        status, response, data = client.request("create", "POST", "/api/deployments/", body, expect=(201,))
        if status != 201:
            continue
        with log.lock:
            log.expected[reference] = "considering"
        created = json.loads(data)
        stage = rng.choice(STAGES)
        # The stage follows the stage history: a later observation moves it.
        first = {"stage": "considering", "held_from": "2008-01-01", "source": SOURCE, "locator": "load"}
        later = {**first, "stage": stage, "held_from": "2008-06-01"}
        status, _, _ = client.request(
            "update",
            "PATCH",
            f"/api/deployments/{created['id']}/",
            {"stages": [first, later]},
            headers={"If-Match": response.headers["ETag"]},
        )
        if status == 200:
            with log.lock:
                log.expected[reference] = stage
        edit_shared(client, shared_id, log)


def edit_shared(client: Client, shared_id: int, log: WriterLog) -> None:
    """Add one to the shared record's counter (its vm_count), read-modify-write with If-Match."""
    for _ in range(20):
        status, response, data = client.request("shared-read", "GET", f"/api/deployments/{shared_id}/")
        if status != 200:
            return
        count = json.loads(data)["vm_count"] or 0
        status, _, _ = client.request(
            "shared-edit",
            "PATCH",
            f"/api/deployments/{shared_id}/",
            {"vm_count": count + 1},
            expect=(200, 412),
            headers={"If-Match": response.headers["ETag"]},
        )
        if status == 200:
            with log.lock:
                log.shared_edits += 1
            return
        with log.lock:
            log.conflicts += 1


def wait_until_up(process: subprocess.Popen, log_path: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"make serve exited early:\n{Path(log_path).read_text()}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/api/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("make serve did not answer within 120 s")


def percentile(values: list[float], share: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def report(stats: Stats, seconds: float) -> int:
    print(f"\n{'request':<12} {'count':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    total, errors = [], 0
    for kind in ["list", "detail", "filter", "csv", "create", "update", "shared-read", "shared-edit"]:
        values = stats.latencies.get(kind, [])
        total.extend(values)
        errors += len(stats.errors.get(kind, []))
        print(
            f"{kind:<12} {len(values):>7} {len(values) / seconds:>8.1f} {percentile(values, 0.5) * 1000:>8.1f} "
            f"{percentile(values, 0.99) * 1000:>8.1f} {len(stats.errors.get(kind, [])):>7}"
        )
    print(
        f"{'all':<12} {len(total):>7} {len(total) / seconds:>8.1f} {percentile(total, 0.5) * 1000:>8.1f} "
        f"{percentile(total, 0.99) * 1000:>8.1f} {errors:>7}"
    )
    for kind, messages in stats.errors.items():
        for message in messages[:3]:
            print(f"  {kind}: {message}")
    return errors


def count_lost_writes(log: WriterLog, shared_id: int, shared_before: int) -> int:
    stored = dict(Deployment.objects.filter(reference__startswith="load-").values_list("reference", "stage"))
    missing = [reference for reference in log.expected if reference not in stored]
    wrong = [reference for reference, stage in log.expected.items() if stored.get(reference, stage) != stage]
    shared_now = Deployment.objects.get(pk=shared_id).vm_count or 0
    lost_shared = shared_before + log.shared_edits - shared_now
    print(
        f"\nwrites: {len(log.expected)} deployments created, {len(missing)} missing, {len(wrong)} at a wrong stage; "
        f"shared record: {log.shared_edits} accepted edits, {log.conflicts} refused with 412 and retried, "
        f"counter {shared_before} -> {shared_now} ({lost_shared} lost)"
    )
    return len(missing) + len(wrong) + abs(lost_shared)


def main() -> int:
    token, ids = prepare()
    shared_id = Deployment.objects.get(reference="casio-xen-sles-2007").pk
    shared_before = Deployment.objects.get(pk=shared_id).vm_count or 0
    django.db.connections.close_all()
    server_log = tempfile.NamedTemporaryFile("w+", prefix="load-serve-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603 (our own script)
        [str(ROOT / "scripts" / "serve.sh")],
        cwd=ROOT,
        stdout=server_log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={**os.environ, "WEB_WORKERS": str(WEB_WORKERS)},
    )
    try:
        wait_until_up(process, server_log.name)
        print(
            f"make serve on 127.0.0.1:{PORT} (gunicorn, production settings, PostgreSQL, Valkey/Redis cache), "
            f"{len(ids)} deployments; "
            f"{READERS} readers and {WRITERS} writers for {SECONDS:.0f} s"
        )
        stats, log, stop = Stats(), WriterLog(), threading.Event()
        threads = [threading.Thread(target=reader, args=(token, ids, stats, stop, n)) for n in range(READERS)]
        threads += [
            threading.Thread(target=writer, args=(token, shared_id, stats, stop, n, log)) for n in range(WRITERS)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(SECONDS)
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
        elapsed = time.perf_counter() - started
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
        print(f"(server log: {server_log.name})")
    errors = report(stats, elapsed)
    lost = count_lost_writes(log, shared_id, shared_before)
    print(f"\n{errors} errors, {lost} lost writes.")
    return 1 if errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())
