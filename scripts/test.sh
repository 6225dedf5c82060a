#!/usr/bin/env bash
# Runs the test suite on PostgreSQL (see with-postgres.sh) and on SQLite, the two passes at
# once, each spread over TEST_WORKERS pytest-xdist workers (default 2). Each pass writes its
# own log, printed as soon as it ends; the script fails if either pass fails. Extra arguments
# go to pytest (`-n 0` runs each pass in one process).
set -euo pipefail
cd "$(dirname "$0")/.."

pytest=(.venv/bin/python -m pytest --create-db -n "${TEST_WORKERS:-2}" --dist worksteal "$@")

echo "== Chromium for the browser tests"
./scripts/ensure-chromium.sh
echo "== Valkey or Redis for the production cache's tests"
./scripts/ensure-cache-server.sh

# Also writes var/secret_key on a fresh checkout, before any test process reads it.
echo "== Migrations are up to date"
.venv/bin/python manage.py makemigrations --check --dry-run

logs=$(mktemp -d)
declare -A name log started
running=()
stop() {
    for pid in "${running[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$logs"
}
trap stop EXIT

echo "== Test suite on PostgreSQL and on SQLite, at once (each printed when it ends)"
# Tests marked any_database use no database of the suite's: only the SQLite pass runs them.
SKIP_ANY_DATABASE=1 ./scripts/with-postgres.sh "${pytest[@]}" >"$logs/postgresql.log" 2>&1 &
running+=($!) name[$!]=PostgreSQL log[$!]=$logs/postgresql.log started[$!]=$SECONDS
rm -f var/test.sqlite3
DATABASE_URL="sqlite:///$PWD/var/test.sqlite3" "${pytest[@]}" >"$logs/sqlite.log" 2>&1 &
running+=($!) name[$!]=SQLite log[$!]=$logs/sqlite.log started[$!]=$SECONDS

failed=()
while [ ${#running[@]} -gt 0 ]; do
    status=0
    wait -n -p ended "${running[@]}" || status=$?
    left=()
    for pid in "${running[@]}"; do
        [ "$pid" = "$ended" ] || left+=("$pid")
    done
    running=("${left[@]}")
    echo
    echo "== Test suite on ${name[$ended]}: $([ "$status" -eq 0 ] && echo passed || echo "FAILED (exit $status)")" \
        "in $((SECONDS - started[$ended])) s"
    cat "${log[$ended]}"
    [ "$status" -eq 0 ] || failed+=("${name[$ended]}")
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "== The test suite failed on: ${failed[*]}" >&2
    exit 1
fi
