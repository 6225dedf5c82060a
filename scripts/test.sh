#!/usr/bin/env bash
# Runs the test suite on PostgreSQL, then on SQLite.
#
# PostgreSQL is the server in DATABASE_URL when it is set, else a throwaway cluster
# started by Debian's pg_virtualenv (works as root too). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

pytest=(.venv/bin/python -m pytest --create-db "$@")

echo "== Migrations are up to date"
.venv/bin/python manage.py makemigrations --check --dry-run

echo "== Test suite on PostgreSQL"
if [ -n "${DATABASE_URL:-}" ]; then
    case "$DATABASE_URL" in
        postgres://*|postgresql://*) ;;
        *) echo "DATABASE_URL must point at a PostgreSQL server for 'make test' (it is: ${DATABASE_URL%%:*}://...)." >&2; exit 1 ;;
    esac
    "${pytest[@]}"
elif command -v pg_virtualenv >/dev/null 2>&1; then
    # pg_virtualenv exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE for its cluster.
    pg_virtualenv sh -c 'DATABASE_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" exec "$@"' \
        sh "${pytest[@]}"
else
    cat >&2 <<'MSG'
'make test' needs PostgreSQL and found none.
Install it (Debian/Ubuntu): sudo apt-get install postgresql postgresql-common
or point DATABASE_URL at a server you can create databases on:
  DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/postgres make test
MSG
    exit 1
fi

echo "== Test suite on SQLite"
rm -f var/test.sqlite3
DATABASE_URL="sqlite:///$PWD/var/test.sqlite3" "${pytest[@]}"
