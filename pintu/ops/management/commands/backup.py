"""`manage.py backup [--output PATH]`: one tar.gz with the database, MEDIA_ROOT and a checksummed manifest."""

from django.core.management.base import BaseCommand, CommandError

from pintu.ops.backup import create_backup
from pintu.ops.database import DatabaseToolFailed


class Command(BaseCommand):
    help = "Buat cadangan lengkap: database dan berkas (MEDIA_ROOT) dalam satu arsip tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="Berkas arsip (bawaan: VAR_DIR/backups/pintu-<waktu>.tar.gz)")

    def handle(self, *args, output=None, **options):
        try:
            result = create_backup(output)
        except DatabaseToolFailed as exc:
            raise CommandError(str(exc))
        manifest = result.manifest
        self.stdout.write(self.style.SUCCESS(f"Cadangan dibuat: {result.path}"))
        self.stdout.write(f"  database: {manifest.database_vendor} ({manifest.database_file})")
        self.stdout.write(f"  berkas media: {len(manifest.media_files())}")
        self.stdout.write(f"  ukuran: {result.size / 1_000_000:.1f} MB, waktu: {result.seconds:.1f} s")
        self.stdout.write("Simpan arsip di luar server ini; kunci (PINTU_SECRET_KEY, PINTU_FIELD_KEYS) terpisah.")
