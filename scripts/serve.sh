#!/usr/bin/env bash
# `make serve`: production settings under gunicorn, static files through WhiteNoise.
# Needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and DATABASE_URL (see docs/how-to/deploy.md).
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

$PY manage.py check --deploy --fail-level WARNING
$PY manage.py migrate --noinput
$PY manage.py createcachetable
$PY manage.py collectstatic --noinput --verbosity 0
exec .venv/bin/gunicorn --config config/gunicorn.conf.py config.wsgi:application
