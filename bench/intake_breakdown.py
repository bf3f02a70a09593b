"""Where the time of one report submission goes: the intake service in process, with and without
the Argon2 hash of the tracking secret. Writes --n reports into DATABASE_URL (use a bench database).

    DATABASE_URL=postgres://.../pintu_bench_small PINTU_SECRET_KEY=x PINTU_FIELD_KEYS=... \\
        .venv/bin/python bench/intake_breakdown.py
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10)
    args = parser.parse_args()
    import django

    django.setup()
    from django.contrib.auth.hashers import make_password
    from django.test import override_settings

    from pintu.agencies.models import Area
    from pintu.complaints.services.intake import ReportDraft, submit_report

    kecamatan = Area.objects.filter(level="kecamatan").order_by("id").first()

    def one(i: int) -> float:
        draft = ReportDraft(
            title=f"Saluran air tersumbat {i}", text=f"Saluran air di gang {i} tersumbat sampah, air meluap ke jalan.",
            kecamatan=kecamatan, name="Budi Santoso", consent=True, idempotency_key=f"breakdown-{time.time_ns()}",
        )  # fmt: skip
        started = time.perf_counter()
        submit_report(draft)
        return (time.perf_counter() - started) * 1000

    hash_ms = statistics.median(_timed(lambda: make_password("ABCD-EFGH")) for _ in range(args.n))
    with_argon2 = statistics.median(one(i) for i in range(args.n))
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher", "django.contrib.auth.hashers.Argon2PasswordHasher"]
    with override_settings(PASSWORD_HASHERS=fast):
        without = statistics.median(one(i) for i in range(args.n))
    print(f"Argon2 make_password: {hash_ms:.0f} ms (median of {args.n})")
    print(f"submit_report with the configured hasher: {with_argon2:.0f} ms; with a fast hash: {without:.0f} ms")


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main()
