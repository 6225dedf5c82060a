#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at PostgreSQL.
#
# The server in DATABASE_URL when it is set, else a throwaway cluster started by
# Debian's pg_virtualenv (works as root too) and dropped when the command ends.
set -euo pipefail

if [ -n "${DATABASE_URL:-}" ]; then
    case "$DATABASE_URL" in
        postgres://*|postgresql://*) exec "$@" ;;
        *) echo "DATABASE_URL must point at a PostgreSQL server here (it is: ${DATABASE_URL%%:*}://...)." >&2; exit 1 ;;
    esac
elif command -v pg_virtualenv >/dev/null 2>&1; then
    # pg_virtualenv exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE for its cluster.
    # -t: a cluster in a temporary directory, so concurrent runs (test and bench) never collide.
    exec pg_virtualenv -t sh -c 'DATABASE_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" exec "$@"' sh "$@"
else
    cat >&2 <<'MSG'
This needs PostgreSQL and found none.
Install it (Debian/Ubuntu): sudo apt-get install postgresql postgresql-common
or point DATABASE_URL at a server you can create databases on:
  DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/postgres make test
MSG
    exit 1
fi
