"""Production settings: everything that differs between deployments comes from the environment.

Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL.
https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import database_from_env


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production settings.")
    return value


SECRET_KEY = _required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in _required("DJANGO_ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]

DATABASES = {"default": database_from_env(os.environ, _required("DATABASE_URL"))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A pool of connections per app server process, shared by its threads (psycopg_pool).
    # Several app servers share one PostgreSQL: keep servers x workers x DATABASE_POOL_MAX_SIZE
    # under its max_connections (README, "Deploying").
    # https://docs.djangoproject.com/en/5.2/ref/databases/#connection-pool
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DATABASE_POOL_MIN_SIZE", "1")),
        "max_size": int(os.environ.get("DATABASE_POOL_MAX_SIZE", "8")),
        "timeout": int(os.environ.get("DATABASE_POOL_TIMEOUT", "10")),
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Throttle counters must be shared by every worker and app server: keep them in the
# database (`manage.py createcachetable`, which `make serve` runs).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}}

# How many proxies append to X-Forwarded-For in front of the app: throttles count requests
# per client address, read that many hops from the right (0: the peer address itself).
REST_FRAMEWORK = {**REST_FRAMEWORK, "NUM_PROXIES": int(os.environ.get("DJANGO_NUM_PROXIES", "0"))}  # noqa: F405

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true").lower() == "true"
if not SECURE_SSL_REDIRECT:
    # Turned off on purpose: the proxy redirects http to https itself (or, for `make load`,
    # there is no TLS on loopback). Say so to the deployment checklist.
    SILENCED_SYSTEM_CHECKS = ["security.W008"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
