"""make bench: speeds next to baselines measured in the same run, on PostgreSQL.

1. API lists. It seeds N synthetic deployments (BENCH_DEPLOYMENTS, default 10000), then
   for BENCH_SECONDS each (default 5) measures milliseconds per request of four pages of
   GET /api/deployments/?limit=100 (first, filtered, search, 90% of the way through by
   cursor) through Django's full stack, in process, next to hand-written SQL (psycopg,
   JSON built in the database for the nested rows, the same count and keyset) plus
   json.dumps, producing the same payload (checked before timing).
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
   - import rows/s of 100,000 new deployments (BENCH_IMPORT_ROWS) with guests, stages,
     purposes and citations, through services.csv_import with its validation and history,
     next to a set-based SQL import of the same file (COPY into a staging table, keys
     resolved with joins, bad rows found with anti-joins, INSERT ... SELECT of the records,
     their lists and history), checked first to write the same rows and history; and the
     importer's peak memory (RSS of a fresh process).
5. Pages at scale. It grows the data to BENCH_PAGE_DEPLOYMENTS (default 1000000) and times
   the pages of section 1 again, each held to 1.5 times its cost in section 1.
The run ends with one table of every measurement: path, scale, project, baseline, ratio,
goal, met.
Run with DATABASE_URL pointing at PostgreSQL (scripts/with-postgres.sh starts a
throwaway one). BENCH_ONLY=stages (or lists, reports, csv, pages; several, comma-separated) runs
only those sections, each seeding the data it needs.
"""

import base64
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
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import F, Max, Min  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from rest_framework.utils.urls import remove_query_param, replace_query_param  # noqa: E402

from adoption import audit  # noqa: E402
from adoption.api.pagination import EXACT_COUNT_UP_TO, Key  # noqa: E402
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
from adoption.services.tallies import recount_demo_data  # noqa: E402
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
 WHERE {where}
 ORDER BY d.reported_on DESC, d.reference
 LIMIT %(limit)s
"""


def timestamp(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def brief(resource, pk, slug, name):
    return None if pk is None else {"id": pk, "url": f"{BASE}{resource}/{pk}/", "slug": slug, "name": name}


def baseline_page(conn, page: "Page") -> bytes:
    """The API's payload, by hand: one query for the page (and one row more, to know whether
    another follows), a capped count and, past its cap, the planner's estimate; json.dumps."""
    with conn.cursor() as cursor:
        params = {**page.params, "limit": LIMIT + 1}
        if page.resolve:  # a filter by slug reads the record's id first, as django-filter does
            cursor.execute(page.resolve, params)
            params["resolved"] = cursor.fetchone()[0]
        where = page.matches + (f" AND {KEYSET_SQL}" if page.cursor else "")
        cursor.execute(PAGE_SQL.format(where=where), {**params, **page.keyset})
        rows = cursor.fetchall()
        count, estimated = len(rows), False  # a first page with no next: counted by its rows
        if page.cursor or len(rows) > LIMIT:
            # The bench's own constants only reach these statements (S608).
            capped = f"SELECT count(*) FROM (SELECT 1 FROM adoption_deployment d WHERE {page.matches} LIMIT %(cap)s) c"  # noqa: S608
            cursor.execute(capped, {**params, "cap": EXACT_COUNT_UP_TO + 1})
            (count,) = cursor.fetchone()
            estimated = count > EXACT_COUNT_UP_TO
            if estimated:
                explain = f"EXPLAIN (FORMAT JSON) SELECT d.id FROM adoption_deployment d WHERE {page.matches}"  # noqa: S608
                cursor.execute(explain, params)
                count = int(cursor.fetchone()[0][0]["Plan"]["Plan Rows"])
    more, rows = len(rows) > LIMIT, rows[:LIMIT]
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
    url = f"http://testserver{page.url}"
    links: tuple[str | None, str | None]
    if page.cursor:
        first, last = results[0], results[-1]
        count = max(count, len(results) + more)
        links = (
            cursor_link(url, [last["reported_on"], last["reference"]], False) if more else None,
            cursor_link(url, [first["reported_on"], first["reference"]], True),
        )
    else:
        count = max(count, len(results) + more)
        links = (replace_query_param(replace_query_param(url, "limit", LIMIT), "offset", LIMIT) if more else None, None)
    payload = {"count": count, "count_estimated": estimated, "next": links[0], "previous": links[1], "results": results}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


# The keyset of the default ordering (-reported_on, reference): the row's date bounds the index scan.
KEYSET_SQL = (
    "d.reported_on <= %(on)s AND (d.reported_on < %(on)s OR (d.reported_on = %(on)s AND d.reference > %(ref)s))"
)


def cursor_link(url: str, values: list, backwards: bool) -> str:
    payload = {"o": ["-reported_on", "reference"], "k": values, **({"b": True} if backwards else {})}
    token = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    url = replace_query_param(remove_query_param(url, "offset"), "limit", LIMIT)
    return replace_query_param(url, "cursor", token)


@dataclass
class Page:
    """One kind of page of GET /api/deployments/, and how the hand-written baseline selects it."""

    name: str
    query: str  # the API's query string, without limit
    matches: str = "true"  # the baseline's WHERE
    params: dict = field(default_factory=dict)
    resolve: str = ""  # a statement whose one value is params["resolved"]
    keyset: dict = field(default_factory=dict)  # on, ref: the row the page starts after

    @property
    def cursor(self) -> bool:
        return bool(self.keyset)

    @property
    def url(self) -> str:
        return f"/api/deployments/?limit={LIMIT}" + (f"&{self.query}" if self.query else "")


def pages(deep: int) -> list[Page]:
    """The four pages of goal 3: first, filtered, search, and one `deep` rows into the list."""
    row = Deployment.objects.order_by("-reported_on", "reference").values_list("reported_on", "reference")[deep - 1]
    token = Key(Deployment, ["-reported_on", "reference"]).encode(list(row), backwards=False)
    like = "UPPER(%(q)s)"
    return [
        Page("first page", ""),
        Page(
            "filtered (hypervisor=xen&stage=production)",
            "hypervisor=xen&stage=production",
            "d.hypervisor_id = %(resolved)s AND d.stage = 'production'",
            resolve="SELECT id FROM adoption_hypervisor WHERE slug = 'xen'",
        ),
        Page(
            "search (q=casio)",
            "q=casio",
            f"""d.id IN (SELECT id FROM adoption_deployment WHERE UPPER(reference::text) LIKE {like}
                                                             OR UPPER(summary) LIKE {like}
                         UNION SELECT dd.id FROM adoption_deployment dd JOIN adoption_organization o
                                   ON o.id = dd.customer_id WHERE UPPER(o.name::text) LIKE {like}
                         UNION SELECT dd.id FROM adoption_deployment dd JOIN adoption_organizationalias a
                                   ON a.organization_id = dd.customer_id WHERE UPPER(a.name::text) LIKE {like}
                         UNION SELECT dd.id FROM adoption_deployment dd JOIN adoption_hypervisor h
                                   ON h.id = dd.hypervisor_id WHERE UPPER(h.name::text) LIKE {like}
                         UNION SELECT dd.id FROM adoption_deployment dd JOIN adoption_operatingsystem os
                                   ON os.id = dd.host_os_id WHERE UPPER(os.name::text) LIKE {like}
                         UNION SELECT dd.id FROM adoption_deployment dd JOIN adoption_organization s
                                   ON s.id = dd.supplier_id WHERE UPPER(s.name::text) LIKE {like})""",  # noqa: S608
            params={"q": "%casio%"},
        ),
        Page(f"{deep:,} rows in (cursor)", f"cursor={token}", keyset={"on": row[0], "ref": row[1]}),
    ]


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
SECTIONS = ("lists", "reports", "stages", "csv", "pages")


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
    if not only or "pages" in only:
        bench_pages(client, seconds)
    print_table()


def bench_lists(client, seconds: float) -> None:
    deployments = env.integer("BENCH_DEPLOYMENTS")
    print(f"== {deployments} synthetic deployments")
    generate_demo_data(deployments=deployments, seed=2007)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    measure_pages(client, seconds)


def bench_pages(client, seconds: float) -> None:
    target = env.integer("BENCH_PAGE_DEPLOYMENTS")
    if Deployment.objects.filter(synthetic=True).count() != target:  # the CSV section's million, or a new set
        started = time.perf_counter()
        print(f"\n== Setting the data to {target} synthetic deployments")
        generate_demo_data(deployments=target, seed=2007)
        print(f"   in {time.perf_counter() - started:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    measure_pages(client, seconds)


# ms per page kind at the first scale measured, which later scales are held to (goal 3).
FIRST_COSTS: dict[str, float] = {}


def measure_pages(client, seconds: float) -> None:
    total = Deployment.objects.count()
    print(f"== GET /api/deployments/ pages on {total:,} deployments, {seconds:g} s each (payloads checked identical)")
    print(f"{'':48}{'API ms':>9}{'hand ms':>9}{'ratio':>7}")
    with connect() as conn:
        for page in pages(total * 9 // 10):

            def api_page(url=page.url) -> bytes:
                response = client.get(url)
                assert response.status_code == 200, response.content[:300]
                return response.content

            if json.loads(api_page()) != json.loads(baseline_page(conn, page)):
                sys.exit(f"The baseline of {page.name} does not produce the API's payload; fix it before timing.")
            api_ms = 1000 / rate(api_page, seconds)[0]
            base_ms = 1000 / rate(lambda page=page: baseline_page(conn, page), seconds)[0]
            ratio = base_ms / api_ms
            print(f"{page.name:48}{api_ms:9.1f}{base_ms:9.1f}{ratio:7.2f}")
            kind = page.name if not page.cursor else "90% in (cursor)"
            first = FIRST_COSTS.setdefault(kind, api_ms)
            goal, met = "ratio >= 0.70", ratio >= 0.7
            if first != api_ms:
                goal, met = f"{goal}, <= 1.5 x {first:.1f} ms", met and api_ms <= 1.5 * first
            record(f"list, {kind}", total, f"{api_ms:.1f} ms", f"{base_ms:.1f} ms", ratio, goal, met)


DEPLOYMENTS = RESOURCES["deployments"]

# The example reports of docs/how-to/reports.md, each with hand-written SQL whose first statement gives the
# same counts (checked before timing): its leading columns are the report's keys, its last the count.
# Each report: its URL, hand-written SQL over the records, and hand-written SQL over the running
# counts the project keeps (selectors.tallies: keys are JSON, a related record by id); the first
# statement of each gives the cells, and both are checked to count what the project answers.
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
        """SELECT t.key1::jsonb #>> '{}', sum(t.n) FROM adoption_reporttally t
             JOIN adoption_hypervisor h ON t.key0 = h.id::text
            WHERE t.kind = 'deployments' AND t.dimensions = 'hypervisor,guest_os_family' AND h.slug = 'xen'
            GROUP BY 1 HAVING sum(t.n) > 0;
           SELECT sum(t.n) FROM adoption_reporttally t JOIN adoption_hypervisor h ON t.key0 = h.id::text
            WHERE t.kind = 'deployments' AND t.dimensions = 'hypervisor' AND h.slug = 'xen'""",
    ),
    (
        "stage by years of Linux in production",
        "/api/reports/adoption/?group_by=linux_years,stage&records=responses&synthetic=include",
        """SELECT linux_years, stage, count(*) FROM adoption_surveyresponse GROUP BY 1, 2;
           SELECT linux_years, count(*) FROM adoption_surveyresponse GROUP BY 1;
           SELECT count(*) FROM adoption_surveyresponse""",
        """SELECT (t.key1::jsonb #>> '{}')::int, t.key0::jsonb #>> '{}', sum(t.n) FROM adoption_reporttally t
            WHERE t.kind = 'responses' AND t.dimensions = 'stage,linux_years' GROUP BY 1, 2 HAVING sum(t.n) > 0;
           SELECT t.key0, sum(t.n) FROM adoption_reporttally t
            WHERE t.kind = 'responses' AND t.dimensions = 'linux_years' GROUP BY 1;
           SELECT sum(n) FROM adoption_reporttally WHERE kind = 'responses' AND dimensions = ''""",
    ),
    (
        "deployments per hypervisor per year",
        "/api/reports/adoption/?group_by=hypervisor,year&records=deployments&synthetic=include",
        """SELECT h.slug, extract(year FROM d.reported_on)::int, h.name, count(*)
             FROM adoption_deployment d JOIN adoption_hypervisor h ON h.id = d.hypervisor_id GROUP BY 1, 2, 3;
           SELECT h.slug, count(*) FROM adoption_deployment d JOIN adoption_hypervisor h ON h.id = d.hypervisor_id
            GROUP BY 1;
           SELECT count(*) FROM adoption_deployment""",
        """SELECT h.slug, (t.key1::jsonb #>> '{}')::int, h.name, sum(t.n) FROM adoption_reporttally t
             JOIN adoption_hypervisor h ON t.key0 = h.id::text
            WHERE t.kind = 'deployments' AND t.dimensions = 'hypervisor,year' GROUP BY 1, 2, 3 HAVING sum(t.n) > 0;
           SELECT h.slug, sum(t.n) FROM adoption_reporttally t JOIN adoption_hypervisor h ON t.key0 = h.id::text
            WHERE t.kind = 'deployments' AND t.dimensions = 'hypervisor' GROUP BY 1;
           SELECT sum(n) FROM adoption_reporttally WHERE kind = 'deployments' AND dimensions = ''""",
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
    print(f"{'':48}{'Django':>9}{'same SQL':>10}{'records':>10}{'counts':>10}")
    with connect() as conn:
        for name, url, records_sql, counts_sql in EXAMPLE_REPORTS:
            replay = captured_sql(client, url)
            by_records, by_counts = ([s for s in sql.split(";") if s.strip()] for sql in (records_sql, counts_sql))
            check_same_counts(client, url, conn, by_records[0])
            check_same_counts(client, url, conn, by_counts[0])
            ours, theirs, records, counts = (
                1000 / rate(get(url), seconds)[0],
                1000 / rate(lambda replay=replay: run_sql(conn, replay), seconds)[0],
                1000 / rate(lambda hand=by_records: run_sql(conn, hand), seconds)[0],
                1000 / rate(lambda hand=by_counts: run_sql(conn, hand), seconds)[0],
            )
            print(f"{name:48}{ours:9.1f}{theirs:10.1f}{records:10.1f}{counts:10.1f}")
            record(f"report: {name}", target, f"{ours:.1f} ms", f"{counts:.1f} ms (counts; records {records:.0f} ms)",
                   counts / ours, "under 100 ms", ours < 100)  # fmt: skip
        # The data here is demo data: "/" counts the real records only (a handful), "?synthetic=include" all of it.
        for page, what in (("/", "real records"), ("/?synthetic=include", "with demo data")):
            replay = captured_sql(client, page)
            ours = 1000 / rate(get(page), seconds)[0]
            theirs = 1000 / rate(lambda r=replay: run_sql(conn, r), seconds)[0]
            label = f"dashboard ({page}), computed: {len(replay)} queries"
            print(f"{label:48}{ours:9.1f}{theirs:10.1f}{'—':>10}{'—':>10}")
            record(f"dashboard, uncached, {what}", target, f"{ours:.1f} ms", f"{theirs:.1f} ms (its SQL)", None,
                   "under 100 ms", ours < 100)  # fmt: skip
        settings.DASHBOARD_CACHE_SECONDS = 60
        cached = 1000 / rate(get("/"), seconds)[0]
        settings.DASHBOARD_CACHE_SECONDS = 0
        print(f"{'dashboard (/), from its cache (60 s)':48}{cached:9.1f}{'—':>10}{'—':>10}{'—':>10}")
    print("   (same SQL: the request's own queries through psycopg, without Django; records: hand-written SQL over")
    print("   the records; counts: hand-written SQL over the running counts, the best that gives the same cells)")
    started = time.perf_counter()
    call_command("check_tallies", stdout=io.StringIO())
    print(
        f"   check_tallies (every cell recounted from the records and compared): {time.perf_counter() - started:.1f} s"
    )


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
    # SQL keeps no running counts (services.tallies): count the demo data again, as its bulk writes do.
    recount_demo_data()
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
# list's children read once, numbered in the list's order by one sort and joined with one
# string_agg per deployment in that order (stated: a sorted subquery alone keeps its order
# only usually), merge-joined to the deployments on their key; the formula guard tests a column,
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
      SELECT deployment_id, string_agg(item, ';' ORDER BY position) AS joined FROM (
        SELECT x.deployment_id, {item} AS item, row_number() OVER (ORDER BY x.deployment_id, {order}) AS position
          FROM {table} x {joins} {where}
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
    bench_demo_data(target)  # timed: goal 6
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    total = Deployment.objects.count()

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


def import_file(queryset, rows: int) -> bytes:
    """A CSV file of `rows` new deployments (imported-<reference>), made from the export of existing ones."""
    sample = b"".join(stream_csv(DEPLOYMENTS, queryset.filter(reference__startswith="synthetic-")[:rows]))
    reader = csv.reader(io.StringIO(sample.decode(), newline=""))
    header = next(reader)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header[1:])  # no id column: new records
    for row in reader:
        writer.writerow(["imported-" + row[1], *row[2:]])
    return text.getvalue().encode()


def _sql_text(values) -> str:
    return ", ".join("'" + str(value).replace("'", "''") + "'" for value in values)


# The set-based import, in SQL: the file is COPYed into a staging table, each cell decoded
# (the spreadsheet quote undone, lists split with their escapes), every key resolved with
# a join, every bad row found with anti-joins and checks, then the records, their lists,
# their purposes and every history row written with INSERT ... SELECT. Temporary
# functions and tables, dropped at the end of the transaction.
_DECODE_SQL = r"""
CREATE FUNCTION pg_temp.cell(text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN left($1, 1) = '''' THEN substr($1, 2) ELSE coalesce($1, '') END $$;
CREATE FUNCTION pg_temp.items(text, text) RETURNS TABLE (item text, n bigint) LANGUAGE sql IMMUTABLE AS
  $$ SELECT replace(replace(part, chr(2), $2), chr(1), '\'), n
     FROM unnest(string_to_array(replace(replace($1, '\\', chr(1)), '\' || $2, chr(2)), $2))
          WITH ORDINALITY AS t(part, n)
     WHERE $1 <> '' $$;
CREATE FUNCTION pg_temp.fields(text) RETURNS text[] LANGUAGE sql IMMUTABLE AS
  $$ SELECT string_to_array(replace(replace($1, '\\', chr(1)), '\|', chr(2)), '|') $$;
CREATE FUNCTION pg_temp.field(text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT replace(replace($1, chr(2), '|'), chr(1), '\') $$;
CREATE FUNCTION pg_temp.stripped(text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT btrim($1, E' \t\n\r\f\v') $$;
CREATE FUNCTION pg_temp.period_start(date, text) RETURNS date LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN $2 = 'day' THEN $1 ELSE date_trunc($2, $1)::date END $$;
CREATE FUNCTION pg_temp.is_date(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS
  $$ SELECT $1 ~ '^\d{4}-\d{2}-\d{2}$' AND to_char(to_date($1, 'YYYY-MM-DD'), 'YYYY-MM-DD') = $1 $$;
"""


def run_statements(cursor, statements: str, params: tuple = ()) -> None:
    """Run each statement of `statements` (each ends with a semicolon and a line break) with
    `params`, the same for every statement that takes them."""
    for statement in statements.split(";\n"):
        if statement.strip():
            cursor.execute(statement, params if "%s" in statement else None)


def baseline_import(cursor, data: bytes, columns: list[str]) -> int:
    """Import `data` (the bench's file of new deployments) in set-based SQL; the rows imported."""
    from adoption.choices import BOOLEAN_WORDS, DatePrecision, Stage, VirtualizationMode
    from adoption.dates import FIRST_OBSERVED

    context = audit.current()
    staged = ", ".join(f"{name} text" for name in columns)
    cursor.execute(_DECODE_SQL)
    cursor.execute(f"CREATE TEMP TABLE import_file (line bigserial, {staged}) ON COMMIT DROP")
    with cursor.copy(f"COPY import_file ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, HEADER true)") as copy:
        copy.write(data)
    stage_rank = " ".join(f"WHEN '{stage}' THEN {rank}" for stage, rank in STAGE_RANK.items())
    true_words = _sql_text(word for word, value in BOOLEAN_WORDS.items() if value)
    precisions, stages, modes = (_sql_text(c.values) for c in (DatePrecision, Stage, VirtualizationMode))
    run_statements(
        cursor,
        f"""
        CREATE TEMP TABLE import_row ON COMMIT DROP AS
        SELECT f.line, pg_temp.stripped(pg_temp.cell(f.reference)) AS reference,
               o.id AS customer_id, pg_temp.cell(f.customer) AS customer,
               h.id AS hypervisor_id, pg_temp.cell(f.hypervisor) AS hypervisor,
               p.id AS product_id, p.hypervisor_id AS product_hypervisor_id, pg_temp.cell(f.product) AS product,
               pg_temp.stripped(pg_temp.cell(f.hypervisor_version)) AS hypervisor_version,
               os.id AS host_os_id, pg_temp.cell(f.host_os) AS host_os,
               pg_temp.stripped(pg_temp.cell(f.host_os_version)) AS host_os_version,
               pg_temp.cell(f.guests) AS guests, pg_temp.cell(f.stage) AS stage, pg_temp.cell(f.stages) AS stages,
               pg_temp.cell(f.purposes) AS purposes,
               s.id AS supplier_id, pg_temp.cell(f.supplier) AS supplier,
               pg_temp.cell(f.host_count) AS host_count, pg_temp.cell(f.vm_count) AS vm_count,
               pg_temp.cell(f.reported_on) AS reported_on,
               coalesce(nullif(pg_temp.cell(f.reported_precision), ''), 'day') AS reported_precision,
               pg_temp.stripped(pg_temp.cell(f.summary)) AS summary, pg_temp.cell(f.citations) AS citations,
               lower(pg_temp.stripped(pg_temp.cell(f.synthetic))) IN ({true_words}) AS synthetic
        FROM import_file f
        LEFT JOIN adoption_organization o ON o.slug = pg_temp.cell(f.customer)
        LEFT JOIN adoption_hypervisor h ON h.slug = pg_temp.cell(f.hypervisor)
        LEFT JOIN adoption_product p ON p.slug = pg_temp.cell(f.product)
        LEFT JOIN adoption_operatingsystem os ON os.slug = pg_temp.cell(f.host_os)
        LEFT JOIN adoption_organization s ON s.slug = pg_temp.cell(f.supplier);
        CREATE TEMP TABLE import_guest ON COMMIT DROP AS
        SELECT r.line, r.reference, g.n, os.id AS operating_system_id, pg_temp.field(x[1]) AS os,
               pg_temp.stripped(coalesce(pg_temp.field(x[2]), '')) AS version,
               coalesce(nullif(pg_temp.field(x[3]), ''), 'unknown') AS mode,
               nullif(pg_temp.field(x[4]), '') AS vm_count
        FROM import_row r CROSS JOIN LATERAL pg_temp.items(r.guests, ';') g
        CROSS JOIN LATERAL pg_temp.fields(g.item) x
        LEFT JOIN adoption_operatingsystem os ON os.slug = pg_temp.field(x[1]);
        CREATE TEMP TABLE import_stage ON COMMIT DROP AS
        SELECT r.line, r.reference, g.n, pg_temp.field(x[1]) AS stage, pg_temp.field(x[2]) AS held_on,
               coalesce(nullif(pg_temp.field(x[3]), ''), 'day') AS held_from_precision,
               src.id AS source_id, pg_temp.field(x[4]) AS source,
               pg_temp.stripped(coalesce(pg_temp.field(x[5]), '')) AS locator,
               pg_temp.stripped(coalesce(pg_temp.field(x[6]), '')) AS note
        FROM import_row r CROSS JOIN LATERAL pg_temp.items(r.stages, ';') g
        CROSS JOIN LATERAL pg_temp.fields(g.item) x
        LEFT JOIN adoption_source src ON src.slug = pg_temp.field(x[4]);
        CREATE TEMP TABLE import_citation ON COMMIT DROP AS
        SELECT r.line, r.reference, g.n, src.id AS source_id, pg_temp.field(x[1]) AS source,
               pg_temp.stripped(coalesce(pg_temp.field(x[2]), '')) AS locator,
               pg_temp.stripped(coalesce(pg_temp.field(x[3]), '')) AS note
        FROM import_row r CROSS JOIN LATERAL pg_temp.items(r.citations, ';') g
        CROSS JOIN LATERAL pg_temp.fields(g.item) x
        LEFT JOIN adoption_source src ON src.slug = pg_temp.field(x[1]);
        CREATE TEMP TABLE import_purpose ON COMMIT DROP AS
        SELECT r.line, r.reference, g.n, pu.id AS purpose_id, g.item AS purpose
        FROM import_row r CROSS JOIN LATERAL pg_temp.items(r.purposes, ';') g
        LEFT JOIN adoption_purpose pu ON pu.slug = g.item;
        CREATE INDEX ON import_stage (line);
        ANALYZE import_row; ANALYZE import_guest; ANALYZE import_stage; ANALYZE import_citation;
        ANALYZE import_purpose;
    """,  # noqa: S608 (the bench's own literals)
    )
    # Every bad row, by what is wrong with it; the import stops if there is any.
    checks = {
        "reference": """SELECT line FROM import_row WHERE reference !~ '^[-a-zA-Z0-9_]+$' OR length(reference) > 100
            UNION ALL SELECT max(line) FROM import_row GROUP BY reference HAVING count(*) > 1
            UNION ALL SELECT line FROM import_row WHERE reference IN (SELECT reference FROM adoption_deployment)
            UNION ALL SELECT line FROM import_row
            WHERE reference IN (SELECT reference FROM adoption_historicaldeployment)""",
        "keys": """SELECT line FROM import_row WHERE customer_id IS NULL OR hypervisor_id IS NULL
            OR (product <> '' AND product_id IS NULL) OR (host_os <> '' AND host_os_id IS NULL)
            OR (supplier <> '' AND supplier_id IS NULL) OR product_hypervisor_id <> hypervisor_id
            OR (host_os_version <> '' AND host_os_id IS NULL)""",
        "values": f"""SELECT line FROM import_row WHERE NOT pg_temp.is_date(reported_on)
            OR reported_precision NOT IN ({precisions}) OR summary = '' OR length(summary) > 5000
            OR length(hypervisor_version) > 50 OR length(host_os_version) > 50
            OR host_count !~ '^\\d{{0,9}}$' OR vm_count !~ '^\\d{{0,9}}$'""",  # noqa: S608 (the bench's own literals)
        "guests": f"""SELECT line FROM import_guest WHERE operating_system_id IS NULL
            OR mode NOT IN ({modes}) OR coalesce(vm_count, '0') !~ '^\\d{{1,9}}$' OR length(version) > 50
            UNION ALL SELECT line FROM import_guest GROUP BY line, operating_system_id, version
            HAVING count(*) > 1""",  # noqa: S608 (the bench's own literals)
        "stages": f"""SELECT line FROM import_stage WHERE stage NOT IN ({stages}) OR source_id IS NULL
            OR held_from_precision NOT IN ({precisions}) OR NOT pg_temp.is_date(held_on)
            OR held_on::date < '{FIRST_OBSERVED.isoformat()}' OR held_on::date > current_date
            OR length(locator) > 100 OR length(note) > 2000
            UNION ALL SELECT line FROM import_stage GROUP BY line, stage, held_on, source_id, locator
            HAVING count(*) > 1""",  # noqa: S608 (the bench's own literals)
        "citations": """SELECT line FROM import_citation WHERE source_id IS NULL
            OR length(locator) > 100 OR length(note) > 2000
            UNION ALL SELECT line FROM import_citation GROUP BY line, source_id, locator HAVING count(*) > 1""",
        "purposes": """SELECT line FROM import_purpose WHERE purpose_id IS NULL
            UNION ALL SELECT line FROM import_purpose GROUP BY line, purpose_id HAVING count(*) > 1""",
        "lists": """SELECT line FROM import_row
            WHERE line NOT IN (SELECT line FROM import_citation) OR line NOT IN (SELECT line FROM import_stage)""",
    }
    bad = {}
    for name, statement in checks.items():
        cursor.execute(statement)
        if lines := cursor.fetchall():
            bad[name] = [line for (line,) in lines[:5]]
    if bad:
        raise ValueError(f"the baseline found bad rows: {bad}")
    # A record's stage is its latest observation's (the latest held_from, then the furthest stage).
    latest = f"""(SELECT s.stage FROM import_stage s WHERE s.line = r.line
        ORDER BY pg_temp.period_start(s.held_on::date, s.held_from_precision) DESC,
                 CASE s.stage {stage_rank} END DESC LIMIT 1)"""  # noqa: S608 (the bench's own literals)
    cursor.execute(f"SELECT count(*) FROM import_row r WHERE r.stage <> '' AND r.stage <> {latest}")  # noqa: S608 (the bench's own literals)
    if cursor.fetchone()[0]:
        raise ValueError("the baseline found rows whose stage is not their latest observation's")
    shared = "now(), 'CSV import', '+', NULL, %s, %s, %s"
    history_columns = (
        "history_date, history_change_reason, history_type, history_user_id, "
        "history_entry_point, history_actor, history_change"
    )
    deployment_columns = (
        "reference, customer_id, hypervisor_id, product_id, hypervisor_version, host_os_id, host_os_version, "
        "stage, supplier_id, host_count, vm_count, reported_on, reported_precision, summary, synthetic"
    )
    guest_columns = "deployment_id, operating_system_id, version, mode, vm_count"
    stage_columns = "deployment_id, stage, held_from, held_from_precision, source_id, locator, note"
    citation_columns = "deployment_id, event_id, source_id, locator, note"

    def copied(alias: str, columns: str) -> str:
        return ", ".join(f"{alias}.{column}" for column in ["id", "created", "updated", *columns.split(", ")])

    run_statements(
        cursor,
        f"""
        CREATE TEMP TABLE import_new ON COMMIT DROP AS WITH new AS (
            INSERT INTO adoption_deployment (created, updated, {deployment_columns})
            SELECT now(), now(), r.reference, r.customer_id, r.hypervisor_id, r.product_id, r.hypervisor_version,
                   r.host_os_id, r.host_os_version, {latest}, r.supplier_id, nullif(r.host_count, '')::integer,
                   nullif(r.vm_count, '')::integer,
                   pg_temp.period_start(r.reported_on::date, r.reported_precision), r.reported_precision,
                   r.summary, r.synthetic
            FROM import_row r ORDER BY r.line
            RETURNING id, reference)
        SELECT * FROM new;
        CREATE UNIQUE INDEX ON import_new (reference);
        ANALYZE import_new;
        CREATE TEMP TABLE import_child ON COMMIT DROP AS
        WITH g AS (
            INSERT INTO adoption_guest (created, updated, {guest_columns})
            SELECT now(), now(), d.id, g.operating_system_id, g.version, g.mode, g.vm_count::integer
            FROM import_guest g JOIN import_new d USING (reference) ORDER BY g.line, g.n
            RETURNING id),
        s AS (
            INSERT INTO adoption_stageobservation (created, updated, {stage_columns})
            SELECT now(), now(), d.id, s.stage, pg_temp.period_start(s.held_on::date, s.held_from_precision),
                   s.held_from_precision, s.source_id, s.locator, s.note
            FROM import_stage s JOIN import_new d USING (reference) ORDER BY s.line, s.n
            RETURNING id),
        c AS (
            INSERT INTO adoption_citation (created, updated, {citation_columns})
            SELECT now(), now(), d.id, NULL, c.source_id, c.locator, c.note
            FROM import_citation c JOIN import_new d USING (reference) ORDER BY c.line, c.n
            RETURNING id),
        p AS (
            INSERT INTO adoption_deployment_purposes (deployment_id, purpose_id)
            SELECT d.id, p.purpose_id FROM import_purpose p JOIN import_new d USING (reference)
            ORDER BY p.line, p.n
            RETURNING id)
        SELECT 'guest' AS kind, id FROM g UNION ALL SELECT 'stage', id FROM s UNION ALL SELECT 'citation', id FROM c
        UNION ALL SELECT 'purpose', id FROM p;
        WITH h AS (
            INSERT INTO adoption_historicaldeployment (id, created, updated, {deployment_columns}, {history_columns})
            SELECT {copied("d", deployment_columns)}, {shared}
            FROM adoption_deployment d JOIN import_new n USING (id)
            RETURNING history_id, id)
        INSERT INTO adoption_historicaldeployment_purposes (id, history_id, deployment_id, purpose_id)
        SELECT t.id, h.history_id, t.deployment_id, t.purpose_id
        FROM h JOIN adoption_deployment_purposes t ON t.deployment_id = h.id;
        INSERT INTO adoption_historicalguest (id, created, updated, {guest_columns}, {history_columns})
        SELECT {copied("g", guest_columns)}, {shared}
        FROM adoption_guest g JOIN import_child c ON c.kind = 'guest' AND c.id = g.id;
        INSERT INTO adoption_historicalstageobservation (id, created, updated, {stage_columns}, {history_columns})
        SELECT {copied("s", stage_columns)}, {shared}
        FROM adoption_stageobservation s JOIN import_child c ON c.kind = 'stage' AND c.id = s.id;
        INSERT INTO adoption_historicalcitation (id, created, updated, {citation_columns}, {history_columns})
        SELECT {copied("t", citation_columns)}, {shared}
        FROM adoption_citation t JOIN import_child c ON c.kind = 'citation' AND c.id = t.id;
    """,  # noqa: S608 (the bench's own literals)
        (context.entry_point, context.actor, context.change),
    )
    cursor.execute("SELECT count(*) FROM import_new")
    return cursor.fetchone()[0]


# What an import wrote, without what differs between two runs that write the same thing:
# ids (a record's parent is named by its reference), timestamps and the change's id.
_UNCOMPARED = {"id", "created", "updated", "history_id", "history_date", "history_change", "m2m_history_id"}


def imported_contents(prefix: str = "imported-") -> dict[str, list]:
    """Every row the bench's import wrote (records, lists, links, history), ids replaced by references."""
    from simple_history.models import HistoricalRecords

    from adoption.models import Citation, Guest

    references = dict(Deployment.objects.filter(reference__startswith=prefix).values_list("pk", "reference"))
    contents: dict[str, list] = {}

    def rows(name: str, queryset, parent: str) -> None:
        found = []
        for values in queryset.values():
            values[parent] = references.get(values[parent], values[parent])
            found.append(tuple(sorted((k, str(v)) for k, v in values.items() if k not in _UNCOMPARED)))
        contents[name] = sorted(found)

    rows("deployments", Deployment.objects.filter(pk__in=references).annotate(of=F("pk")), "of")
    changes: set = set()
    for model in (Guest, StageObservation, Citation):
        queryset = model.objects.filter(deployment_id__in=references)
        pks = list(queryset.values_list("pk", flat=True))
        rows(model.__name__, queryset, "deployment_id")
        history = model.history.filter(id__in=pks)
        rows(f"history of {model.__name__}", history, "deployment_id")
        changes.update(history.values_list("history_change", flat=True))
    rows("purposes", Deployment.purposes.through.objects.filter(deployment_id__in=references), "deployment_id")
    history = Deployment.history.filter(id__in=references)
    rows("history of Deployment", history.annotate(of=F("id")), "of")
    changes.update(history.values_list("history_change", flat=True))
    (m2m_field,) = Deployment.history.model._history_m2m_fields
    m2m_history = HistoricalRecords.m2m_models[m2m_field].objects.filter(history__in=history)
    rows("history of purposes", m2m_history, "deployment_id")
    contents["change ids"] = [len(changes), None in changes]  # one change for the whole import
    return contents


def import_rss(path: str) -> None:
    """Import the file at `path` (and roll back); print this process's peak resident memory before and after."""
    data = Path(path).read_bytes()
    before = peak_resident_mb()
    with transaction.atomic():
        import_csv(DEPLOYMENTS, data)
        transaction.set_rollback(True)
    print(before, peak_resident_mb())


def import_peak_mb(data: bytes) -> tuple[float, float]:
    """Peak resident memory of a fresh process with the file `data` read, and after importing it."""
    with tempfile.NamedTemporaryFile(suffix=".csv") as file:
        file.write(data)
        file.flush()
        run = subprocess.run(  # noqa: S603 (this script, run by this interpreter)
            [sys.executable, __file__, "import-rss", file.name], check=False, capture_output=True, text=True
        )
    if run.returncode:
        sys.exit(f"The import in a fresh process failed:\n{run.stderr[-3000:]}")
    before, after = run.stdout.split()[-2:]
    return float(before), float(after)


def first_rows(data: bytes, rows: int) -> bytes:
    """The header and the first `rows` rows of the bench's file (its rows have no line breaks)."""
    end = 0
    for _ in range(rows + 1):
        end = data.find(b"\n", end) + 1
        if end == 0:
            return data
    return data[:end]


IMPORT_CHECKED_ROWS = 2500  # more than one chunk of the importer (upsert.CHUNK_SIZE)


def bench_import(queryset) -> None:
    """CSV import of BENCH_IMPORT_ROWS new deployments, next to a set-based SQL import of the same file.

    Both are checked first, on the file's first rows, to write the same rows and history;
    every run is rolled back, so each one writes into the same tables."""
    import_rows = env.integer("BENCH_IMPORT_ROWS")
    print(f"== CSV import of {import_rows:,} new deployments (guests, purposes, citations; validated, with history)")
    data = import_file(queryset, import_rows)
    columns = data[: data.index(b"\n")].decode().split(",")

    def project(data: bytes) -> int:
        return len(import_csv(DEPLOYMENTS, data).outcomes)

    def baseline(data: bytes) -> int:
        with audit.ensure("import"), connection.cursor() as cursor:
            return baseline_import(cursor, data, columns)

    contents = []
    for run in (project, baseline):
        with transaction.atomic():
            run(first_rows(data, IMPORT_CHECKED_ROWS))
            contents.append(imported_contents())
            transaction.set_rollback(True)
    if contents[0] != contents[1]:
        differ = [name for name in contents[0] if contents[0][name] != contents[1].get(name)]
        sys.exit(f"The baseline import writes other rows than import_csv ({', '.join(differ)}); fix it before timing.")
    checked = min(import_rows, IMPORT_CHECKED_ROWS)
    print(f"   (checked first: both write the same rows and history for the first {checked:,} rows)")
    seconds = {}
    for name, run in (("import_csv", project), ("set-based SQL", baseline)):
        with transaction.atomic():
            begin = time.perf_counter()
            count = run(data)
            seconds[name] = time.perf_counter() - begin
            transaction.set_rollback(True)
        if count != import_rows:
            sys.exit(f"{name} imported {count} rows, not {import_rows}.")
    print(f"{'':34}{'rows/s':>12}{'seconds':>10}")
    for name, spent in seconds.items():
        print(f"{name:34}{import_rows / spent:12,.0f}{spent:10.1f}")
    ours, theirs = seconds["import_csv"], seconds["set-based SQL"]
    print(f"ratio import_csv / set-based SQL: {theirs / ours:.2f} (goal: 0.80 or better)")
    record("CSV import", import_rows, f"{import_rows / ours:,.0f} rows/s", f"{import_rows / theirs:,.0f} rows/s",
           theirs / ours, "ratio >= 0.80", theirs / ours >= 0.8)  # fmt: skip
    before, after = import_peak_mb(data)
    print(f"   import_csv peak memory: {after:.0f} MB in a fresh process ({before:.0f} MB with the file read): "
          f"{(after - before) * 1024 / import_rows:.1f} KB per row")  # fmt: skip


def bench_demo_data(target: int) -> None:
    """generate_demo_data's deployments per second writing `target` (the earlier demo data
    removed first, timed apart), with the CPU seconds of this process and of its PostgreSQL
    backend (COPY, then the indexes and foreign keys restored): the two sides of the speed."""
    from adoption.services.demo_data import remove_demo_data

    def backend_cpu() -> float:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")  # a server elsewhere
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    print(f"\n== Demo data: {target:,} synthetic deployments (generate_demo_data)")
    begin = time.perf_counter()
    removed = remove_demo_data()
    print(f"   removing the earlier demo data ({removed}): {time.perf_counter() - begin:.1f} s")
    cpu, backend, begin = time.process_time(), backend_cpu(), time.perf_counter()
    generate_demo_data(deployments=target, seed=2007)
    seconds = time.perf_counter() - begin
    cpu, backend = time.process_time() - cpu, backend_cpu() - backend
    print(f"   {target / seconds:,.0f} deployments/s ({seconds:.1f} s; CPU: Python {cpu:.1f} s, "
          f"PostgreSQL backend {backend:.1f} s) (goal: 100,000/s or better)")  # fmt: skip
    record("demo data", target, f"{target / seconds:,.0f} deployments/s", "—", None, ">= 100,000/s",
           target / seconds >= 100_000)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["export-rss"]:
        export_rss(int(sys.argv[2]))
    elif sys.argv[1:2] == ["import-rss"]:
        import_rss(sys.argv[2])
    else:
        with env.exit_on_bad_setting():
            main()
