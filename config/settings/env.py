"""Every environment variable the project reads, declared once in SETTINGS, and the reader that parses them.

The settings modules, gunicorn.conf.py and the scripts read their variables through the
functions below, and the documentation renders its settings reference from SETTINGS, so a
variable's name, kind, default and meaning are written in this one place. environs does
the parsing (https://github.com/sloria/environs). A value that does not parse, or a
required one that is missing, is a SettingError whose message is one sentence naming the
variable and what it expects; manage.py, gunicorn.conf.py and the scripts print that
sentence and exit with status 1 (`exit_on_bad_setting`), never a traceback.

An empty variable counts as unset, and surrounding whitespace is ignored.
"""

from __future__ import annotations

import contextlib
import enum
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from django.core.exceptions import ImproperlyConfigured
from environs import Env, EnvError, validate

T = TypeVar("T")

# DRF's rate format: a count, a slash, then a period it knows by its first letter (s, m, h, d).
# https://www.django-rest-framework.org/api-guide/throttling/#setting-the-throttling-policy
RATE_PATTERN = r"[0-9]+/[smhd][a-z]*\Z"
# What redis-py's from_url takes (Django's RedisCache passes the URL to it): TCP, TLS or a Unix socket.
# https://redis.readthedocs.io/en/stable/connections.html#redis.Redis.from_url
CACHE_URL_PATTERN = r"(rediss?://[^\s/]+|unix:///\S+)(/\S*)?\Z"


class Kind(enum.Enum):
    """How a value is parsed; its value says, in words, what the variable must hold."""

    INTEGER = "a whole number"
    NUMBER = "a number"
    BOOLEAN = "true or false, yes or no, on or off, 1 or 0"
    TEXT = "text"
    LIST = "a comma-separated list"
    RATE = "a request rate: a whole number, a slash and second, minute, hour or day, such as 120/minute"
    DATABASE_URL = "a database URL such as postgres://USER:PASSWORD@HOST:5432/NAME or sqlite:////absolute/path.sqlite3"
    CACHE_URL = (
        "a Valkey or Redis URL such as redis://HOST:6379/0, rediss://USER:PASSWORD@HOST:6380/0 (TLS) "
        "or unix:///run/valkey/valkey.sock"
    )


@dataclass(frozen=True)
class Setting:
    """One environment variable: what it holds, its default, what it does, and who reads it."""

    name: str
    kind: Kind
    # The default as it would be written in the environment, parsed like a value that was set;
    # None: no default, so production settings refuse to start without it (local and test
    # settings may supply one of their own, as `help` says).
    default: str | None
    # One sentence for the settings reference.
    help: str
    # Which part of the project reads it, in words: "all settings", "production settings", "gunicorn"...
    used_by: str = "all settings"
    # INTEGER and NUMBER: the smallest value accepted.
    minimum: int | None = None
    # What the value is, said before its kind in error messages ("how many proxies ..."); a
    # TEXT setting's meaning replaces the bare word "text".
    meaning: str = ""
    # The value may hold a password: error messages do not repeat it.
    secret: bool = False

    @property
    def expects(self) -> str:
        """What a value must be, in words: "a whole number 0 or more"."""
        words = self.kind.value
        if self.minimum is not None:
            words = f"{words} {self.minimum} or more"
        if not self.meaning:
            return words
        return self.meaning if self.kind is Kind.TEXT else f"{self.meaning}, {words}"


SETTINGS: tuple[Setting, ...] = (
    # Which settings, and the database.
    Setting(
        "DJANGO_SETTINGS_MODULE",
        Kind.TEXT,
        "config.settings.local",
        "Which settings module to use: config.settings.local (the default of manage.py), "
        "config.settings.production (the default of config.wsgi, config.asgi and gunicorn) "
        "or config.settings.test (pytest).",
        used_by="manage.py, gunicorn, pytest",
    ),
    Setting(
        "DATABASE_URL",
        Kind.DATABASE_URL,
        None,
        "The database; when it is unset, local settings use SQLite in var/db.sqlite3 and test settings "
        "var/test.sqlite3, while production settings require it.",
        secret=True,
    ),
    Setting(
        "CONN_MAX_AGE",
        Kind.INTEGER,
        "0",
        "Seconds a database connection stays open for the next request (0 closes it after each); "
        "production settings default to 60 on SQLite and use a connection pool instead on PostgreSQL.",
        minimum=0,
    ),
    Setting(
        "DATABASE_POOL_MIN_SIZE",
        Kind.INTEGER,
        "1",
        "PostgreSQL connections each app server process keeps open in its pool.",
        used_by="production settings",
        minimum=0,
    ),
    Setting(
        "DATABASE_POOL_MAX_SIZE",
        Kind.INTEGER,
        "8",
        "Most PostgreSQL connections each app server process opens in its pool, shared by its threads "
        "(keep app servers x WEB_WORKERS x this under the server's max_connections).",
        used_by="production settings",
        minimum=1,
    ),
    Setting(
        "DATABASE_POOL_TIMEOUT",
        Kind.INTEGER,
        "10",
        "Seconds a request waits for a free pooled connection before it fails.",
        used_by="production settings",
        minimum=0,
    ),
    Setting(
        "CACHE_URL",
        Kind.CACHE_URL,
        None,
        "The Valkey or Redis server keeping the API throttles' counters, the dashboard's rendering and sessions "
        "(written through to the database), shared by every worker and app server; production settings require "
        "it (make serve and make load start a throwaway one when it is unset), while local and test settings keep "
        "their cache in the process's memory.",
        used_by="production settings",
        secret=True,
    ),
    # Security.
    Setting(
        "DJANGO_SECRET_KEY",
        Kind.TEXT,
        None,
        "Django's signing key for sessions and CSRF tokens, the same on every app server; required in "
        "production, while local settings generate one once into var/secret_key when it is unset.",
        used_by="local and production settings",
        meaning="a long random string, such as the output of openssl rand -base64 48",
        secret=True,
    ),
    Setting(
        "DJANGO_ALLOWED_HOSTS",
        Kind.LIST,
        None,
        "Host names the site answers to, such as adoption.example.org.",
        used_by="production settings",
        meaning="the host names the site answers to",
    ),
    Setting(
        "DJANGO_CSRF_TRUSTED_ORIGINS",
        Kind.LIST,
        "",
        "Origins trusted for form posts when a proxy serves the site on another origin, "
        "such as https://adoption.example.org.",
        used_by="production settings",
    ),
    Setting(
        "DJANGO_SECURE_SSL_REDIRECT",
        Kind.BOOLEAN,
        "true",
        "Whether to redirect HTTP to HTTPS; set false when the proxy in front does it.",
        used_by="production settings",
    ),
    Setting(
        "DJANGO_SECURE_HSTS_SECONDS",
        Kind.INTEGER,
        "31536000",
        "How long browsers keep to HTTPS for the site once they have seen it (the HSTS max-age; one year).",
        used_by="production settings",
        minimum=0,
    ),
    Setting(
        "DJANGO_NUM_PROXIES",
        Kind.INTEGER,
        "0",
        "How many proxies in front append to X-Forwarded-For, so that throttles read the client's address "
        "that many hops from its right (0: the header is ignored, since any client can write it).",
        minimum=0,
        meaning="how many proxies stand in front of the app",
    ),
    # Throttles.
    Setting(
        "API_THROTTLE_ANON",
        Kind.RATE,
        "120/minute",
        "Requests each anonymous API client may make, per client address.",
    ),
    Setting(
        "API_THROTTLE_USER",
        Kind.RATE,
        "1200/minute",
        "Requests each logged-in API user may make.",
    ),
    Setting(
        "LOGIN_THROTTLE",
        Kind.RATE,
        "10/minute",
        "Password attempts per client address at /api/auth/token/ and at the admin login.",
    ),
    # Limits.
    Setting(
        "API_MAX_BODY_BYTES",
        Kind.INTEGER,
        str(1024 * 1024),
        "Largest API request body in bytes; a larger one gets 413 before anything reads it.",
        minimum=0,
    ),
    Setting(
        "API_MAX_JSON_DEPTH",
        Kind.INTEGER,
        "32",
        "Deepest nesting of arrays and objects in a JSON body to the API; a deeper one gets 400 before it is decoded.",
        minimum=0,
    ),
    Setting(
        "CSV_IMPORT_MAX_BYTES",
        Kind.INTEGER,
        str(200 * 1024 * 1024),
        "Largest CSV file an import takes, in bytes (manage.py import_csv; the admin has its own, smaller limit).",
        minimum=0,
    ),
    Setting(
        "CSV_ADMIN_IMPORT_MAX_BYTES",
        Kind.INTEGER,
        str(10 * 1024 * 1024),
        "Largest CSV file the admin's import takes, in bytes, since it keeps the file in the session between "
        "preview and confirm; the admin's request body limit is this plus 1 MB.",
        minimum=0,
    ),
    # Reports and the dashboard.
    Setting(
        "ADOPTION_REPORT_MIN_COUNT",
        Kind.INTEGER,
        "5",
        "Reports withhold survey-response counts below this from users who may not see respondents "
        "(1 withholds nothing).",
        minimum=0,
    ),
    Setting(
        "DASHBOARD_CACHE_SECONDS",
        Kind.INTEGER,
        "60",
        "How long one rendering of the public dashboard serves everyone (0 renders it for every request).",
        minimum=0,
    ),
    # gunicorn (make serve), config/gunicorn.conf.py.
    Setting(
        "BIND",
        Kind.TEXT,
        "127.0.0.1:8000",
        "Address gunicorn listens on, such as 0.0.0.0:8000 behind a load balancer.",
        used_by="gunicorn (make serve)",
    ),
    Setting(
        "WEB_WORKERS",
        Kind.INTEGER,
        "2",
        "Worker processes gunicorn runs, each with its own database pool.",
        used_by="gunicorn (make serve)",
        minimum=1,
    ),
    Setting(
        "WEB_THREADS",
        Kind.INTEGER,
        "4",
        "Threads in each gunicorn worker; keep it at most DATABASE_POOL_MAX_SIZE, since they share the pool.",
        used_by="gunicorn (make serve)",
        minimum=1,
    ),
    Setting(
        "WEB_TIMEOUT",
        Kind.INTEGER,
        "120",
        "Seconds a request may run before gunicorn restarts its worker (a large CSV export streams for a while).",
        used_by="gunicorn (make serve)",
        minimum=0,
    ),
    Setting(
        "FORWARDED_ALLOW_IPS",
        Kind.TEXT,
        "127.0.0.1",
        "Proxy addresses (comma-separated, or *) whose X-Forwarded-Proto gunicorn believes.",
        used_by="gunicorn (make serve)",
    ),
    # make run: the Makefile reads these, not Python.
    Setting(
        "HOST",
        Kind.TEXT,
        "127.0.0.1",
        "Address make run serves on.",
        used_by="make run",
    ),
    Setting(
        "PORT",
        Kind.INTEGER,
        "8000",
        "Port make run serves on.",
        used_by="make run",
        minimum=0,
    ),
    Setting(
        "DEMO",
        Kind.INTEGER,
        "300",
        "Synthetic deployments make run adds on its first run, with a synthetic survey of half as many "
        "responses (0 for none).",
        used_by="make run",
        minimum=0,
    ),
    # Development tools.
    Setting(
        "CHROMIUM",
        Kind.TEXT,
        "/usr/bin/chromium",
        "The Chromium binary the browser tests drive (Debian's package; make test installs it when missing).",
        used_by="make test",
    ),
    Setting(
        "TEST_WORKERS",
        Kind.INTEGER,
        "2",
        "Workers (pytest-xdist) for each of make test's two passes, PostgreSQL and SQLite, run at once.",
        used_by="make test (scripts/test.sh)",
        minimum=1,
    ),
    Setting(
        "FUZZ_EXAMPLES",
        Kind.INTEGER,
        "0",
        "Examples per API operation in the schemathesis test: 0 is the suite's short, repeatable run, "
        "and make fuzz sets 300 unless given another number.",
        used_by="make test, make fuzz",
        minimum=0,
    ),
    Setting(
        "BENCH_DEPLOYMENTS",
        Kind.INTEGER,
        "10000",
        "Synthetic deployments make bench seeds before timing the API list.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_SECONDS",
        Kind.NUMBER,
        "5",
        "Seconds make bench times each API list measurement.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_REPORT_DEPLOYMENTS",
        Kind.INTEGER,
        "1000000",
        "Synthetic deployments (and a tenth as many survey responses) make bench grows the data to before timing "
        "reports and the dashboard.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_STAGE_DEPLOYMENTS",
        Kind.INTEGER,
        "100000",
        "Synthetic deployments, with about four stage observations each, make bench times the as_of and trend "
        "reports on.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_CSV_DEPLOYMENTS",
        Kind.INTEGER,
        "1000000",
        "Synthetic deployments make bench grows the data to before timing CSV export.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_PAGE_DEPLOYMENTS",
        Kind.INTEGER,
        "1000000",
        "Synthetic deployments make bench grows the data to before timing API pages again, against their cost at "
        "BENCH_DEPLOYMENTS.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_IMPORT_ROWS",
        Kind.INTEGER,
        "100000",
        "New deployments make bench imports from CSV to time the importer.",
        used_by="make bench",
        minimum=0,
    ),
    Setting(
        "BENCH_ONLY",
        Kind.LIST,
        "",
        "The sections of make bench to run, of lists, reports, stages, csv and pages; empty runs them all.",
        used_by="make bench",
    ),
    Setting(
        "LOAD_SECONDS",
        Kind.NUMBER,
        "30",
        "Seconds make load runs its readers and writers.",
        used_by="make load",
        minimum=0,
    ),
    Setting(
        "LOAD_READERS",
        Kind.INTEGER,
        "6",
        "Reader threads in make load.",
        used_by="make load",
        minimum=0,
    ),
    Setting(
        "LOAD_WRITERS",
        Kind.INTEGER,
        "2",
        "Writer threads in make load.",
        used_by="make load",
        minimum=0,
    ),
    Setting(
        "LOAD_DEPLOYMENTS",
        Kind.INTEGER,
        "2000",
        "Synthetic deployments make load seeds before it starts.",
        used_by="make load",
        minimum=0,
    ),
)

BY_NAME: Mapping[str, Setting] = {setting.name: setting for setting in SETTINGS}


class SettingError(ImproperlyConfigured):
    """An environment variable is missing or does not parse; the message is one sentence naming it."""


class _SourceEnv(Env):
    """environs' Env reading a given mapping, not os.environ (environs' own FileAwareEnv overrides this same hook)."""

    def __init__(self, source: Mapping[str, str]) -> None:
        super().__init__(eager=True)
        self._source = source

    def _get_value(self, env_key: str, default: Any) -> Any:
        return self._source.get(env_key, default)


def _read(
    name: str,
    kind: Kind,
    parse: Callable[[Env, Setting], T],
    default: str | None,
    environ: Mapping[str, str] | None,
) -> T:
    """The value of `name` in `environ` (os.environ when None) or its default, parsed by `parse`.

    `default`, when given, replaces the Setting's own for this read: the settings module
    reading it has a default of its own (SQLite for DATABASE_URL in local settings).
    """
    setting = BY_NAME[name]
    if setting.kind is not kind:
        raise TypeError(f"{name} is declared as {setting.kind.name}, not {kind.name}.")
    fallback = setting.default if default is None else default
    raw = (os.environ if environ is None else environ).get(name, "").strip() or (fallback or "").strip()
    if fallback is None and not raw:
        raise SettingError(
            f"Set the {name} environment variable for production settings. It must be {setting.expects}."
        )
    try:
        return parse(_SourceEnv({name: raw}), setting)
    except EnvError:
        got = "the value set is not shown, as it may hold a password" if setting.secret else f"got {raw!r}"
        raise SettingError(f"{name} must be {setting.expects} ({got}).") from None


def _at_least(setting: Setting) -> list[validate.Validator]:
    return [] if setting.minimum is None else [validate.Range(min=setting.minimum)]


def integer(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> int:
    """An INTEGER setting: a whole number, at least its minimum."""
    return _read(name, Kind.INTEGER, lambda env, setting: env.int(name, validate=_at_least(setting)), default, environ)


def number(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> float:
    """A NUMBER setting: a finite number, at least its minimum."""
    return _read(name, Kind.NUMBER, lambda env, setting: env.float(name, validate=_at_least(setting)), default, environ)


def boolean(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """A BOOLEAN setting."""
    return _read(name, Kind.BOOLEAN, lambda env, setting: env.bool(name), default, environ)


def text(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """A TEXT setting, without surrounding whitespace."""
    return _read(name, Kind.TEXT, lambda env, setting: env.str(name), default, environ)


def optional_text(name: str, *, environ: Mapping[str, str] | None = None) -> str | None:
    """A TEXT setting, or None when it is unset (for a reader with its own fallback, such as local settings)."""
    is_set = (os.environ if environ is None else environ).get(name, "").strip()
    return text(name, environ=environ) if is_set else None


def text_list(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> list[str]:
    """A LIST setting: its comma-separated items, each stripped, empty ones left out."""

    def parse(env: Env, setting: Setting) -> list[str]:
        return [item.strip() for item in env.list(name, subcast=str) if item.strip()]

    return _read(name, Kind.LIST, parse, default, environ)


def rate(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """A RATE setting, in the form DRF's throttles read."""
    pattern = validate.Regexp(RATE_PATTERN)
    return _read(name, Kind.RATE, lambda env, setting: env.str(name, validate=pattern), default, environ)


def database_url(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A DATABASE_URL setting, as Django's DATABASES entry (https://github.com/jazzband/dj-database-url#url-schema)."""

    def parse(env: Env, setting: Setting) -> dict[str, Any]:
        config: dict[str, Any] = env.dj_db_url(name)
        return config

    return _read(name, Kind.DATABASE_URL, parse, default, environ)


def cache_url(name: str, *, default: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """A CACHE_URL setting: the URL of a Valkey or Redis server, as Django's RedisCache takes it (LOCATION)."""
    pattern = validate.Regexp(CACHE_URL_PATTERN)
    return _read(name, Kind.CACHE_URL, lambda env, setting: env.str(name, validate=pattern), default, environ)


@contextlib.contextmanager
def exit_on_bad_setting() -> Iterator[None]:
    """Turn a SettingError inside the block into its sentence on stderr and exit status 1, with no traceback."""
    try:
        yield
    except SettingError as error:
        raise SystemExit(str(error)) from None
