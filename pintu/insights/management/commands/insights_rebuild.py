"""Recreate the statistics fact tables from the cases (after a bulk import, or to check them)."""

import time

from django.core.management.base import BaseCommand

from pintu.insights.facts import rebuild_all


class Command(BaseCommand):
    help = "Bangun ulang tabel fakta statistik (ReportFact, RequestFact) dari data laporan dan permohonan."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=5000)

    def handle(self, *args, batch_size: int, **options):
        started = time.perf_counter()

        def progress(done: int) -> None:
            if options["verbosity"] > 1:
                self.stdout.write(f"  {done} laporan")

        counts = rebuild_all(batch_size=batch_size, progress=progress)
        seconds = time.perf_counter() - started
        self.stdout.write(f"ReportFact: {counts['reports']}, RequestFact: {counts['requests']} ({seconds:.1f} s)")
