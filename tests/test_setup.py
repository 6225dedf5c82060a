"""Setting up: `make run` on a fresh SQLite database, the first-run bootstrap, production settings."""

import http.cookiejar
import os
import re
import secrets
import signal
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from adoption.models import Deployment, Hypervisor

from .conftest import free_port
from .make_run import PASSWORD_LINE, ROOT, make_run_env, start_make_run, stop, wait_for


@pytest.mark.django_db
def test_bootstrap_loads_everything_once_and_prints_a_working_password(capsys):
    call_command("bootstrap")
    first = capsys.readouterr().out
    password = PASSWORD_LINE.search(first).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    assert Deployment.objects.count() == 2 and Hypervisor.objects.exists()

    Deployment.objects.filter(reference="casio-xen-sles-2007").update(stage="pilot")
    call_command("bootstrap")
    second = capsys.readouterr().out
    assert "already set up" in second
    assert "password:" not in second
    assert get_user_model().objects.count() == 1
    assert Deployment.objects.get(reference="casio-xen-sles-2007").stage == "pilot", "a second run keeps edits"


def log_in(base: str, password: str) -> str:
    """Log in through the admin's own login form; return the deployments found for "Swisscom OR Casio"."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login_page = opener.open(f"{base}/admin/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page)
    assert token is not None, "the login page carries a CSRF token"
    form = urllib.parse.urlencode(
        {"username": "admin", "password": password, "csrfmiddlewaretoken": token.group(1), "next": "/admin/"}
    ).encode()
    request = urllib.request.Request(f"{base}/admin/login/?next=/admin/", data=form, headers={"Referer": base})
    opener.open(request)
    return "".join(
        opener.open(f"{base}/admin/adoption/deployment/?q={name}").read().decode() for name in ("casio", "swisscom")
    )


@pytest.mark.slow
@pytest.mark.any_database
@pytest.mark.usefixtures("one_make_at_a_time")
def test_make_run_serves_the_seeded_admin_on_a_fresh_sqlite_database(tmp_path):
    env = make_run_env(tmp_path / "db.sqlite3")
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    process = start_make_run(env, port)
    try:
        wait_for(f"{base}/admin/login/", process)
        # The first run printed the password before serving; read what is buffered so far.
        os.set_blocking(process.stdout.fileno(), False)
        printed = process.stdout.read() or ""
        password = PASSWORD_LINE.search(printed).group(1)
        deployments_page = log_in(base, password)
        with urllib.request.urlopen(f"{base}/", timeout=10) as response:  # noqa: S310 (loopback only)
            dashboard = response.read().decode()
    finally:
        printed_after = stop(process)
    assert "casio-xen-sles-2007" in deployments_page
    assert "swisscom-xen-rhel5-2007" in deployments_page
    assert f"{base}/admin/" in printed + (printed_after or "")
    assert "300 synthetic deployments" in printed, "the first run adds demo data, and says so"
    assert "<strong>2</strong> case studies" in dashboard, "the dashboard counts the seeds, real data only"
    assert "300 synthetic case studies" in dashboard and 'href="/?synthetic=include"' in dashboard, (
        "and says how much demo data it leaves out, with a link to include it"
    )

    port = free_port()
    process = start_make_run(env, port)
    try:
        wait_for(f"http://127.0.0.1:{port}/admin/login/", process)
    finally:
        output = stop(process)
    assert "already set up (302 deployments)" in output
    assert "password:" not in output


def run_manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def production_env(tmp_path, **overrides) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "adoption.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "CACHE_URL": "redis://cache.invalid:6379/0",  # read at start-up, reached only by a request
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


@pytest.mark.slow
@pytest.mark.any_database
def test_production_settings_pass_the_deployment_checklist(tmp_path):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.slow
@pytest.mark.any_database
def test_production_settings_refuse_to_start_without_a_secret(tmp_path):
    result = run_manage("check", env=production_env(tmp_path, DJANGO_SECRET_KEY=None))
    assert result.returncode != 0
    assert "Set the DJANGO_SECRET_KEY environment variable for production settings." in result.stderr


@pytest.mark.slow
@pytest.mark.any_database
@pytest.mark.usefixtures("one_make_at_a_time")
def test_make_serve_refuses_to_start_without_its_settings(tmp_path):
    env = {key: value for key, value in production_env(tmp_path).items() if key != "DJANGO_SECRET_KEY"}
    result = subprocess.run(
        ["make", "--no-print-directory", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "make serve needs DJANGO_SECRET_KEY in the environment" in result.stderr


@pytest.mark.slow
@pytest.mark.any_database
@pytest.mark.usefixtures("one_make_at_a_time")
def test_make_serve_runs_gunicorn_with_static_files_through_whitenoise(tmp_path):
    port = free_port()
    # No CACHE_URL: make serve starts a throwaway Valkey or Redis for the throttles.
    env = production_env(tmp_path, BIND=f"127.0.0.1:{port}", DJANGO_SECURE_SSL_REDIRECT="false", CACHE_URL=None)
    env["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1"
    process = subprocess.Popen(
        ["make", "--no-print-directory", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/api/", process)
        request = urllib.request.Request(f"{base}/api/hypervisors/", headers={"X-Forwarded-Proto": "https"})
        with urllib.request.urlopen(request) as response:  # noqa: S310 (loopback only)
            assert response.status == 200
            assert response.headers["Strict-Transport-Security"].startswith("max-age=")
        with urllib.request.urlopen(f"{base}/static/admin/css/base.css") as response:  # noqa: S310
            assert response.status == 200
            assert "max-age" in response.headers["Cache-Control"]
    finally:
        output = stop(process, signal.SIGTERM)
    assert "Booting worker" in output
    assert "A throwaway" in output and "(CACHE_URL=unix://" in output
    assert "Control socket" not in output, "no gunicornc socket that could add workers or stop the server"
