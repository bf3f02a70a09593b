"""Playwright for Python driving Debian's Chromium against pytest-django's live server.

- The browser is /usr/bin/chromium (PINTU_CHROMIUM overrides). Playwright never downloads one.
- When it is missing, browser tests are skipped on a developer machine and FAIL in CI (CI=true).
- Every test leaves a full-page screenshot in artifacts/screenshots/ (PINTU_ARTIFACTS overrides).
- `assert_accessible(page)` runs the vendored axe-core and fails on serious or critical violations.
"""

import json
import os
import re
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the tests
# themselves are still synchronous, so Django's async-safety guard must be told.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("PINTU_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("PINTU_ARTIFACTS", Path(__file__).resolve().parents[2] / "artifacts"))
AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            marker = item.get_closest_marker("django_db")
            if "page" in getattr(item, "fixturenames", ()) and not (marker and marker.kwargs.get("transaction")):
                # As every browser test: one without it (2026-12-07) left the later tests of its process
                # unable to sign a PDF ("asyncio.run() cannot be called from a running event loop").
                raise pytest.UsageError(f"{item.nodeid}: a browser test needs pytest.mark.django_db(transaction=True)")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message + ": browser tests must run in CI", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _artifact_name(nodeid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.split("tests/browser/")[-1])[:150]


@pytest.fixture
def page(browser, live_server, request):
    """A phone-sized page whose relative URLs resolve against the live server."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        locale="id-ID",
        bypass_csp=True,  # lets axe-core be injected even under a strict Content Security Policy
    )
    context.set_default_timeout(10_000)
    from django.core.cache import cache

    cache.clear()  # rate-limit counters live in the database cache, which a live-server flush keeps
    page = context.new_page()
    external = []
    page.on("request", lambda req: external.append(req.url) if not req.url.startswith(live_server.url) else None)
    yield page
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(shots / f"{_artifact_name(request.node.nodeid)}.png"), full_page=True)
    finally:
        context.close()
    assert [url for url in external if not url.startswith(("data:", "about:"))] == [], "third-party requests"


def assert_accessible(page, *, impacts=("serious", "critical")) -> None:
    """Run axe-core on the current page; fail listing every serious or critical violation."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in impacts
    ]
    assert not bad, f"axe-core violations on {page.url}:\n{json.dumps(bad, indent=1)}"


def open_menu(page) -> None:
    """Open the site menu where it is a button (phones); on wide screens it is always open."""
    button = page.locator("summary.menu-button")
    if button.is_visible() and page.locator("details#menu[open]").count() == 0:
        button.click()


def login(page, username: str, password: str = "pintu-demo-2026") -> None:
    """Sign in; a role that needs a second factor types a fresh backup code (pintu.security.testing)."""
    from pintu.accounts.models import User
    from pintu.security.testing import issue_backup_code
    from pintu.security.twofactor import requires_second_factor

    user = User.objects.filter(username=username).first()
    code = issue_backup_code(user) if user is not None and requires_second_factor(user) else None
    page.goto("/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Masuk')")
    if code:
        page.wait_for_url("**/masuk/verifikasi/**")
        page.fill("#id_token", code)
        page.click("button[type=submit]:has-text('Verifikasi')")
