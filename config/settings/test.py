"""Test settings: the database comes from DATABASE_URL (`make test` starts a PostgreSQL)."""

from .base import *  # noqa: F403
from .base import MIDDLEWARE, VAR_DIR, database_from_env

# Not a secret: only ever used by the test suite.
SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

DATABASES = {"default": database_from_env(None, f"sqlite:///{VAR_DIR / 'test.sqlite3'}")}

# Fast hashing: the suite creates many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# WhiteNoise serves collected static files in production; here there are none to serve
# (runserver serves them from the apps), so leave it out rather than warn about it.
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("whitenoise.")]

# The dashboard's cache has its own test; elsewhere each request computes the page afresh.
DASHBOARD_CACHE_SECONDS = 0

# Throttling has its own test; elsewhere it would only make the suite flaky.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute", "login": "100000/minute"},
}
