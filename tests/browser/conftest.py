"""Browser tests: Playwright driving Debian's Chromium against a live server.

No browser is downloaded: scripts/ensure-chromium.sh installs Debian's package, and
Chromium starts with the flags that keep it from calling home. Every request a page
makes outside the live server is refused and recorded, so a test can assert there were
none; console errors are recorded too. A failing test leaves a full-page screenshot in
var/browser-failures/.
"""

import os
from pathlib import Path

import pytest
from django.db import connection
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FAILURES = Path(__file__).resolve().parents[2] / "var" / "browser-failures"
QUIET_FLAGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"The browser tests need Debian's Chromium at {CHROMIUM}: run scripts/ensure-chromium.sh.")
    # Playwright's sync API keeps an event loop in this thread; Django would take every
    # query the test makes for one from async code. Allowed for these modules only.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=QUIET_FLAGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Watched:
    """What a page did that a user would not want: requests leaving the machine, console errors."""

    def __init__(self):
        self.outside_requests: list[str] = []
        self.console_errors: list[str] = []


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    watched = Watched()

    def only_local(route):
        url = route.request.url
        if url.startswith((live_server.url, "data:", "blob:")):
            route.continue_()
        else:
            watched.outside_requests.append(url)
            route.abort()

    context.route("**/*", only_local)
    page.on("console", lambda message: message.type == "error" and watched.console_errors.append(message.text))
    page.on("pageerror", lambda error: watched.console_errors.append(str(error)))
    page.watched = watched
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        FAILURES.mkdir(parents=True, exist_ok=True)
        # Named by database too: scripts/test.sh runs the PostgreSQL and SQLite passes at once.
        path = FAILURES / f"{request.node.name}-{connection.vendor}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"Screenshot of the failure: {path}")
    context.close()
