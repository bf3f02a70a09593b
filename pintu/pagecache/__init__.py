"""Cached fragments of public pages (issue #22): rendered once per language and version, served to the
next visitor without the queries and the template work behind them.

What a fragment may hold and who gets it:

- Only the anonymous public's view of a page is cached (`public_audience`): a signed-in user (citizen,
  officer, administrator) always gets a freshly rendered page, so one role's page is never served to
  another. A fragment that belongs to one case (a tracking page's timeline) is cached per case and read
  only after the view has checked that this visitor may see that case.
- Fragments are rendered without the request (`render_fragment`): no CSRF token, session or user can
  end up in one. Forms that post stay outside the fragment, in the page around it.
- The key holds the language, the time zone, the page's own variation (query string, case, date) and
  the current **version of every scope the fragment shows** (`versions`). A change bumps its scope
  (`bump`, after the transaction commits): every event a case records (history's listener in
  pintu.site.apps: the case type's scope and the case's own), every save of the directory's rows
  (agencies, areas, categories, roles, PPID settings, calendars), and bulk loaders (`bump_all`).
  The next request reads the new version and renders afresh; the old entries are never read again and
  age out. The timeout is only the memory's limit, not how changes show.

Where things live: the versions in the default cache (CACHES["default"], shared by every process and
server: the database table in the embedded mode, Redis or memcached when configured), the fragments in
CACHES["pages"] (each process's own memory, bounded). A fragment's key names the versions it was
rendered from, so a process can keep it as long as it likes: it is never wrong, only unused once a
version moves. Keeping the bodies out of the default cache also keeps them from crowding out the rate
limiter's counters there.

A fragment too expensive to render in every process after every change (the public statistics at a
million reports) is kept once for all servers instead, and may lag a change by a bounded time:
`pintu.pagecache.shared` (stale-while-revalidate).
"""

import contextlib
import contextvars
import hashlib
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator

from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponseBase
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

VERSION_PREFIX = "pintu:pv:"
FRAGMENT_TIMEOUT = 3600  # seconds a rendered fragment may stay unused in a process's memory
VERSION_TIMEOUT = 7 * 24 * 3600  # a version that expires is replaced by a fresh one: only a miss

#: Scopes: what a fragment shows. A case's own scope is "<case type>:<pk>" (case_scope).
REPORTS = "reports"  # the public register and the statistics of complaints
PPID = "ppid"  # requests, objections, DIP/DIK registers, annual reports
DIRECTORY = "directory"  # agencies, areas, categories, officers, PPID settings, calendars
ALL_SCOPES = (REPORTS, PPID, DIRECTORY)


def case_scope(case_type: str, pk) -> str:
    return f"{case_type}:{pk}"


def _versions_cache():
    return caches["default"]


def _fragments_cache():
    return caches["pages"]


def versions(scopes: Iterable[str]) -> str:
    """The current version of each scope, in one read of the shared cache; a scope without one gets one."""
    scopes = list(scopes)
    keys = [VERSION_PREFIX + scope for scope in scopes]
    cache = _versions_cache()
    found = cache.get_many(keys)
    out = []
    for key in keys:
        value = found.get(key)
        if value is None:
            cache.add(key, secrets.token_hex(6), VERSION_TIMEOUT)
            value = cache.get(key) or "-"  # another process may have added its own first
        out.append(value)
    return ".".join(out)


def _bump_now(scopes: Iterable[str]) -> None:
    _versions_cache().set_many({VERSION_PREFIX + scope: secrets.token_hex(6) for scope in scopes}, VERSION_TIMEOUT)


def bump(*scopes: str) -> None:
    """Give each scope a new version now and again once the current transaction commits.

    The second bump is the one that counts for other processes: a page rendered between the first and
    the commit still read the old rows and was stored under the first new version, which the second
    leaves behind. The first makes the change visible at once to this transaction's own connection
    (and to tests, whose transactions never commit)."""
    scopes = tuple(scopes)
    _bump_now(scopes)
    transaction.on_commit(lambda: _bump_now(scopes))


def bump_all() -> None:
    """After a bulk load that wrote rows without the services (bench/generate.py, load_demo): every
    shared scope changes. A case's own scope need not: the register scopes are part of every key."""
    bump(*ALL_SCOPES)


def public_audience(request) -> bool:
    """Whether this request sees the anonymous public's page, the only audience whose pages are cached."""
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def fragment_key(name: str, scopes: Iterable[str], vary: Iterable = (), version: str | None = None) -> str:
    """`version`: the scopes' versions when the caller read them already (two fragments of one page)."""
    version = versions(scopes) if version is None else version
    parts = [name, translation.get_language() or "", timezone.get_current_timezone_name(), version]
    parts += [repr(sorted(v) if isinstance(v, Iterable) and not isinstance(v, str) else v) for v in vary]
    return "pintu:pf:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def render_fragment(template: str, context: dict) -> SafeString:
    """Render without the request: nothing of the visitor (CSRF token, session, user) gets in."""
    return mark_safe(render_to_string(template, context))  # noqa: S308 (the template escaped it)


_bypassed: contextvars.ContextVar[bool] = contextvars.ContextVar("pintu_pagecache_bypassed", default=False)


@contextlib.contextmanager
def bypassed() -> Iterator[None]:
    """Inside: every fragment is rendered afresh and nothing is stored or read. Practice mode runs its
    requests so (pintu.practice.middleware): a page rendered from the practice database must never be served
    to the public, even where the versions are shared (a Redis default cache is the same for both)."""
    token = _bypassed.set(True)
    try:
        yield
    finally:
        _bypassed.reset(token)


def is_bypassed() -> bool:
    return _bypassed.get()


def cached(name: str, build: Callable, *, scopes: Iterable[str], vary: Iterable = (), version: str | None = None):
    """The fragment `name` for these scopes' current versions and `vary`; `build()` renders it on a miss.

    A fragment is HTML (returned marked safe: the template escaped it) or a dict of such HTML and plain
    values derived from the same rows. `build` may return an HttpResponse instead (a view's early answer,
    such as a 400 for a damaged page link): that is passed back and not stored."""
    if _bypassed.get():
        return _as_safe(build())
    key = fragment_key(name, scopes, vary, version)
    store = _fragments_cache()
    value = store.get(key)
    if value is None:
        value = _build_once(key, build, store)
        if isinstance(value, HttpResponseBase):
            return value
    return _as_safe(value)


def _as_safe(value):
    if isinstance(value, HttpResponseBase):
        return value
    if isinstance(value, str):
        return mark_safe(value)  # noqa: S308 (rendered by a template, escaped there)
    return {k: mark_safe(v) if isinstance(v, str) else v for k, v in value.items()}  # noqa: S308


_building: dict[str, threading.Event] = {}
_building_lock = threading.Lock()
BUILD_WAIT = 30  # seconds a thread waits for another thread of its process rendering the same fragment


def _build_once(key: str, build: Callable, store):
    """Render a missing fragment once per process: the threads that miss the same key meanwhile wait for
    the first one's result instead of all rendering it (after a change, every server thread asks at once)."""
    with _building_lock:
        event = _building.get(key)
        owner = event is None
        if owner:
            event = _building[key] = threading.Event()
    if not owner:
        event.wait(BUILD_WAIT)
        value = store.get(key)
        if value is not None:
            return value
        return _store(key, build(), store)  # the first one failed or took too long: render it here
    try:
        return _store(key, build(), store)
    finally:
        with _building_lock:
            _building.pop(key, None)
        event.set()


def _store(key: str, value, store):
    if not isinstance(value, HttpResponseBase):
        store.set(key, value, FRAGMENT_TIMEOUT)
    return value


def for_public(request, name: str, build: Callable, *, scopes: Iterable[str], vary: Iterable = ()):
    """`cached` for the anonymous public; for a signed-in user `build()` afresh (their page may differ)."""
    if not public_audience(request):
        return build()
    return cached(name, build, scopes=scopes, vary=vary)


def query_vary(request) -> list:
    """A request's query string as part of a key: every parameter and value, in a fixed order."""
    return sorted(request.GET.lists())
