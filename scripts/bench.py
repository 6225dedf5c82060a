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
3. Stage histories. It sets the data to BENCH_STAGE_DEPLOYMENTS (default 100000) with about
   four stage observations each (generate_demo_data's, topped up by SQL), then measures
   milliseconds per request of the as_of report (group_by=hypervisor,stage on a day in the
   middle of the data) and of the trend (group_by=period,hypervisor by quarter), each next
   to its own SQL replayed through psycopg and to the fastest hand-written SQL found for it
   (checked to give the same counts first), with the ratio of their speeds.
4. CSV. It grows the data to BENCH_CSV_DEPLOYMENTS (default 1000000), then measures
   - export rows/s of the exporter (selectors.csv_export, as the API and export_csv run
     it) next to COPY of the fastest hand-written SQL found that writes the same bytes
     (BASELINE_CSV_SQL, through psycopg; checked on a filtered sample and on the whole
     first), their ratio, and a plain-table `COPY adoption_deployment` as the floor;
   - the exporter's peak memory (RSS of a fresh process) exporting half and all of them;
   - import rows/s of 100,000 new deployments (BENCH_IMPORT_ROWS) with guests, purposes
     and citations, through services.csv_import with its validation and history.
Run with DATABASE_URL pointing at PostgreSQL (scripts/with-postgres.sh starts a
throwaway one). BENCH_ONLY=stages (or lists, reports, csv; several, comma-separated) runs
only those sections, each seeding the data it needs.
"""

import csv
import datetime
import hashlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
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
from django.db.models import F, Max, Min  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from adoption.csv_codec import FORMULA_TRIGGERS  # noqa: E402
from adoption.dates import format_precise_date  # noqa: E402
from adoption.models import Deployment, StageObservation  # noqa: E402
from adoption.models.base import PeriodEnd  # noqa: E402
from adoption.models.stages import STAGE_RANK  # noqa: E402
from adoption.registry import RESOURCES  # noqa: E402
from adoption.selectors.csv_export import stream_csv  # noqa: E402
from adoption.services.csv_import import import_csv  # noqa: E402
from adoption.services.demo_data import SOURCE_SLUG, generate_demo_data  # noqa: E402
from adoption.services.seeds import load_seeds  # noqa: E402
from config.settings import env  # noqa: E402

LIMIT = 100
BASE = "http://testserver/api/"

PAGE_SQL = """
SELECT d.id, d.reference, d.hypervisor_version, d.host_os_version, d.stage, d.host_count, d.vm_count,
       d.reported_on, d.reported_precision, d.summary, d.synthetic, d.created, d.updated,
       c.id, c.slug, c.name, h.id, h.slug, h.name, pr.id, pr.slug, pr.name, o.id, o.slug, o.name,
       s.id, s.slug, s.name,
       (SELECT coalesce(json_agg(json_build_object(
                  'id', st.id, 'stage', st.stage, 'held_from', st.held_from,
                  'held_from_precision', st.held_from_precision, 'source_id', so.id, 'slug', so.slug,
                  'title', so.title, 'published_on', so.published_on,
                  'published_precision', so.published_precision, 'locator', st.locator, 'note', st.note)
                  ORDER BY st.held_from, st.id), '[]')
          FROM adoption_stageobservation st LEFT JOIN adoption_source so ON so.id = st.source_id
         WHERE st.deployment_id = d.id),
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
  LEFT JOIN adoption_product pr ON pr.id = d.product_id
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
         synthetic, created, updated, c_id, c_slug, c_name, h_id, h_slug, h_name, p_id, p_slug, p_name,
         o_id, o_slug, o_name, s_id, s_slug, s_name, stages, guests, purposes, citations) in rows:  # fmt: skip
        results.append(
            {
                "id": pk,
                "url": f"{BASE}deployments/{pk}/",
                "reference": reference,
                "customer": brief("organizations", c_id, c_slug, c_name),
                "hypervisor": brief("hypervisors", h_id, h_slug, h_name),
                "product": brief("products", p_id, p_slug, p_name),
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
                "stages": [
                    {
                        "id": st["id"],
                        "stage": st["stage"],
                        "held_from": st["held_from"],
                        "held_from_precision": st["held_from_precision"],
                        "source": None
                        if st["source_id"] is None
                        else {
                            "id": st["source_id"],
                            "url": f"{BASE}sources/{st['source_id']}/",
                            "slug": st["slug"],
                            "display": source_display(st),
                        },
                        "locator": st["locator"],
                        "note": st["note"],
                    }
                    for st in stages
                ],
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
                "synthetic": synthetic,
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


@dataclass(frozen=True)
class Result:
    """One line of the table make bench ends with: the project next to its baseline."""

    path: str
    scale: str
    project: str  # the project's figure, with its unit
    baseline: str  # the baseline's, in the same unit
    ratio: float | None  # the project's speed over the baseline's (higher is better); None: no baseline
    goal: str
    met: bool


RESULTS: list[Result] = []


def record(path: str, scale: int | str, project: str, baseline: str, ratio: float | None, goal: str, met: bool):
    """Add a line to the closing table (and print it now, so a long run shows progress)."""
    result = Result(path, f"{scale:,}" if isinstance(scale, int) else scale, project, baseline, ratio, goal, met)
    RESULTS.append(result)
    print(f"   -> {path}: {project} vs {baseline}" + (f", ratio {ratio:.2f}" if ratio is not None else ""))


def print_table() -> None:
    """Every result of this run in one table: path, scale, project, baseline, ratio, goal, met."""
    if not RESULTS:
        return
    heads = ("path", "scale", "project", "baseline", "ratio", "goal", "met")
    rows = [
        (r.path, r.scale, r.project, r.baseline, "—" if r.ratio is None else f"{r.ratio:.2f}", r.goal,
         "yes" if r.met else "NO")
        for r in RESULTS
    ]  # fmt: skip
    widths = [max(len(head), *(len(row[i]) for row in rows)) for i, head in enumerate(heads)]
    print(f"\n== Summary (ratio: the project's speed over the baseline's; {machine()})")
    for line in (heads, tuple("-" * w for w in widths), *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


def machine() -> str:
    cpus = os.cpu_count()
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (version,) = cursor.fetchone()
    return f"{cpus} cores, PostgreSQL {version.split()[0]}, Python {sys.version.split()[0]}"


def rate(call, seconds: float) -> tuple[float, int]:
    """Calls per second of `call` over about `seconds` (after one warm-up call)."""
    call()
    calls, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        call()
        calls += 1
    return calls / elapsed, calls


# The sections, in the order they run (each grows the data for the next); BENCH_ONLY picks some.
SECTIONS = ("lists", "reports", "stages", "csv")


def main() -> None:
    seconds = env.number("BENCH_SECONDS")
    only = env.text_list("BENCH_ONLY")
    if unknown := [name for name in only if name not in SECTIONS]:
        sys.exit(f"BENCH_ONLY names sections of make bench, of {', '.join(SECTIONS)} (got {', '.join(unknown)}).")
    if connection.vendor != "postgresql":
        sys.exit("make bench measures PostgreSQL: set DATABASE_URL (scripts/with-postgres.sh does).")

    print("== Setting up: migrate, vocabulary, seeds")
    call_command("migrate", verbosity=0)
    call_command("loaddata", "vocabulary", verbosity=0)
    load_seeds(paths=[Path(settings.SEEDS_DIR)])
    setup_test_environment()  # the test client's host (testserver) is allowed
    client = Client()

    if not only or "lists" in only:
        bench_lists(client, seconds)
    if not only or "reports" in only:
        bench_reports(client, seconds)
    if not only or "stages" in only:
        bench_stages(client)
    if not only or "csv" in only:
        bench_csv(connect)
    print_table()


def bench_lists(client, seconds: float) -> None:
    deployments = env.integer("BENCH_DEPLOYMENTS")
    print(f"== {deployments} synthetic deployments")
    generate_demo_data(deployments=deployments, seed=2007)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
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
    print(f"ratio API / baseline: {api_rate / base_rate:.2f} (goal: 0.70 or better)")
    ratio = api_rate / base_rate
    record("list, first page", deployments, f"{1000 / api_rate:.1f} ms", f"{1000 / base_rate:.1f} ms", ratio,
           "ratio >= 0.70", ratio >= 0.7)  # fmt: skip


DEPLOYMENTS = RESOURCES["deployments"]

# The example reports of docs/how-to/reports.md, each with hand-written SQL whose first statement gives the
# same counts (checked before timing): its leading columns are the report's keys, its last the count.
EXAMPLE_REPORTS = [
    (
        "share of Xen deployments with Windows guests",
        "/api/reports/adoption/?group_by=guest_os_family&hypervisor=xen&records=deployments&synthetic=include",
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
        "/api/reports/adoption/?group_by=linux_years,stage&records=responses&synthetic=include",
        """SELECT linux_years, stage, count(*) FROM adoption_surveyresponse GROUP BY 1, 2;
           SELECT linux_years, count(*) FROM adoption_surveyresponse GROUP BY 1;
           SELECT count(*) FROM adoption_surveyresponse""",
    ),
    (
        "deployments per hypervisor per year",
        "/api/reports/adoption/?group_by=hypervisor,year&records=deployments&synthetic=include",
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
            record(f"report: {name}", target, f"{ours:.1f} ms", f"{handwritten:.1f} ms", handwritten / ours,
                   "under 100 ms", ours < 100)  # fmt: skip
        replay = captured_sql(client, "/")
        ours, theirs = 1000 / rate(get("/"), seconds)[0], 1000 / rate(lambda: run_sql(conn, replay), seconds)[0]
        print(f"{'dashboard (/), computed: ' + str(len(replay)) + ' queries':48}{ours:9.1f}{theirs:10.1f}{'—':>10}")
        record("dashboard, uncached", target, f"{ours:.1f} ms", "—", None, "under 100 ms", ours < 100)
        settings.DASHBOARD_CACHE_SECONDS = 60
        cached = 1000 / rate(get("/"), seconds)[0]
        settings.DASHBOARD_CACHE_SECONDS = 0
        print(f"{'dashboard (/), from its cache (60 s)':48}{cached:9.1f}{'—':>10}{'—':>10}")
    print("   (same SQL: the request's own queries through psycopg, without Django; goal: dashboard under 500 ms)")


# Stage histories (section 3). The rank of a stage and the day an observation becomes known
# (adoption.models.stages.STAGE_RANK and models.base.PeriodEnd), written out in SQL.
RANK_SQL = "CASE o.stage " + " ".join(f"WHEN '{stage}' THEN {rank}" for stage, rank in STAGE_RANK.items()) + " END"
KNOWN_SQL = """CASE o.held_from_precision WHEN 'week' THEN o.held_from + 6
                  WHEN 'month' THEN (o.held_from + interval '1 month')::date - 1
                  WHEN 'quarter' THEN (o.held_from + interval '3 months')::date - 1
                  WHEN 'year' THEN (o.held_from + interval '1 year')::date - 1
                  ELSE o.held_from END"""

# generate_demo_data writes 1 to 5 observations per deployment, 2.6 on average, all dated to the
# day. These add about 1.4 more, written by SQL (in place of any an earlier run added), without
# changing any deployment's stage:
# - for 15% of the observations, a second source reporting the same stage in the same month or
#   quarter (stored as the period's first day, known from its last);
# - for every deployment, an earlier report that it was considering the move, dated to a quarter
#   or a year some months before its first observation.
# No second source dates a stage to a year: given "production in 2007" next to "production on
# 1 March 2007", the trend report (selectors.trends) counts the deployment as not in production
# in 2007's first three quarters (the year's observation, overtaken before it is known, is taken
# away from Q1 and added in Q4), and the check below would refuse to time it.
STAGE_TOP_UP = (
    "DELETE FROM adoption_stageobservation WHERE locator LIKE 'bench: %%'",
    """INSERT INTO adoption_stageobservation
              (created, updated, deployment_id, stage, held_from, held_from_precision, source_id, locator, note)
       SELECT now(), now(), o.deployment_id, o.stage, date_trunc(p.precision, o.held_from)::date, p.precision,
              o.source_id, 'bench: second source', ''
         FROM adoption_stageobservation o
         JOIN adoption_deployment d ON d.id = o.deployment_id
        CROSS JOIN LATERAL (SELECT (ARRAY['month', 'quarter'])[o.deployment_id %% 2 + 1] AS precision) p
        WHERE d.synthetic AND o.id %% 20 < 3""",
    """INSERT INTO adoption_stageobservation
              (created, updated, deployment_id, stage, held_from, held_from_precision, source_id, locator, note)
       SELECT now(), now(), d.id, 'considering',
              date_trunc(p.precision, d.reported_on - (30 + d.id %% 400)::int)::date, p.precision, s.id,
              'bench: earlier report', ''
         FROM adoption_deployment d
         JOIN adoption_source s ON s.slug = %(source)s
        CROSS JOIN LATERAL (SELECT (ARRAY['quarter', 'year'])[d.id %% 2 + 1] AS precision) p
        WHERE d.synthetic""",
)

# Deployments whose stored stage is not their latest observation's (none, after the top-up).
STALE_STAGES_SQL = f"""
SELECT count(*) FROM adoption_deployment d
  JOIN (SELECT DISTINCT ON (o.deployment_id) o.deployment_id, o.stage FROM adoption_stageobservation o
         ORDER BY o.deployment_id, o.held_from DESC, {RANK_SQL} DESC) l ON l.deployment_id = d.id
 WHERE d.synthetic AND d.stage <> l.stage"""  # noqa: S608 (the project's constants)

# as_of: each deployment's latest observation known by the day, by DISTINCT ON; the cells, each
# hypervisor's total (`of`) and the total in one pass. Tried too, slower: the latest by
# max((held_from, rank) as one integer) in a hash aggregate, row_number() = 1, a LATERAL
# ... LIMIT 1 per deployment, joining the deployments before DISTINCT ON.
AS_OF_SQL = f"""
SELECT h.slug, l.stage, count(*)
  FROM (SELECT DISTINCT ON (o.deployment_id) o.deployment_id, o.stage
          FROM adoption_stageobservation o
         WHERE {KNOWN_SQL} <= %(day)s
         ORDER BY o.deployment_id, o.held_from DESC, {RANK_SQL} DESC) l
  JOIN adoption_deployment d ON d.id = l.deployment_id
  JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
 WHERE d.synthetic
 GROUP BY GROUPING SETS ((h.slug, l.stage), (h.slug), ())"""  # noqa: S608 (the project's constants)

# The trend: one window pass over each deployment's observations in the order they become known.
# max((held_from, rank)) so far (as one integer: days * 8 + rank) is the latest known observation
# from this one's known day until the next one's (lead); where its stage is at or past `reached`,
# the deployment counts at the end of each quarter from the one of the first day to the one
# before that of the second. Per quarter and hypervisor: what starts minus what ends, summed in
# order, for every quarter from the first in which an observation is known to the last, and
# every hypervisor of the deployments. Tried too, slower: min(known) over the observations
# ordered after each one (a window frame of the rows following), and the as_of count of every
# quarter end (generate_series, then LATERAL DISTINCT ON or a hash aggregate per quarter).
TREND_SQL = f"""
WITH observed AS (
  SELECT o.deployment_id, d.hypervisor_id, {KNOWN_SQL} AS known,
         (o.held_from - date '1800-01-01') * 8 + {RANK_SQL} AS key
    FROM adoption_stageobservation o JOIN adoption_deployment d ON d.id = o.deployment_id
   WHERE d.synthetic),
spans AS (
  SELECT hypervisor_id, known, max(key) OVER w %% 8 AS latest, lead(known) OVER w AS ends,
         row_number() OVER w = 1 AS first
    FROM observed WINDOW w AS (PARTITION BY deployment_id ORDER BY known, key ROWS UNBOUNDED PRECEDING)),
quartered AS (
  SELECT hypervisor_id, date_trunc('quarter', known)::date AS q0, date_trunc('quarter', ends)::date AS q1,
         latest >= %(rank)s AS reached, count(*) AS n
    FROM spans WHERE latest >= %(rank)s OR first OR ends IS NULL GROUP BY 1, 2, 3, 4),
quarters AS (SELECT generate_series(min(q0), max(q0), interval '3 months')::date AS q FROM quartered),
changes AS (
  SELECT hypervisor_id, q0 AS q, sum(n) AS n FROM quartered WHERE reached AND (q1 IS NULL OR q1 > q0) GROUP BY 1, 2
  UNION ALL
  SELECT hypervisor_id, q1, -sum(n) FROM quartered WHERE reached AND q1 > q0 GROUP BY 1, 2),
hypervisors AS (SELECT DISTINCT hypervisor_id FROM adoption_deployment WHERE synthetic)
SELECT quarters.q, h.slug, (sum(coalesce(sum(changes.n), 0)) OVER (PARTITION BY h.slug ORDER BY quarters.q))::bigint
  FROM quarters CROSS JOIN hypervisors JOIN adoption_hypervisor h ON h.id = hypervisors.hypervisor_id
  LEFT JOIN changes ON changes.q = quarters.q AND changes.hypervisor_id = hypervisors.hypervisor_id
 GROUP BY quarters.q, h.slug"""  # noqa: S608 (the project's constants)

STAGE_RUNS = 5  # timed runs of each side, after one untimed; the median is printed


def median_ms(call, runs: int = STAGE_RUNS) -> float:
    call()
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        call()
        times.append(time.perf_counter() - begin)
    return statistics.median(times) * 1000


def fetch(conn, statement: str, params: dict) -> list[tuple]:
    with conn.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def exit_unless_same(url: str, ours: dict, theirs: dict) -> None:
    """Exit, naming the first cells that differ, unless the hand-written SQL counts what `url` counts."""
    differ = sorted((key for key in ours.keys() | theirs.keys() if ours.get(key) != theirs.get(key)), key=str)
    if differ:
        shown = "; ".join(f"{key}: report {ours.get(key)}, SQL {theirs.get(key)}" for key in differ[:5])
        sys.exit(f"The hand-written SQL does not count what {url} counts ({len(differ)} cells differ: {shown}).")


def as_of_counts(body: dict) -> dict:
    """The report's cells by (hypervisor, stage), each hypervisor's total by (hypervisor,), the total by ()."""
    counts: dict[tuple, int] = {(cell["hypervisor"], cell["stage"]): cell["n"] for cell in body["cells"]}
    counts.update({(cell["hypervisor"],): cell["of"] for cell in body["cells"]})
    counts[()] = body["total"]["n"]
    return counts


def bench_stages(client) -> None:
    target = env.integer("BENCH_STAGE_DEPLOYMENTS")
    demo = Deployment.objects.filter(synthetic=True)
    if demo.count() != target:
        started = time.perf_counter()
        print(f"\n== Setting the data to {target} synthetic deployments")
        generate_demo_data(deployments=target, seed=2007)
        print(f"   in {time.perf_counter() - started:.0f} s")
    observations = StageObservation.objects.filter(deployment__synthetic=True)
    generated = observations.exclude(locator__startswith="bench: ").count()
    with connection.cursor() as cursor:
        for statement in STAGE_TOP_UP:
            cursor.execute(statement, {"source": SOURCE_SLUG})
        cursor.execute("VACUUM ANALYZE")
        cursor.execute(STALE_STAGES_SQL)
        if cursor.fetchone()[0]:
            sys.exit("The stage observations added by SQL changed some deployment's stage; fix them first.")
    total = observations.count()
    deployments = demo.count()
    print(
        f"\n== Stage histories: {deployments} deployments, {total} stage observations ({total / deployments:.2f} each: "
        f"{generated / deployments:.2f} from generate_demo_data, {(total - generated) / deployments:.2f} added by SQL)"
    )
    ends = observations.annotate(known=PeriodEnd(F("held_from"), F("held_from_precision"))).aggregate(
        first=Min("known"), last=Max("known")
    )
    day = ends["first"] + datetime.timedelta(days=(ends["last"] - ends["first"]).days // 2)
    as_of_url = f"/api/reports/adoption/?group_by=hypervisor,stage&as_of={day.isoformat()}&synthetic=true"
    trend_url = "/api/reports/adoption/?group_by=period,hypervisor&period=quarter&reached=production&synthetic=true"
    reached = STAGE_RANK["production"]

    def get(url):
        def call():
            response = client.get(url)
            assert response.status_code == 200, url
            return response.content

        return call

    with connect() as conn:
        theirs = {tuple(v for v in row[:-1] if v is not None): row[-1] for row in fetch(conn, AS_OF_SQL, {"day": day})}
        exit_unless_same(as_of_url, as_of_counts(json.loads(get(as_of_url)())), theirs)
        body = json.loads(get(trend_url)())
        ours = {(cell["period"], cell["hypervisor"]): cell["n"] for cell in body["cells"]}
        rows = fetch(conn, TREND_SQL, {"rank": reached})
        exit_unless_same(trend_url, ours, {(quarter.isoformat(), slug): n for quarter, slug, n in rows})
        periods = len({cell["period"] for cell in body["cells"]})
        print(f"   counts checked identical to the hand-written SQL's; ms per request, median of {STAGE_RUNS} runs")
        print(f"{'':48}{'Django':>9}{'same SQL':>10}{'hand SQL':>10}{'ratio':>7}")
        for name, url, statement, params in (
            (f"as_of={day.isoformat()}, by hypervisor and stage", as_of_url, AS_OF_SQL, {"day": day}),
            (f"trend: {periods} quarters by hypervisor, production", trend_url, TREND_SQL, {"rank": reached}),
        ):
            replay = captured_sql(client, url)
            ours_ms = median_ms(get(url))
            replay_ms = median_ms(lambda replay=replay: run_sql(conn, replay))
            hand_ms = median_ms(lambda statement=statement, params=params: fetch(conn, statement, params))
            print(f"{name:48}{ours_ms:9.0f}{replay_ms:10.0f}{hand_ms:10.0f}{hand_ms / ours_ms:7.2f}")
            record(f"report: {name.split(',')[0].split(':')[0]}", target, f"{ours_ms:.0f} ms", f"{hand_ms:.0f} ms",
                   hand_ms / ours_ms, "under 100 ms", ours_ms < 100)  # fmt: skip
    print("   (ratio: the report's speed over the hand-written SQL's; same SQL: the request's own queries via psycopg)")


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


# The fastest SQL found by hand for the bytes the exporter writes for deployments: each
# list's children read once, sorted by deployment in an index-ordered subquery and joined
# with one string_agg per deployment (no sort per deployment, as string_agg(... ORDER BY)
# does), merge-joined to the deployments on their key; the formula guard tests a column,
# once, by its first character's code; numbers, dates and booleans, which cannot begin
# with a trigger, go unguarded. It escapes every text value as the exporter does and
# relies on nothing about the data but the column types and CHECK constraints.
GUARD_CODES = ", ".join(str(ord(char)) for char in (*FORMULA_TRIGGERS, "'"))


def _guard(column: str) -> str:
    return f"NULLIF(CASE WHEN ascii({column}) IN ({GUARD_CODES}) THEN '''' || {column} ELSE {column} END, '')"


def _escaped(text: str, separator: str) -> str:
    return rf"replace(replace({text}, '\', '\\'), '{separator}', '\{separator}')"


def _text(column: str) -> str:
    return _escaped(column, "|")


def _joined(alias: str, table: str, joins: str, fields: list[str], order: str, where: str = "") -> str:
    """LEFT JOIN of one list cell per deployment; `fields` are SQL texts, already escaped for |."""
    item = _escaped(" || '|' || ".join(fields), ";")
    return f"""LEFT JOIN (
      SELECT deployment_id, string_agg(item, ';') AS joined FROM (
        SELECT x.deployment_id, {item} AS item FROM {table} x {joins} {where}
        ORDER BY x.deployment_id, {order}) sorted
      GROUP BY deployment_id) {alias} ON {alias}.deployment_id = d.id"""  # noqa: S608 (constants)


BASELINE_CSV_SQL = f"""SELECT d.id::text, {_guard("d.reference")}, {_guard("c.slug")}, {_guard("h.slug")},
  {_guard("pr.slug")}, {_guard("d.hypervisor_version")}, {_guard("os.slug")}, {_guard("d.host_os_version")},
  {_guard("gu.joined")}, {_guard("d.stage")}, {_guard("st.joined")}, {_guard("pu.joined")}, {_guard("su.slug")},
  d.host_count::text, d.vm_count::text, to_char(d.reported_on, 'YYYY-MM-DD'), {_guard("d.reported_precision")},
  {_guard("d.summary")}, {_guard("ci.joined")}, CASE WHEN d.synthetic THEN 'true' ELSE 'false' END
FROM adoption_deployment d
JOIN adoption_organization c ON c.id = d.customer_id
JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
LEFT JOIN adoption_product pr ON pr.id = d.product_id
LEFT JOIN adoption_operatingsystem os ON os.id = d.host_os_id
LEFT JOIN adoption_organization su ON su.id = d.supplier_id
{_joined("gu", "adoption_guest", "JOIN adoption_operatingsystem o ON o.id = x.operating_system_id",
         [_text("o.slug"), _text("x.version"), _text("x.mode"), "coalesce(x.vm_count::text, '')"], "x.id")}
{_joined("st", "adoption_stageobservation", "LEFT JOIN adoption_source s ON s.id = x.source_id",
         [_text("x.stage"), "to_char(x.held_from, 'YYYY-MM-DD')", _text("x.held_from_precision"),
          f"coalesce({_text('s.slug')}, '')", _text("x.locator"), _text("x.note")], "x.held_from, x.id")}
{_joined("pu", "adoption_deployment_purposes", "JOIN adoption_purpose p ON p.id = x.purpose_id", ["p.slug"], "p.slug")}
{_joined("ci", "adoption_citation", "JOIN adoption_source s ON s.id = x.source_id",
         [_text("s.slug"), _text("x.locator"), _text("x.note")], "x.id", "WHERE x.deployment_id IS NOT NULL")}
%(where)s
ORDER BY d.id"""  # noqa: S608  # fmt: skip


def baseline_csv(where: str = "") -> str:
    """COPY of the hand-written SQL (`where`: a WHERE clause on d, the deployments)."""
    return f"COPY ({BASELINE_CSV_SQL % {'where': where}}) TO STDOUT WITH (FORMAT csv)"


def copy_out(conn, statement: str, digest: bool = False) -> tuple[int, str]:
    """Run COPY `statement` TO STDOUT through psycopg; its size and, if asked, its SHA-256."""
    size, hashed = 0, hashlib.sha256()
    with conn.cursor() as cursor:
        with cursor.copy(statement) as copy:
            for block in copy:
                size += len(block)
                if digest:
                    hashed.update(block)
    return size, hashed.hexdigest() if digest else ""


def export_out(queryset, digest: bool = False) -> tuple[int, str]:
    """Run the exporter over `queryset`, as the API and export_csv do; the size and, if
    asked, the SHA-256 of its rows (without the header line)."""
    size, hashed = 0, hashlib.sha256()
    blocks = stream_csv(DEPLOYMENTS, queryset)
    next(blocks)  # the header
    for block in blocks:
        size += len(block)
        if digest:
            hashed.update(block)
    return size, hashed.hexdigest() if digest else ""


CSV_RUNS = 3  # timed runs of each, taken in turns; the fastest of each counts


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
        # A filtered sample (the exporter then aggregates the lists of the chosen rows
        # only), then the whole: the same bytes, or no timing.
        sample = queryset.filter(pk__lte=5000)
        if export_out(sample, digest=True) != copy_out(conn, baseline_csv("WHERE d.id <= 5000"), digest=True):
            sys.exit("The exporter's rows differ from the hand-written SQL's (ids up to 5000).")
        if export_out(queryset, digest=True) != copy_out(conn, baseline_csv(), digest=True):
            sys.exit("The exporter's rows differ from the hand-written SQL's (all deployments).")
        print(f"== CSV export of all {total} deployments (rows checked identical to the hand-written SQL's)")
        runs = {
            "exporter (stream_csv)": lambda: export_out(queryset),
            "hand-written SQL, COPY via psycopg": lambda: copy_out(conn, baseline_csv()),
            "floor: COPY adoption_deployment": lambda: copy_out(conn, "COPY adoption_deployment TO STDOUT"),
        }
        timings: dict[str, list[float]] = {name: [] for name in runs}
        sizes: dict[str, int] = {}
        for _ in range(CSV_RUNS):
            for name, run in runs.items():
                begin = time.perf_counter()
                sizes[name], _ = run()
                timings[name].append(time.perf_counter() - begin)
    best = {name: min(seconds) for name, seconds in timings.items()}
    print(f"{'':36}{'rows/s':>12}{'seconds':>10}{'MB':>8}   (fastest of {CSV_RUNS} runs, taken in turns)")
    for name, seconds in best.items():
        print(f"{name:36}{total / seconds:12,.0f}{seconds:10.1f}{sizes[name] / 1e6:8.0f}")
    ours_s, hand_s, floor_s = best.values()
    print(f"ratio exporter / hand-written SQL: {hand_s / ours_s:.2f} (goal: 0.90 or better); "
          f"exporter / plain-table COPY: {floor_s / ours_s:.2f} (the floor: no joins, no lists, no guard)")  # fmt: skip
    record("CSV export", total, f"{total / ours_s:,.0f} rows/s", f"{total / hand_s:,.0f} rows/s", hand_s / ours_s,
           "ratio >= 0.90", hand_s / ours_s >= 0.9)  # fmt: skip

    half = total // 2
    print("== Exporter peak memory (RSS of a fresh process, Django loaded)")
    peaks = {rows: peak_rss_mb(rows) for rows in (0, half, total)}
    print(f"   {0:>9,} rows: {peaks[0]:6.0f} MB (the process with Django loaded, before exporting)")
    for rows in (half, total):
        print(f"   {rows:>9,} rows: {peaks[rows]:6.0f} MB (goal: flat, the same for half and all the rows)")
    grown = peaks[total] - peaks[half]
    record("CSV export memory", total, f"{peaks[total]:.0f} MB peak", f"{peaks[half]:.0f} MB at {half:,} rows", None,
           "flat (grows < 10 MB)", grown < 10)  # fmt: skip

    bench_import(queryset)


def bench_import(queryset) -> None:
    """CSV import of BENCH_IMPORT_ROWS new deployments, made from the export of existing ones."""
    import_rows = env.integer("BENCH_IMPORT_ROWS")
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
    record("CSV import", import_rows, f"{import_rows / seconds:,.0f} rows/s", "—", None, "ratio >= 0.80", False)


if __name__ == "__main__":
    if sys.argv[1:2] == ["export-rss"]:
        export_rss(int(sys.argv[2]))
    else:
        with env.exit_on_bad_setting():
            main()
