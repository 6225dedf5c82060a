"""The production cache: Valkey or Redis at CACHE_URL, else a throwaway one for make serve and make load."""

import re
import shutil
import sys
from pathlib import Path

import pytest

from .test_settings_env import ROOT, production, run

pytestmark = pytest.mark.slow

needs_a_server = pytest.mark.skipif(
    not (shutil.which("valkey-server") or shutil.which("redis-server")),
    reason="no valkey-server or redis-server here (scripts/ensure-cache-server.sh installs one)",
)

# Production settings' cache, used as the throttles use it: a counter's history, read back.
USE_THE_CACHE = (
    "import os; from django.conf import settings; from django.core.cache import cache; "
    "cache.set('throttle_anon_192.0.2.1', [1.5], 60); "
    "print(settings.CACHES['default']['BACKEND'], cache.get('throttle_anon_192.0.2.1'), os.environ['CACHE_URL'])"
)


@needs_a_server
def test_with_cache_runs_a_throwaway_server_for_the_production_settings_and_removes_it(tmp_path):
    command = [str(ROOT / "scripts" / "with-cache.sh"), sys.executable, "manage.py", "shell", "--no-imports"]
    result = run([*command, "-c", USE_THE_CACHE], **production(tmp_path, CACHE_URL=None))
    assert result.returncode == 0, result.stderr
    backend, history, url = result.stdout.split()
    assert (backend, history) == ("django.core.cache.backends.redis.RedisCache", "[1.5]")
    socket = Path(re.fullmatch(r"unix://(/\S+)", url)[1])
    assert not socket.parent.exists(), "the server stopped and its directory removed when the command ended"


@needs_a_server
def test_with_cache_answers_the_command_s_exit_status():
    result = run([str(ROOT / "scripts" / "with-cache.sh"), "sh", "-c", "exit 3"], CACHE_URL=None)
    assert result.returncode == 3


def test_with_cache_uses_the_server_in_cache_url_when_it_is_set():
    result = run([str(ROOT / "scripts" / "with-cache.sh"), "sh", "-c", 'echo "$CACHE_URL"'], CACHE_URL="redis://a:1/0")
    assert (result.returncode, result.stdout, result.stderr) == (0, "redis://a:1/0\n", "")


def test_make_serve_make_load_and_ci_have_the_cache_server_and_no_cache_table():
    serve = (ROOT / "scripts" / "serve.sh").read_text()
    assert "with-cache.sh" in serve and "createcachetable" not in serve
    assert re.search(r"^\t.*with-cache\.sh .*scripts/load\.py$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert "ensure-cache-server.sh" in (ROOT / ".ci" / "run").read_text()
