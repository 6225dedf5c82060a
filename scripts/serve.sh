#!/usr/bin/env bash
# `make serve`: production settings under gunicorn, static files through WhiteNoise.
# Needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and DATABASE_URL (see docs/how-to/deploy.md),
# and CACHE_URL, a Valkey or Redis server for the throttles and the dashboard: when it is
# unset, a throwaway one runs for as long as the server does (scripts/with-cache.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=config.settings.production
PY=.venv/bin/python

missing=()
for name in DJANGO_SECRET_KEY DJANGO_ALLOWED_HOSTS DATABASE_URL; do
    [ -n "${!name:-}" ] || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "make serve needs ${missing[*]} in the environment; see docs/how-to/deploy.md." >&2
    echo "For example: DJANGO_SECRET_KEY=\$(openssl rand -base64 48) DJANGO_ALLOWED_HOSTS=db.example.org DATABASE_URL=postgres://user:pass@host/db make serve" >&2
    exit 2
fi

if [ -z "${CACHE_URL:-}" ]; then
    echo "CACHE_URL is not set: the throttles and the dashboard get a throwaway cache server, this app server's" \
        "alone (several app servers need one CACHE_URL; see docs/how-to/deploy.md)." >&2
    exec ./scripts/with-cache.sh ./scripts/serve.sh "$@"
fi

$PY manage.py check --deploy --fail-level WARNING
if ! $PY manage.py shell --no-imports -c "from django.core.cache import cache; cache.touch('make-serve')" >/dev/null 2>&1; then
    echo "The cache server in CACHE_URL does not answer (a Valkey or Redis URL; see docs/how-to/deploy.md)." >&2
    exit 1
fi
$PY manage.py migrate --noinput
$PY manage.py collectstatic --noinput --verbosity 0
exec .venv/bin/gunicorn --config config/gunicorn.conf.py config.wsgi:application
