"""Development settings: `make run`. SQLite in var/ unless DATABASE_URL is set."""

import secrets

from . import env
from .base import *  # noqa: F403
from .base import MIDDLEWARE, VAR_DIR, database_from_env

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

DATABASES = {"default": database_from_env(None, f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}


def _local_secret_key() -> str:
    """Use DJANGO_SECRET_KEY, else a key generated once for this checkout (in var/, not in git)."""
    if key := env.optional_text("DJANGO_SECRET_KEY"):
        return key
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _local_secret_key()

# Serve static files from the app folders with runserver, no collectstatic needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# WhiteNoise serves collected static files in production; here there are none to serve
# (runserver serves them from the apps), so leave it out rather than warn about it.
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("whitenoise.")]
