"""Start everything for the embedded mode: the background worker and the web server.

`make run` calls this (after `load_demo`, which lists the demo accounts). HOST and PORT come from the
environment (default 127.0.0.1:8000). It knows nothing of the demo data: the same command serves a
region's own data.
"""

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the web server and the background worker together (embedded mode)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--no-worker", action="store_true")

    def handle(self, *args, host, port, no_worker, **options):
        worker = None
        if not no_worker:
            worker = subprocess.Popen([sys.executable, str(settings.BASE_DIR / "manage.py"), "qcluster"])
        if "practice" in settings.DATABASES:
            # The practice database (docs/practice.md) is brought up to date beside the server, so the first
            # training seat does not wait for its migrations and `make run` does not wait for them either.
            subprocess.Popen(
                [sys.executable, str(settings.BASE_DIR / "manage.py"), "migrate", "--database", "practice",
                 "--noinput", "--verbosity", "0"]
            )  # fmt: skip
        shown_host = f"[{host}]" if ":" in host else host
        self.stdout.write(self.style.SUCCESS(f"\nPintu berjalan di http://{shown_host}:{port}/"))
        self.stdout.write(f"Admin (konfigurasi): http://{shown_host}:{port}/admin/")
        if getattr(settings, "PINTU_DEMO_2FA_OPTIONAL", False):
            self.stdout.write(
                "Verifikasi dua langkah: opsional di demo ini (aktifkan di /akun/dua-langkah/);"
                " di produksi wajib untuk admin instansi, PPID Utama, Atasan PPID, admin sistem."
            )
        self.stdout.write(f"E-mail keluar disimpan di {settings.EMAIL_FILE_PATH}\n")
        self.stdout.flush()
        try:
            call_command("runserver", f"{host}:{port}", use_reloader=False)
        finally:
            if worker and worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
                try:
                    worker.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    worker.kill()
