"""make bench: speeds next to baselines measured in the same run, on PostgreSQL.

1. API lists. It seeds N synthetic deployments (BENCH_DEPLOYMENTS, default 10000), then
   for BENCH_SECONDS each (default 5) measures requests per second of
   - the API: GET /api/deployments/?limit=100 through Django's full stack, in process;
   - the baseline: one hand-written SQL query (psycopg, JSON built in the database for
     the nested rows) plus json.dumps, producing the same payload (checked before timing).
2. Reports and dashboard. It grows the data to BENCH_REPORT_DEPLOYMENTS (default
   100000) and a synthetic survey of a tenth as many responses, then measures
   milliseconds per request of the three example reports of docs/how-to/reports.md and of the dashboard
   (`/`), each next to the same SQL replayed through psycopg without Django (captured from
   the request), and the reports next to a hand-written GROUP BY (checked to give the
   same counts first).
3. CSV. It grows the data to BENCH_CSV_DEPLOYMENTS (default 1000000), then measures
   - export rows/s of the exporter (selectors.csv_export, as the API and export_csv run
     it) next to `COPY (<the same SELECT>) TO STDOUT WITH CSV` through psycopg (checked
     to give the same bytes first), and their ratio;
   - the exporter's peak memory (RSS of a fresh process) exporting half and all of them;
   - import rows/s of 100,000 new deployments (BENCH_IMPORT_ROWS) with guests, purposes
     and citations, through services.csv_import with its validation and history.
Run with DATABASE_URL pointing at PostgreSQL (scripts/with-postgres.sh starts a
throwaway one).
"""

import csv
import datetime
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from adoption.dates import format_precise_date  # noqa: E402
from adoption.models import Deployment  # noqa: E402
from adoption.registry import RESOURCES  # noqa: E402
from adoption.selectors.csv_export import cells, stream_csv  # noqa: E402
from adoption.services.csv_import import import_csv  # noqa: E402
from adoption.services.demo_data import generate_demo_data  # noqa: E402
from adoption.services.seeds import load_seeds  # noqa: E402
from config.settings import env  # noqa: E402

LIMIT = 100
BASE = "http://testserver/api/"

PAGE_SQL = """
SELECT d.id, d.reference, d.hypervisor_version, d.host_os_version, d.stage, d.host_count, d.vm_count,
       d.reported_on, d.reported_precision, d.summary, d.created, d.updated,
       c.id, c.slug, c.name, h.id, h.slug, h.name, o.id, o.slug, o.name, s.id, s.slug, s.name,
       (SELECT coalesce(json_agg(json_build_object(
                  'id', g.id, 'os_id', go.id, 'os_slug', go.slug, 'os_name', go.name,
                  'version', g.version, 'mode', g.mode, 'vm_count', g.vm_count) ORDER BY g.id), '[]')
          FROM adoption_guest g JOIN adoption_operatingsystem go ON go.id = g.operating_system_id
         WHERE g.deployment_id = d.id),
       (SELECT coalesce(json_agg(json_build_object('id', p.id, 'slug', p.slug, 'name', p.name)
                                 ORDER BY p.name), '[]')
          FROM adoption_deployment_purposes dp JOIN adoption_purpose p ON p.id = dp.purpose_id
         WHERE dp.deployment_id = d.id),
       (SELECT coalesce(json_agg(json_build_object(
                  'id', ci.id, 'source_id', so.id, 'slug', so.slug, 'title', so.title,
                  'published_on', so.published_on, 'published_precision', so.published_precision,
                  'locator', ci.locator, 'note', ci.note) ORDER BY ci.id), '[]')
          FROM adoption_citation ci JOIN adoption_source so ON so.id = ci.source_id
         WHERE ci.deployment_id = d.id)
  FROM adoption_deployment d
  JOIN adoption_organization c ON c.id = d.customer_id
  JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
  LEFT JOIN adoption_operatingsystem o ON o.id = d.host_os_id
  LEFT JOIN adoption_organization s ON s.id = d.supplier_id
 ORDER BY d.reported_on DESC, d.reference
 LIMIT %s OFFSET 0
"""


def timestamp(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def brief(resource, pk, slug, name):
    return None if pk is None else {"id": pk, "url": f"{BASE}{resource}/{pk}/", "slug": slug, "name": name}


def baseline_page(conn) -> bytes:
    """The API's payload, by hand: a count, one query for the page, json.dumps."""
    with conn.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM adoption_deployment")
        (count,) = cursor.fetchone()
        cursor.execute(PAGE_SQL, (LIMIT,))
        rows = cursor.fetchall()
    results = []
    for (pk, reference, hv_version, host_version, stage, host_count, vm_count, reported_on, precision, summary,
         created, updated, c_id, c_slug, c_name, h_id, h_slug, h_name, o_id, o_slug, o_name, s_id, s_slug, s_name,
         guests, purposes, citations) in rows:  # fmt: skip
        results.append(
            {
                "id": pk,
                "url": f"{BASE}deployments/{pk}/",
                "reference": reference,
                "customer": brief("organizations", c_id, c_slug, c_name),
                "hypervisor": brief("hypervisors", h_id, h_slug, h_name),
                "hypervisor_version": hv_version,
                "host_os": brief("operating-systems", o_id, o_slug, o_name),
                "host_os_version": host_version,
                "guests": [
                    {
                        "id": g["id"],
                        "operating_system": brief("operating-systems", g["os_id"], g["os_slug"], g["os_name"]),
                        "version": g["version"],
                        "mode": g["mode"],
                        "vm_count": g["vm_count"],
                    }
                    for g in guests
                ],
                "stage": stage,
                "purposes": [{"id": p["id"], "slug": p["slug"], "name": p["name"]} for p in purposes],
                "supplier": brief("organizations", s_id, s_slug, s_name),
                "host_count": host_count,
                "vm_count": vm_count,
                "reported_on": reported_on.isoformat(),
                "reported_precision": precision,
                "reported": format_precise_date(reported_on, precision),
                "summary": summary,
                "citations": [
                    {
                        "id": c["id"],
                        "source": {
                            "id": c["source_id"],
                            "url": f"{BASE}sources/{c['source_id']}/",
                            "slug": c["slug"],
                            "display": source_display(c),
                        },
                        "locator": c["locator"],
                        "note": c["note"],
                    }
                    for c in citations
                ],
                "created": timestamp(created),
                "updated": timestamp(updated),
            }
        )
    payload = {
        "count": count,
        "next": f"{BASE}deployments/?limit={LIMIT}&offset={LIMIT}" if count > LIMIT else None,
        "previous": None,
        "results": results,
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def source_display(citation: dict) -> str:
    published = citation["published_on"]
    shown = (
        format_precise_date(datetime.date.fromisoformat(published), citation["published_precision"])
        if published
        else ""
    )
    return f"{citation['title']} ({shown})" if shown else citation["title"]


def rate(call, seconds: float) -> tuple[float, int]:
    """Calls per second of `call` over about `seconds` (after one warm-up call)."""
    call()
    calls, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        call()
        calls += 1
    return calls / elapsed, calls


def main() -> None:
    deployments = env.integer("BENCH_DEPLOYMENTS")
    seconds = env.number("BENCH_SECONDS")
    if connection.vendor != "postgresql":
        sys.exit("make bench measures PostgreSQL: set DATABASE_URL (scripts/with-postgres.sh does).")

    print(f"== Setting up: migrate, vocabulary, seeds, {deployments} synthetic deployments")
    call_command("migrate", verbosity=0)
    call_command("loaddata", "vocabulary", verbosity=0)
    load_seeds(paths=[Path(settings.SEEDS_DIR)])
    generate_demo_data(deployments=deployments, seed=2007)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    setup_test_environment()  # the test client's host (testserver) is allowed
    client = Client()
    url = f"/api/deployments/?limit={LIMIT}"

    def api_page() -> bytes:
        response = client.get(url)
        assert response.status_code == 200, response.content[:300]
        return response.content

    with connect() as conn:
        if json.loads(api_page()) != json.loads(baseline_page(conn)):
            sys.exit("The baseline does not produce the API's payload; fix the baseline before comparing speeds.")
        print(f"== GET {url} on {deployments} deployments, {seconds:g} s each (payloads checked identical)")
        api_rate, api_calls = rate(api_page, seconds)
        base_rate, base_calls = rate(lambda: baseline_page(conn), seconds)

    print(f"{'':34}{'requests/s':>12}{'requests':>10}")
    print(f"{'API (Django + DRF, in process)':34}{api_rate:12.1f}{api_calls:10d}")
    print(f"{'baseline (psycopg + json.dumps)':34}{base_rate:12.1f}{base_calls:10d}")
    print(f"ratio API / baseline: {api_rate / base_rate:.2f} (goal: 0.50 or better)")

    bench_reports(client, seconds)
    bench_csv(connect)


DEPLOYMENTS = RESOURCES["deployments"]

# The example reports of docs/how-to/reports.md, each with hand-written SQL whose first statement gives the
# same counts (checked before timing): its leading columns are the report's keys, its last the count.
EXAMPLE_REPORTS = [
    (
        "share of Xen deployments with Windows guests",
        "/api/reports/adoption/?group_by=guest_os_family&hypervisor=xen&records=deployments",
        """SELECT os.family, count(DISTINCT d.id)
             FROM adoption_deployment d JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
             LEFT JOIN adoption_guest g ON g.deployment_id = d.id
             LEFT JOIN adoption_operatingsystem os ON os.id = g.operating_system_id
            WHERE h.slug = 'xen' GROUP BY os.family;
           SELECT count(*) FROM adoption_deployment d JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
            WHERE h.slug = 'xen'""",
    ),
    (
        "stage by years of Linux in production",
        "/api/reports/adoption/?group_by=linux_years,stage&records=responses",
        """SELECT linux_years, stage, count(*) FROM adoption_surveyresponse GROUP BY 1, 2;
           SELECT linux_years, count(*) FROM adoption_surveyresponse GROUP BY 1;
           SELECT count(*) FROM adoption_surveyresponse""",
    ),
    (
        "deployments per hypervisor per year",
        "/api/reports/adoption/?group_by=hypervisor,year&records=deployments",
        """SELECT h.slug, extract(year FROM d.reported_on)::int, h.name, count(*)
             FROM adoption_deployment d JOIN adoption_hypervisor h ON h.id = d.hypervisor_id GROUP BY 1, 2, 3;
           SELECT h.slug, count(*) FROM adoption_deployment d JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
            GROUP BY 1;
           SELECT count(*) FROM adoption_deployment""",
    ),
]


def captured_sql(client, url: str) -> list[str]:
    """The SQL statements one GET of `url` runs, as PostgreSQL received them."""
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200, url
    return [query["sql"] for query in context.captured_queries]


def check_same_counts(client, url: str, conn, statement: str) -> None:
    body = json.loads(client.get(url).content)
    width = len(body["group_by"])
    ours = {tuple(cell[name] for name in body["group_by"]): cell["n"] for cell in body["cells"]}
    with conn.cursor() as cursor:
        cursor.execute(statement)
        theirs = {tuple(row[:width]): row[-1] for row in cursor.fetchall()}
    if ours.keys() != theirs.keys() or any(n is not None and n != theirs[key] for key, n in ours.items()):
        sys.exit(f"The hand-written SQL does not count what {url} counts; fix it before comparing speeds.")


def run_sql(conn, statements) -> None:
    with conn.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
            cursor.fetchall()


def bench_reports(client, seconds: float) -> None:
    target = env.integer("BENCH_REPORT_DEPLOYMENTS")
    started = time.perf_counter()
    print(f"\n== Growing the data to {target} synthetic deployments and {target // 10} survey responses")
    generate_demo_data(deployments=target, responses=target // 10, seed=2007)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"   {Deployment.objects.count()} deployments in {time.perf_counter() - started:.0f} s")

    def get(url):
        def call():
            response = client.get(url)
            assert response.status_code == 200, url

        return call

    print(f"== Reports and dashboard, {seconds:g} s each; ms per request (lower is better)")
    print(f"{'':48}{'Django':>9}{'same SQL':>10}{'hand SQL':>10}")
    with connect() as conn:
        for name, url, hand_sql in EXAMPLE_REPORTS:
            replay = captured_sql(client, url)
            hand = [statement for statement in hand_sql.split(";") if statement.strip()]
            check_same_counts(client, url, conn, hand[0])
            ours, theirs, handwritten = (
                1000 / rate(get(url), seconds)[0],
                1000 / rate(lambda replay=replay: run_sql(conn, replay), seconds)[0],
                1000 / rate(lambda hand=hand: run_sql(conn, hand), seconds)[0],
            )
            print(f"{name:48}{ours:9.1f}{theirs:10.1f}{handwritten:10.1f}")
        replay = captured_sql(client, "/")
        ours, theirs = 1000 / rate(get("/"), seconds)[0], 1000 / rate(lambda: run_sql(conn, replay), seconds)[0]
        print(f"{'dashboard (/), computed: ' + str(len(replay)) + ' queries':48}{ours:9.1f}{theirs:10.1f}{'—':>10}")
        settings.DASHBOARD_CACHE_SECONDS = 60
        cached = 1000 / rate(get("/"), seconds)[0]
        settings.DASHBOARD_CACHE_SECONDS = 0
        print(f"{'dashboard (/), from its cache (60 s)':48}{cached:9.1f}{'—':>10}{'—':>10}")
    print("   (same SQL: the request's own queries through psycopg, without Django; goal: dashboard under 500 ms)")


def connect():
    database = settings.DATABASES["default"]
    return psycopg.connect(
        host=database["HOST"],
        port=database["PORT"] or 5432,
        user=database["USER"],
        password=database["PASSWORD"],
        dbname=database["NAME"],
    )


def export_bytes(queryset) -> tuple[int, bytes]:
    """Run the exporter over `queryset`; return the bytes it wrote and a sample of them."""
    size, sample = 0, b""
    for block in stream_csv(DEPLOYMENTS, queryset):
        size += len(block)
        if len(sample) < 1_000_000:
            sample += block
    return size, sample


def copy_bytes(conn, queryset) -> tuple[int, bytes]:
    """COPY of the exporter's own SELECT, read through psycopg."""
    sql, params = cells(DEPLOYMENTS, queryset).query.get_compiler(using="default").as_sql()
    size, sample = 0, b""
    with conn.cursor() as cursor:
        with cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)", params) as copy:
            for block in copy:
                size += len(block)
                if len(sample) < 1_000_000:
                    sample += bytes(block)
    return size, sample


def peak_rss_mb(rows: int) -> float:
    """Peak resident memory of a fresh process that exports the first `rows` deployments."""
    output = subprocess.run(  # noqa: S603 (this script, run by this interpreter)
        [sys.executable, __file__, "export-rss", str(rows)], check=True, capture_output=True, text=True
    ).stdout
    return float(output.split()[-1])


def export_rss(rows: int) -> None:
    if rows:
        boundary = Deployment.objects.order_by("pk").values_list("pk", flat=True)[rows - 1]
        export_bytes(Deployment.objects.filter(pk__lte=boundary).order_by("pk"))
    print(peak_resident_mb())


def peak_resident_mb() -> float:
    """This process's own peak resident memory. Not getrusage's ru_maxrss: Linux carries that
    over from the parent through fork and exec, so it would report the bench's own size."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_csv(connect) -> None:
    target = env.integer("BENCH_CSV_DEPLOYMENTS")
    import_rows = env.integer("BENCH_IMPORT_ROWS")
    started = time.perf_counter()
    print(f"\n== Growing the data to {target} synthetic deployments")
    generate_demo_data(deployments=target, seed=2007)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    total = Deployment.objects.count()
    print(f"   {total} deployments in {time.perf_counter() - started:.0f} s")

    queryset = Deployment.objects.order_by("pk")
    with connect() as conn:
        if export_bytes(queryset.filter(pk__lte=2000))[1] != export_bytes(queryset.filter(pk__lte=2000))[1]:
            sys.exit("The exporter is not deterministic.")
        header_length = len(next(stream_csv(DEPLOYMENTS, queryset.none())))
        ours = export_bytes(queryset.filter(pk__lte=5000))[1][header_length:]
        theirs = copy_bytes(conn, queryset.filter(pk__lte=5000))[1]
        if ours != theirs:
            sys.exit("The exporter's rows differ from COPY's; fix the comparison before timing it.")
        print(f"== CSV export of all {total} deployments (rows checked identical to COPY's)")
        timings = {}
        for name, run in (("exporter (stream_csv)", lambda: export_bytes(queryset)),
                          ("COPY (same SELECT) via psycopg", lambda: copy_bytes(conn, queryset))):  # fmt: skip
            begin = time.perf_counter()
            size, _ = run()
            timings[name] = (time.perf_counter() - begin, size)
    print(f"{'':34}{'rows/s':>12}{'seconds':>10}{'MB':>8}")
    for name, (seconds, size) in timings.items():
        print(f"{name:34}{total / seconds:12,.0f}{seconds:10.1f}{size / 1e6:8.0f}")
    (ours_s, _), (copy_s, _) = timings.values()
    print(f"ratio exporter / COPY: {copy_s / ours_s:.2f} (goal: 0.80 or better)")

    half = total // 2
    print("== Exporter peak memory (RSS of a fresh process, Django loaded)")
    print(f"   {0:>9,} rows: {peak_rss_mb(0):6.0f} MB (the process with Django loaded, before exporting)")
    for rows in (half, total):
        print(f"   {rows:>9,} rows: {peak_rss_mb(rows):6.0f} MB (goal: under 150 MB, flat)")

    print(f"== CSV import of {import_rows:,} new deployments (guests, purposes, citations; validated, with history)")
    sample = b"".join(stream_csv(DEPLOYMENTS, queryset.filter(reference__startswith="synthetic-")[:import_rows]))
    reader = csv.reader(io.StringIO(sample.decode(), newline=""))
    header = next(reader)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header[1:])  # no id column: new records
    for row in reader:
        writer.writerow(["imported-" + row[1], *row[2:]])
    data = text.getvalue().encode()
    begin = time.perf_counter()
    result = import_csv(DEPLOYMENTS, data)
    seconds = time.perf_counter() - begin
    print(f"   {result.summary()}")
    print(f"   {import_rows / seconds:,.0f} rows/s ({seconds:.1f} s) (goal: 5,000 rows/s or better)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["export-rss"]:
        export_rss(int(sys.argv[2]))
    else:
        with env.exit_on_bad_setting():
            main()
