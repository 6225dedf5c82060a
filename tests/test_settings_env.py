"""Environment variables: each declared once in config/settings/env.py, and a bad one is a sentence naming it."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings import env
from config.settings.env import SETTINGS, Kind, SettingError

ROOT = Path(__file__).resolve().parent.parent
READERS = {
    Kind.INTEGER: env.integer,
    Kind.NUMBER: env.number,
    Kind.BOOLEAN: env.boolean,
    Kind.TEXT: env.text,
    Kind.LIST: env.text_list,
    Kind.RATE: env.rate,
    Kind.DATABASE_URL: env.database_url,
    Kind.CACHE_URL: env.cache_url,
}


def test_each_variable_is_declared_once_with_a_kind_and_one_sentence_of_help():
    names = [setting.name for setting in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", setting.name)
        assert setting.help[0].isupper() and setting.help.endswith("."), setting.name
        assert setting.help.count(". ") == 0, f"{setting.name}: one sentence"
        assert setting.expects and setting.used_by


@pytest.mark.parametrize("setting", [s for s in SETTINGS if s.default is not None], ids=lambda s: s.name)
def test_every_default_parses_as_its_kind(setting):
    READERS[setting.kind](setting.name, environ={})


def test_only_the_variables_production_requires_have_no_default():
    assert {s.name for s in SETTINGS if s.default is None} == {
        "DATABASE_URL",
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "CACHE_URL",
    }


def test_the_makefile_defaults_are_the_declared_ones():
    makefile = (ROOT / "Makefile").read_text()
    for name in ("HOST", "PORT", "DEMO"):
        assert re.search(rf"^{name}\s*\?=\s*{re.escape(env.BY_NAME[name].default)}$", makefile, re.MULTILINE), name


def test_python_code_reads_the_environment_only_through_the_declarations():
    direct = re.compile(r"os\.environ\.get\(|os\.getenv\(|os\.environ\[")
    files = [ROOT / "manage.py", *(ROOT / "config").rglob("*.py"), *(ROOT / "adoption").rglob("*.py")]
    files += (ROOT / "scripts").glob("*.py")
    offenders = [str(path.relative_to(ROOT)) for path in files if direct.search(path.read_text())]
    assert offenders == []


def test_unset_empty_and_blank_variables_take_the_default_and_values_are_stripped():
    for environ in ({}, {"API_MAX_JSON_DEPTH": ""}, {"API_MAX_JSON_DEPTH": "  "}):
        assert env.integer("API_MAX_JSON_DEPTH", environ=environ) == 32
    assert env.integer("API_MAX_JSON_DEPTH", environ={"API_MAX_JSON_DEPTH": " 8\n"}) == 8
    assert env.integer("CONN_MAX_AGE", default="60", environ={}) == 60, "a settings module may have its own default"
    assert env.number("LOAD_SECONDS", environ={"LOAD_SECONDS": "0.5"}) == 0.5
    assert env.rate("LOGIN_THROTTLE", environ={"LOGIN_THROTTLE": "3/hour"}) == "3/hour"


@pytest.mark.parametrize(
    ("value", "expected"), [("true", True), ("False", False), ("yes", True), ("0", False), ("off", False)]
)
def test_booleans(value, expected):
    assert env.boolean("DJANGO_SECURE_SSL_REDIRECT", environ={"DJANGO_SECURE_SSL_REDIRECT": value}) is expected
    assert env.boolean("DJANGO_SECURE_SSL_REDIRECT", environ={}) is True


def test_lists_drop_blank_items_and_space():
    environ = {"DJANGO_ALLOWED_HOSTS": " a.example.org, ,b.example.org ,"}
    assert env.text_list("DJANGO_ALLOWED_HOSTS", environ=environ) == ["a.example.org", "b.example.org"]
    assert env.text_list("DJANGO_CSRF_TRUSTED_ORIGINS", environ={}) == []


def test_a_database_url_is_django_database_settings():
    config = env.database_url("DATABASE_URL", environ={"DATABASE_URL": "postgres://u:p@db:5433/adoption"})
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == ("db", 5433, "adoption", "u")


def test_optional_text_is_none_when_unset():
    assert env.optional_text("DJANGO_SECRET_KEY", environ={"DJANGO_SECRET_KEY": " "}) is None
    assert env.optional_text("DJANGO_SECRET_KEY", environ={"DJANGO_SECRET_KEY": "k"}) == "k"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("API_MAX_BODY_BYTES", "1MB", "API_MAX_BODY_BYTES must be a whole number 0 or more (got '1MB')."),
        ("API_MAX_BODY_BYTES", "-5", "API_MAX_BODY_BYTES must be a whole number 0 or more (got '-5')."),
        ("WEB_WORKERS", "0", "WEB_WORKERS must be a whole number 1 or more (got '0')."),
        ("LOAD_SECONDS", "nan", "LOAD_SECONDS must be a number 0 or more (got 'nan')."),
        (
            "DJANGO_SECURE_SSL_REDIRECT",
            "maybe",
            "DJANGO_SECURE_SSL_REDIRECT must be true or false, yes or no, on or off, 1 or 0 (got 'maybe').",
        ),
        ("LOGIN_THROTTLE", "10 per minute", "LOGIN_THROTTLE must be a request rate: "),
        ("API_THROTTLE_ANON", "10/fortnight", "API_THROTTLE_ANON must be a request rate: "),
    ],
)
def test_a_bad_value_is_one_sentence_naming_the_variable_and_what_it_expects(name, value, message):
    reader = READERS[env.BY_NAME[name].kind]
    with pytest.raises(SettingError) as raised:
        reader(name, environ={name: value})
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)
    assert isinstance(raised.value, ImproperlyConfigured), "Django's own exception for bad settings"


def test_a_bad_database_url_does_not_repeat_its_password():
    with pytest.raises(SettingError) as raised:
        env.database_url("DATABASE_URL", environ={"DATABASE_URL": "postgress://admin:hunter2@db/adoption"})
    assert str(raised.value).startswith("DATABASE_URL must be a database URL such as postgres://")
    assert "hunter2" not in str(raised.value)


@pytest.mark.parametrize(
    "url",
    ["redis://cache.internal:6379/0", "rediss://adoption:pw@cache.internal:6380/1", "unix:///run/valkey/valkey.sock"],
)
def test_a_cache_url_is_a_valkey_or_redis_server_by_tcp_tls_or_socket(url):
    assert env.cache_url("CACHE_URL", environ={"CACHE_URL": f" {url} "}) == url


@pytest.mark.parametrize(
    "url", ["memcached://cache.internal:11211", "cache.internal:6379", "redis://", "valkey://:hunter2@cache:6379"]
)
def test_a_bad_cache_url_names_what_it_takes_and_not_its_password(url):
    with pytest.raises(SettingError) as raised:
        env.cache_url("CACHE_URL", environ={"CACHE_URL": url})
    assert str(raised.value).startswith("CACHE_URL must be a Valkey or Redis URL such as redis://HOST:6379/0")
    assert "hunter2" not in str(raised.value)


def test_a_missing_required_variable_says_to_set_it():
    with pytest.raises(SettingError, match=r"^Set the DJANGO_ALLOWED_HOSTS environment variable for production"):
        env.text_list("DJANGO_ALLOWED_HOSTS", environ={"DJANGO_ALLOWED_HOSTS": ""})


def test_a_variable_is_read_as_the_kind_it_is_declared():
    with pytest.raises(TypeError):
        env.text("API_MAX_BODY_BYTES", environ={})


def run(command: list[str], **variables: str | None) -> subprocess.CompletedProcess[str]:
    """Run `command` with local settings and `variables` in the environment (None: unset)."""
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.local"}
    for name, value in variables.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return subprocess.run(command, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120, check=False)


def production(tmp_path, **overrides: str | None) -> dict[str, str | None]:
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "adoption.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "CACHE_URL": "redis://cache.invalid:6379/0",
        **overrides,
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"DASHBOARD_CACHE_SECONDS": "a minute"}, "DASHBOARD_CACHE_SECONDS must be a whole number 0 or more"),
        ({"DATABASE_URL": "mysqll://root:hunter2@db/adoption"}, "DATABASE_URL must be a database URL"),
        ({"DJANGO_SECURE_SSL_REDIRECT": "sometimes"}, "DJANGO_SECURE_SSL_REDIRECT must be true or false"),
        ({"DJANGO_SECRET_KEY": None}, "Set the DJANGO_SECRET_KEY environment variable for production settings."),
        ({"CACHE_URL": None}, "Set the CACHE_URL environment variable for production settings."),
    ],
    ids=["integer", "database-url", "boolean", "missing", "no-cache"],
)
def test_manage_py_stops_with_the_sentence_alone(tmp_path, variables, message):
    # The boolean, the missing key and the cache are production settings' variables; the others everyone's.
    production_only = {"DJANGO_SECURE_SSL_REDIRECT", "DJANGO_SECRET_KEY", "CACHE_URL"} & set(variables)
    environ = production(tmp_path, **variables) if production_only else variables
    result = run([sys.executable, "manage.py", "check"], **environ)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert "hunter2" not in result.stderr


@pytest.mark.slow
def test_gunicorn_stops_with_the_sentence_alone_before_any_worker_starts(tmp_path):
    gunicorn = [sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.conf.py", "--check-config"]
    result = run([*gunicorn, "config.wsgi:application"], **production(tmp_path, DJANGO_NUM_PROXIES="two"))
    assert result.returncode == 1
    assert result.stderr == (
        "DJANGO_NUM_PROXIES must be how many proxies stand in front of the app, a whole number 0 or more (got 'two').\n"
    )
    result = run([*gunicorn, "config.wsgi:application"], **production(tmp_path, WEB_THREADS="many"))
    assert result.returncode == 1
    assert result.stderr == "WEB_THREADS must be a whole number 1 or more (got 'many').\n"


@pytest.mark.slow
def test_production_settings_with_every_variable_set_pass_the_deployment_checklist(tmp_path):
    variables = production(
        tmp_path,
        DJANGO_ALLOWED_HOSTS="adoption.example.org, api.example.org",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://adoption.example.org",
        DATABASE_URL="postgres://adoption:pw@db.invalid:5432/adoption",
        DATABASE_POOL_MIN_SIZE="2",
        DATABASE_POOL_MAX_SIZE="4",
        DATABASE_POOL_TIMEOUT="5",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_HSTS_SECONDS="63072000",
        DJANGO_NUM_PROXIES="1",
        API_THROTTLE_ANON="60/minute",
        LOGIN_THROTTLE="5/minute",
    )
    result = run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], **variables)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues (1 silenced)" in result.stdout, "the HTTPS redirect, turned off on purpose"
