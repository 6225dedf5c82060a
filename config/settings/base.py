"""Settings shared by every environment.

Environment-specific modules (local, test, production) import from here and
override. Configuration that differs between machines comes from the environment,
read through config/settings/env.py, which declares every variable once.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_countries",
    "simple_history",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "adoption",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A body over its size limit is refused before anything reads it.
    "adoption.limits.BodySizeLimitMiddleware",
    # ...and an API write whose body is not JSON, before a view reads it as something else.
    "adoption.limits.JsonBodyMiddleware",
    # https://whitenoise.readthedocs.io/en/stable/django.html
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records request.user on every history row written during a request.
    "simple_history.middleware.HistoryRequestMiddleware",
    # ...and through which entry point (admin, api), as one change per request.
    "adoption.audit.AuditMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database_from_env(environ: Mapping[str, str] | None, default_url: str | None) -> dict[str, Any]:
    """Return Django's DATABASES['default'] for DATABASE_URL (or `default_url`, None: required) and CONN_MAX_AGE.

    `environ` is os.environ when None.
    """
    config = env.database_url("DATABASE_URL", default=default_url, environ=environ)
    config["CONN_MAX_AGE"] = env.integer("CONN_MAX_AGE", environ=environ)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Writers take turns instead of failing with "database is locked": every transaction
        # takes the write lock when it begins (BEGIN IMMEDIATE), waiting up to `timeout` seconds
        # for it. A deferred transaction that reads first can never wait: SQLite refuses its
        # later write at once, whatever the timeout. SQLite is for one analyst; a team needs
        # PostgreSQL. https://docs.djangoproject.com/en/5.2/ref/databases/#database-is-locked-errors
        config.setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
    return config


AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# ISO dates in the admin's forms and lists (config/formats/en/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The reference vocabulary (hypervisors, operating systems, purposes...) lives in
# the top-level fixtures/ folder so `manage.py loaddata vocabulary` finds it.
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# dumpdata and loaddata keep timestamps to the microsecond (backups; see adoption/fixtures_json.py).
SERIALIZATION_MODULES = {"json": "adoption.fixtures_json"}

# Seed files: one per source document (see README, "Adding seeds").
SEEDS_DIR = BASE_DIR / "seeds"

# CSV import: the largest file accepted, from the admin and from manage.py import_csv.
CSV_IMPORT_MAX_BYTES = env.integer("CSV_IMPORT_MAX_BYTES")
# The admin keeps an uploaded file in the session between its preview and the confirm.
CSV_ADMIN_IMPORT_MAX_BYTES = env.integer("CSV_ADMIN_IMPORT_MAX_BYTES")

# Request bodies: the largest accepted, by path prefix, before anything reads them (413).
# The admin's is the CSV upload's limit plus room for the form around it.
API_MAX_BODY_BYTES = env.integer("API_MAX_BODY_BYTES")
ADMIN_MAX_BODY_BYTES = CSV_ADMIN_IMPORT_MAX_BYTES + 1024 * 1024
# JSON bodies nested deeper than this are a 400 before they are decoded (adoption/api/parsers.py);
# a valid body nests 4 levels at most (a deployment, its guests, each guest's operating system as an object).
API_MAX_JSON_DEPTH = env.integer("API_MAX_JSON_DEPTH")

# Reports withhold survey-response counts from 1 to this minus 1 from users who may not see
# respondents, so that a small cell cannot point at one organization.
ADOPTION_REPORT_MIN_COUNT = env.integer("ADOPTION_REPORT_MIN_COUNT")
# The public dashboard at / is the same for everyone: one rendering serves this long (0: none).
DASHBOARD_CACHE_SECONDS = env.integer("DASHBOARD_CACHE_SECONDS")

# The cache of the API throttles' counters and the dashboard's rendering: each process's own
# memory here (make run, the tests); production settings use Valkey or Redis (CACHE_URL).
# Never the database cache: it costs statements on every API request.
CACHES: dict[str, dict[str, Any]] = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions are read from the cache and written through to the database: a logged-in request
# costs one statement (its user) rather than two, and a session outlives a cache restart.
# https://docs.djangoproject.com/en/5.2/topics/http/sessions/#using-cached-sessions
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The REST API under /api/. https://www.django-rest-framework.org/api-guide/settings/
REST_FRAMEWORK = {
    # Token first: its WWW-Authenticate header makes an unauthenticated write a 401, not a 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Anonymous users read; writes need the user's add/change/delete model permission.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    "DEFAULT_FILTER_BACKENDS": [
        "adoption.api.filtering.FilterBackend",
        "adoption.api.filtering.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "adoption.api.pagination.LimitOffsetPagination",
    # JSON with a depth limit; form and multipart bodies (the browsable API's forms) are flat.
    # JSON only: a form cannot say an empty list, null or a nested row (adoption.api.parsers).
    "DEFAULT_PARSER_CLASSES": ["adoption.api.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.rate("API_THROTTLE_ANON"),
        "user": env.rate("API_THROTTLE_USER"),
        # Password guesses: the token endpoint and the admin login, per client address.
        "login": env.rate("LOGIN_THROTTLE"),
    },
    # Throttles (adoption.limits.LoginRateThrottle among them) find the client's address this
    # many hops from the right of X-Forwarded-For; 0 ignores the header. DRF's default, None,
    # would trust the whole header, so a client could name a new address per request.
    "NUM_PROXIES": env.integer("DJANGO_NUM_PROXIES"),
    "EXCEPTION_HANDLER": "adoption.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "adoption.api.schema.AutoSchema",
    "ORDERING_PARAM": "ordering",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

# OpenAPI 3 schema, Swagger UI and Redoc, served from local static files (no CDN).
# https://drf-spectacular.readthedocs.io/en/latest/settings.html
SPECTACULAR_SETTINGS = {
    "TITLE": "Hypervisor adoption database API",
    "DESCRIPTION": (
        "Case studies of who runs which hypervisor, on which host, with which guests, at what stage, "
        "and on whose word; the sources they cite; and the market events around them. Anonymous users "
        "read; writes need a token (`Authorization: Token <key>`) or a session, and the matching model "
        "permission."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # No deep links: they put a link inside each operation's button (templates/drf_spectacular/swagger_ui.html).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False, "syntaxHighlight": {"theme": "obsidian"}},
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "adoption.api.schema.brief_forms_hook",
        "adoption.api.schema.strict_request_bodies_hook",
        "adoption.api.schema.negotiation_hook",
        "adoption.api.schema.shared_components_hook",
        "adoption.api.schema.anonymous_reads_hook",
        "adoption.api.schema.csv_operations_hook",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ArchitectureEnum": "adoption.choices.Architecture",
        "LicenceEnum": "adoption.choices.Licence",
        "FamilyEnum": "adoption.choices.OSFamily",
        "StageEnum": "adoption.choices.Stage",
        "ModeEnum": "adoption.choices.VirtualizationMode",
        "SourceKindEnum": "adoption.choices.SourceKind",
        "EventKindEnum": "adoption.choices.EventKind",
        "EventStatusEnum": "adoption.choices.EventStatus",
        "QualifierEnum": "adoption.choices.Qualifier",
        "LinkKindEnum": "adoption.choices.LinkKind",
        "PrecisionEnum": "adoption.choices.DatePrecision",
        "CurrencyEnum": "adoption.currencies.CHOICES",
    },
}
