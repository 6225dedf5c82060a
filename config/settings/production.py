"""Production settings: everything that differs between deployments comes from the environment.

Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL, CACHE_URL.
https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

from . import env
from .base import *  # noqa: F403
from .base import database_from_env

SECRET_KEY = env.text("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.text_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.text_list("DJANGO_CSRF_TRUSTED_ORIGINS")

DATABASES = {"default": database_from_env(None, None)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A pool of connections per app server process, shared by its threads (psycopg_pool).
    # Several app servers share one PostgreSQL: keep servers x workers x DATABASE_POOL_MAX_SIZE
    # under its max_connections (README, "Deploying").
    # https://docs.djangoproject.com/en/5.2/ref/databases/#connection-pool
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.integer("DATABASE_POOL_MIN_SIZE"),
        "max_size": env.integer("DATABASE_POOL_MAX_SIZE"),
        "timeout": env.integer("DATABASE_POOL_TIMEOUT"),
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.integer("CONN_MAX_AGE", default="60")
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# The API throttles' counters (two reads and two writes per request) and the dashboard's
# rendering: shared by every worker and app server, and kept out of the database, where each
# throttle check cost eight statements (the database cache culls with COUNT(*)). A server made
# for it: Valkey or Redis at CACHE_URL, required here; `make serve` and `make load` start a
# throwaway one when it is unset (scripts/with-cache.sh). Nothing in it needs to survive a
# restart: counters start again and the dashboard renders once more.
# https://docs.djangoproject.com/en/5.2/topics/cache/#redis
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env.cache_url("CACHE_URL"),
        # A server that stops answering fails the request in seconds rather than holding its thread.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.boolean("DJANGO_SECURE_SSL_REDIRECT")
if not SECURE_SSL_REDIRECT:
    # Turned off on purpose: the proxy redirects http to https itself (or, for `make load`,
    # there is no TLS on loopback). Say so to the deployment checklist.
    SILENCED_SYSTEM_CHECKS = ["security.W008"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.integer("DJANGO_SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
