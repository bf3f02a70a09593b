"""Run the retention sweep now (it also runs with the other sweeps every few minutes)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from pintu.mydata import retention


class Command(BaseCommand):
    help = "Anonimkan data pribadi kasus yang melewati masa retensi (lihat docs/privacy.md)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only list what would be anonymised.")

    def handle(self, *args, dry_run: bool, **options):
        now = timezone.now()
        if dry_run:
            todo = retention.plan(now)
            for label, qs, attr in (
                ("report", todo.reports, "code"),
                ("request", todo.requests, "number"),
                ("identity files of request", todo.identity_files, "number"),
            ):
                for case in qs.iterator(chunk_size=500):
                    self.stdout.write(f"{label} {getattr(case, attr)} (closed {case.closed_at:%Y-%m-%d})")
            for objection in todo.objections.iterator(chunk_size=500):
                self.stdout.write(f"objection {objection.number}")
            for row in todo.restrictions.iterator(chunk_size=500):
                self.stdout.write(f"restricted {row.case_type} {row.reference} (until {row.until:%Y-%m-%d})")
            counts = (todo.reports.count(), todo.requests.count(), todo.objections.count(),
                      todo.identity_files.count(), todo.restrictions.count())  # fmt: skip
            self.stdout.write(
                "dry run: {} reports, {} requests, {} objections, {} identity file sets would be anonymised; "
                "{} restricted erasures would be completed".format(*counts)
            )
            return
        handled = retention.sweep(now)
        self.stdout.write(f"{handled} kasus dianonimkan.")
