#!/usr/bin/env bash
# Runs the test suite on PostgreSQL (see with-postgres.sh), then on SQLite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

pytest=(.venv/bin/python -m pytest --create-db "$@")

echo "== Chromium for the browser tests"
./scripts/ensure-chromium.sh

echo "== Migrations are up to date"
.venv/bin/python manage.py makemigrations --check --dry-run

echo "== Test suite on PostgreSQL"
./scripts/with-postgres.sh "${pytest[@]}"

echo "== Test suite on SQLite"
rm -f var/test.sqlite3
DATABASE_URL="sqlite:///$PWD/var/test.sqlite3" "${pytest[@]}"
