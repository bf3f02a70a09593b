"""Stale-while-revalidate for expensive public fragments, one copy for every process and server (issue #22).

Why: the public statistics body takes 1-7 seconds to render at 1,000,000 reports (42 aggregate queries
over the fact tables). It shows the REPORTS scope, which every event of every case moves, so with the
per-process fragments of `pintu.pagecache.cached` alone every server process rendered it again after
every event: on a busy site, all the time. Here the figures may be up to `max_stale` seconds old
(PINTU_STATS_MAX_STALE; the page says when they were computed), and one renderer in the whole cluster
refreshes them while everyone else keeps getting the previous body.

What is stored, in the default cache (CACHES["default"]: the database table in the embedded mode,
Redis or memcached when configured), under a key WITHOUT the scopes' versions (name, language, time
zone, `vary`):

- `pintu:ps:<hash>` -> {"version", "rendered_at", "token"}: small, read when a process has no body of
  the current version;
- `pintu:ps:<hash>:body` -> {"token", "value"}: the body, read once per process per render (a process
  keeps what it read in its own memory, CACHES["pages"], under the token, and under pagecache's
  versioned key when it is the current version's body: then the next request reads nothing shared).
  One body per key, overwritten by the next render: a render every two minutes does not pile up
  bodies in the database table;
- `pintu:ps:<hash>:claim`: the one refresh running (cache.add, CLAIM_TIMEOUT seconds).

A request: (1) the current version's body in this process's memory -> served. (2) The shared entry is
of the current version -> its body. (3) Of an older version, rendered less than `max_stale` seconds
ago -> its body (stale, bounded). (4) Older: whoever takes the claim renders, stores and releases the
claim (also when the render fails); everyone else meanwhile gets the previous body. (5) No shared entry
(the first request, a new day in `vary`, an eviction) -> rendered synchronously, once per process
(`pagecache._build_once`), and stored for the others.

**Decision: the claimer renders in its own request**, not in a background thread. One visitor per
refresh waits as long as a render takes (as every visitor of every process waited before); everyone
else is served at once. A thread would spare that visitor, but it needs its own database connection
(closed afterwards), the request's language and time zone copied in, error reporting of its own, and
it would not see a test's uncommitted rows: more machinery than one visitor's wait every `max_stale`
seconds justifies. Revisit if a render grows past what one visitor should wait.

With `max_stale` 0 (the tests' default) the first request after a change renders the new body, so a
change shows at once as with `cached`; a visitor arriving during that one render still gets the
previous body. Practice mode (`pagecache.bypassed`) neither reads nor writes anything here.

Only bounded keys may come here: a caller that varies on free input (any query string) would fill the
shared cache, whose database table also holds the rate limiter's counters. The statistics page sends
only its default view (with or without ?tampil=semua); filtered views stay in `pagecache.cached`.
"""

import secrets
import time
from collections.abc import Callable, Iterable

from django.http import HttpResponseBase

from pintu import pagecache

PREFIX = "pintu:ps:"
LOCAL_PREFIX = "pintu:pt:"  # a body this process read, by its token
SHARED_TIMEOUT = 2 * 24 * 3600  # an entry unused this long is gone: the next request renders it again
CLAIM_TIMEOUT = 120  # seconds a refresh may run before another process may start one (a crashed renderer)


def now() -> float:
    """The clock of `rendered_at` (a function, so tests can move it)."""
    return time.time()


def shared_key(name: str, vary: Iterable = ()) -> str:
    """The key without versions: name, language, time zone and vary (pagecache's key with an empty version)."""
    return PREFIX + pagecache.fragment_key(name, (), vary, version="").removeprefix("pintu:pf:")


def cached_shared(name: str, build: Callable, *, scopes: Iterable[str], vary: Iterable = (), max_stale: float = 0):
    """An HTML fragment (or dict of them, as `pagecache.cached`) served from the shared store."""
    return pagecache._as_safe(shared_value(name, build, scopes=scopes, vary=vary, max_stale=max_stale))


def shared_value(name: str, build: Callable, *, scopes: Iterable[str], vary: Iterable = (), max_stale: float = 0):
    """`build()`'s value (picklable) for these scopes, at most `max_stale` seconds behind their versions
    once it has been rendered (see the module's docstring); as stored, not marked safe."""
    if pagecache.is_bypassed():
        return build()
    version = pagecache.versions(scopes)
    local, store = pagecache._fragments_cache(), pagecache._versions_cache()
    current = pagecache.fragment_key(name, scopes, vary, version)
    value = local.get(current)
    if value is not None:
        return value
    key = shared_key(name, vary)
    meta = store.get(key)
    if meta is not None:
        if meta["version"] == version:
            token, value = _body(key, meta, local, store)
            if value is not None:
                if token == meta["token"]:  # not another render's body that overtook this entry
                    local.set(current, value, pagecache.FRAGMENT_TIMEOUT)
                return value
        elif now() - meta["rendered_at"] < max_stale or not store.add(key + ":claim", 1, CLAIM_TIMEOUT):
            _token, value = _body(key, meta, local, store)  # fresh enough, or another is rendering the new one
            if value is not None:
                return value
        else:
            try:
                return _render(key, current, version, build, local, store)
            finally:
                store.delete(key + ":claim")
    return _render(key, current, version, build, local, store)


def _body(key: str, meta: dict, local, store) -> tuple[str | None, object]:
    """(token, body) of the render `meta` names: from this process's memory, else the shared body (which
    a later render may have replaced already: then that one's)."""
    value = local.get(LOCAL_PREFIX + meta["token"])
    if value is not None:
        return meta["token"], value
    body = store.get(key + ":body")
    if body is None:
        return None, None
    local.set(LOCAL_PREFIX + body["token"], body["value"], pagecache.FRAGMENT_TIMEOUT)
    return body["token"], body["value"]


def _render(key: str, current: str, version: str, build: Callable, local, store):
    """Render once per process (the threads that miss meanwhile wait for it) and share the result."""

    def build_and_share():
        rendered_at = now()
        value = build()
        if not isinstance(value, HttpResponseBase):
            token = secrets.token_hex(8)
            store.set(key + ":body", {"token": token, "value": value}, SHARED_TIMEOUT)
            store.set(key, {"version": version, "rendered_at": rendered_at, "token": token}, SHARED_TIMEOUT)
        return value

    return pagecache._build_once(current, build_and_share, local)
