"""The shared, stale-while-revalidate store of expensive fragments (pintu.pagecache.shared, issue #22).

Each test renders a value once (so it is stored), moves a version as an event would, and asks again.
`shared.now` is moved instead of waiting; `builds` counts the renders.
"""

import threading

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation

from pintu import pagecache
from pintu.pagecache import shared

pytestmark = pytest.mark.django_db

SCOPES = (pagecache.REPORTS,)
KEY = shared.shared_key("figures")


@pytest.fixture
def clock(monkeypatch):
    """shared.now, set by the test: clock.at = seconds."""

    class Clock:
        at = 1_000_000.0

    monkeypatch.setattr(shared, "now", lambda: Clock.at)
    return Clock


class Renders:
    """A build that returns "figures N" for its N-th call."""

    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return f"figures {self.count}"


def get(build, max_stale=0, name="figures"):
    return shared.shared_value(name, build, scopes=SCOPES, max_stale=max_stale)


def another_process():
    """A process (or server) that has not read anything yet: its own memory is empty."""
    caches["pages"].clear()


def test_rendered_once_then_served_to_every_process_without_rendering(clock):
    build = Renders()
    assert get(build) == "figures 1"
    another_process()
    assert get(build) == "figures 1"
    assert build.count == 1


def test_with_no_staleness_a_change_shows_at_once(clock):
    build = Renders()
    get(build)
    pagecache.bump(pagecache.REPORTS)
    assert get(build) == "figures 2"
    another_process()
    assert get(build) == "figures 2"  # the new render was shared
    assert build.count == 2


def test_a_change_is_served_stale_until_the_bound_then_rendered_once(clock):
    build = Renders()
    get(build, max_stale=60)
    pagecache.bump(pagecache.REPORTS)
    clock.at += 59
    assert get(build, max_stale=60) == "figures 1"
    another_process()
    assert get(build, max_stale=60) == "figures 1"  # every process: the previous figures
    clock.at += 2
    assert get(build, max_stale=60) == "figures 2"
    another_process()
    assert get(build, max_stale=60) == "figures 2"
    assert build.count == 2


def test_unchanged_figures_are_served_long_after_the_bound(clock):
    build = Renders()
    get(build, max_stale=60)
    clock.at += 3600
    another_process()
    assert get(build, max_stale=60) == "figures 1"
    assert build.count == 1


def test_while_another_server_refreshes_everyone_gets_the_previous_body(clock):
    build = Renders()
    get(build)
    pagecache.bump(pagecache.REPORTS)
    caches["default"].add(KEY + ":claim", 1, shared.CLAIM_TIMEOUT)  # the other server's claim
    for _ in range(5):
        another_process()
        assert get(build) == "figures 1"
    assert build.count == 1


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                       "LOCATION": "shared-threads"},
                           "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                     "LOCATION": "pages-threads"}})  # fmt: skip
def test_many_requests_after_a_change_make_one_render(clock):
    """Threads stand for the requests of several processes (each its own memory cleared) arriving after a
    change: one renders, the others are served the previous body at once, meanwhile. (A memory cache as
    the shared one: the threads' own database connections would not see this test's transaction.)"""
    started, release, count = threading.Event(), threading.Event(), []

    def build():
        count.append(1)
        if len(count) > 1:
            started.set()
            release.wait(10)
        return f"figures {len(count)}"

    caches["default"].clear()
    get(build)
    pagecache.bump(pagecache.REPORTS)
    results = []
    renderer = threading.Thread(target=lambda: results.append(get(build)))
    renderer.start()
    assert started.wait(10)
    others = []
    for _ in range(8):
        another_process()
        others.append(threading.Thread(target=lambda: results.append(get(build))))
        others[-1].start()
    for thread in others:
        thread.join(10)
    assert results == ["figures 1"] * 8
    release.set()
    renderer.join(10)
    assert results[-1] == "figures 2"
    another_process()
    assert get(build) == "figures 2"
    assert len(count) == 2


def test_languages_stay_apart_also_when_served_stale(clock):
    def build():
        return f"body in {translation.get_language()}"

    for language in ("id", "en"):
        with translation.override(language):
            assert get(build, max_stale=60) == f"body in {language}"
    pagecache.bump(pagecache.REPORTS)
    clock.at += 10
    another_process()
    for language in ("en", "id", "en"):
        with translation.override(language):
            assert get(build, max_stale=60) == f"body in {language}"


def test_practice_mode_neither_reads_nor_writes_the_shared_entry(clock):
    build = Renders()
    with pagecache.bypassed():
        assert get(build) == "figures 1"
    assert caches["default"].get(KEY) is None and caches["default"].get(KEY + ":body") is None
    get(build)  # the public's entry: "figures 2"
    with pagecache.bypassed():
        assert get(build) == "figures 3"  # rendered from the practice database, the public's not read
    assert get(build) == "figures 2"
    assert build.count == 3


def test_a_failed_render_releases_the_claim(clock):
    build = Renders()
    get(build)
    pagecache.bump(pagecache.REPORTS)

    def broken():
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        get(broken)
    assert caches["default"].get(KEY + ":claim") is None
    assert get(build) == "figures 2"  # the next request may refresh


def test_a_response_is_passed_back_and_not_stored(clock):
    from django.http import HttpResponseBadRequest

    assert get(HttpResponseBadRequest).status_code == 400
    assert caches["default"].get(KEY) is None
