"""Speed of the interop building blocks that run per message (no database needed).

    .venv/bin/python bench/interop_speed.py [--n 2000]

Prints: signature checks per second, RFC 822 parses per second (a 2 KB plain message and an HTML one),
and the round trip of a signed webhook POST to a local http.server (median and p95, loopback).
"""

import argparse
import os
import statistics
import sys
import threading
import time
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")
os.environ.setdefault("PINTU_TESTING", "1")

import django  # noqa: E402

django.setup()

from pintu.interop import signing  # noqa: E402
from pintu.interop.inbound.mailparse import parse_email  # noqa: E402
from pintu.interop.outbound.adapters.webhook import post_signed  # noqa: E402


def rate(fn, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        fn()
    return n / (time.perf_counter() - started)


def mail(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Message-ID"] = "Budi <budi@example.com>", "Jalan rusak", "<b1@x>"
    text = "Jalan di depan pasar Indralaya berlubang besar. " * 40
    msg.set_content(f"<html><body><p>{text}</p><script>x()</script></body></html>" if html else text,
                    subtype="html" if html else "plain")  # fmt: skip
    return msg.as_bytes()


class Ok(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    n = parser.parse_args().n
    body = b'{"id":"gw-1","from":"+6281234567890","text":"' + b"x" * 500 + b'","channel":"sms"}'
    headers = signing.signed_headers("secret", body)
    check = rate(lambda: signing.verify("secret", headers["X-Pintu-Timestamp"], headers["X-Pintu-Signature"], body), n)
    print(f"signature checks: {check:,.0f}/s")
    plain, html = mail(False), mail(True)
    print(f"parse plain e-mail ({len(plain)} B): {rate(lambda: parse_email(plain), n // 4):,.0f}/s")
    print(f"parse HTML e-mail ({len(html)} B): {rate(lambda: parse_email(html), n // 4):,.0f}/s")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    times = []
    for _ in range(min(n, 500)):
        started = time.perf_counter()
        post_signed(url, "secret", {"report": {"code": "LPR-2026-AAAAA"}, "text": "x" * 1000})
        times.append((time.perf_counter() - started) * 1000)
    server.shutdown()
    times.sort()
    print(f"signed webhook POST (loopback): median {statistics.median(times):.2f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.2f} ms over {len(times)}")  # fmt: skip


if __name__ == "__main__":
    main()
