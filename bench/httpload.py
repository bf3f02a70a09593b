"""A small HTTP load driver for the benchmarks: threads, keep-alive connections, no dependency.

Each simulated client is a thread with its own persistent `http.client` connection and cookie jar,
sending requests back to back (no think time) for a fixed duration. Latencies are wall-clock per
request as the client sees it, queueing in the server included.
"""

from __future__ import annotations

import http.client
import re
import statistics
import threading
import time
import urllib.parse
from dataclasses import dataclass, field


class Client:
    """One keep-alive connection with a cookie jar (enough for Django's session and CSRF cookies)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.cookies: dict[str, str] = {}
        self.conn = http.client.HTTPConnection(host, port, timeout=60)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        headers = {"Host": f"{self.host}:{self.port}", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(2):  # a server worker may close an idle keep-alive connection
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt:
                    raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _sep, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def get(self, path: str):
        return self.request("GET", path)

    def post_form(self, path: str, fields: dict, csrf_from: str):
        """POST a form the way a browser does: read the CSRF token from the form page first."""
        _status, _headers, page = self.get(csrf_from)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://{self.host}:{self.port}{csrf_from}",
        }
        return self.request("POST", path, body, headers)

    def close(self):
        self.conn.close()


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)
    ok: int = 0
    failed: int = 0
    seconds: float = 0.0
    statuses: dict = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    @property
    def median(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")

    def add(self, other: LoadResult) -> None:
        """Count another run in this one (rounds of the same load: requests, time and latencies add up)."""
        self.latencies.extend(other.latencies)
        self.ok, self.failed = self.ok + other.ok, self.failed + other.failed
        self.seconds += other.seconds
        for key, value in other.statuses.items():
            self.statuses[key] = self.statuses.get(key, 0) + value


def run_load(
    host: str,
    port: int,
    clients: int,
    seconds: float,
    step,
    *,
    prepare=None,
    ok_status=(200,),
    connections=None,
    rate: float | None = None,
) -> LoadResult:
    """`clients` threads call `step(client, i)` (one request, returns its status) for `seconds`.

    `prepare(client, n)` runs once per thread before the clock starts (log in, find a cursor, ...).
    `connections`: open clients to use, one per thread (spread.py), instead of new ones.
    `rate`: requests per second in all, evenly paced (each thread sends one every clients / rate seconds,
    the threads staggered; a request that is late starts at once): the latency at a given load instead of
    the most the server can take.
    """  # fmt: skip
    result, lock = LoadResult(), threading.Lock()
    ready, go = threading.Barrier(clients + 1), threading.Barrier(clients + 1)  # prepared; the clock is set
    stop_at = [0.0]

    def worker(n: int):
        client = connections[n] if connections else Client(host, port)
        if prepare:
            prepare(client, n)
        ready.wait()
        go.wait()
        i, mine, ok, bad, statuses = 0, [], 0, 0, {}
        interval = clients / rate if rate else 0.0
        due = stop_at[0] - seconds + n * interval / clients  # the clock's start, staggered per thread
        while time.perf_counter() < stop_at[0]:
            if interval:
                if (wait := due - time.perf_counter()) > 0:
                    time.sleep(wait)
                due += interval
                if time.perf_counter() >= stop_at[0]:
                    break
            started = time.perf_counter()
            status = step(client, n * 1_000_000 + i)
            mine.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
            ok, bad = (ok + 1, bad) if status in ok_status else (ok, bad + 1)
            i += 1
        client.close()
        with lock:
            result.latencies.extend(mine)
            result.ok += ok
            result.failed += bad
            for key, value in statuses.items():
                result.statuses[key] = result.statuses.get(key, 0) + value

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()
    started = time.perf_counter()
    stop_at[0] = started + seconds
    go.wait()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


ASSET_RE = re.compile(
    rb'<(?:link[^>]+href|script[^>]+src|img[^>]+src|source[^>]+srcset|iframe[^>]+src)\s*=\s*"([^"]+)"', re.I
)
CSS_URL_RE = re.compile(rb"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def page_weight(host: str, port: int, path: str, client: Client | None = None) -> dict:
    """Bytes of a page's HTML plus every stylesheet, script, image (and url() in its CSS), each once.

    Returns {"html": n, "assets": n, "total": n, "foreign": [urls on another host], "files": [...]}.
    Uncompressed bytes (no Accept-Encoding): an upper bound of what a phone downloads.
    """
    client = client or Client(host, port)
    status, _headers, html = client.get(path)
    if status != 200:
        raise RuntimeError(f"{path}: HTTP {status}")
    seen, foreign, assets, todo = set(), [], 0, [m.decode() for m in ASSET_RE.findall(html)]
    base = f"http://{host}:{port}{path}"
    while todo:
        url = urllib.parse.urljoin(base, todo.pop().split(" ")[0].replace("&amp;", "&"))
        parts = urllib.parse.urlsplit(url)
        if parts.scheme == "data":
            continue
        if parts.hostname not in (host, "localhost", "127.0.0.1") or (parts.port or 80) != port:
            foreign.append(url)
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target in seen or parts.path.rstrip("/") == urllib.parse.urlsplit(base).path.rstrip("/"):
            continue
        seen.add(target)
        status, headers, data = client.get(target)
        if status != 200:
            continue
        # <link rel=alternate/canonical/manifest> pages are not downloaded by a browser: count assets only
        kind = headers.get("content-type", "")
        if "text/html" in kind:
            seen.discard(target)
            continue
        assets += len(data)
        if "text/css" in kind:
            todo.extend(m.decode() for m in CSS_URL_RE.findall(data))
    return {"html": len(html), "assets": assets, "total": len(html) + assets, "foreign": foreign, "files": sorted(seen)}
