"""`manage.py restore ARCHIVE [--force]`: check the archive, then replace the database and MEDIA_ROOT."""

import sys

from django.core.management.base import BaseCommand, CommandError

from pintu.ops.database import DatabaseToolFailed, has_content
from pintu.ops.manifest import ArchiveInvalid
from pintu.ops.restore import RestoreRefused, restore_backup


class Command(BaseCommand):
    help = "Pulihkan cadangan: periksa checksum, lalu ganti isi database dan MEDIA_ROOT. Hentikan server dulu."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Berkas arsip dari `manage.py backup`")
        parser.add_argument("--force", action="store_true", help="Timpa database yang tidak kosong tanpa bertanya")

    def handle(self, *args, archive, force=False, **options):
        if not force and sys.stdin.isatty() and has_content():
            answer = input("Database tujuan berisi data dan akan ditimpa seluruhnya. Ketik 'ya' untuk lanjut: ")
            force = answer.strip().lower() == "ya"
            if not force:
                raise CommandError("Dibatalkan; tidak ada yang diubah.")
        try:
            result = restore_backup(archive, force=force)
        except (ArchiveInvalid, RestoreRefused) as exc:
            raise CommandError(f"{exc} Tidak ada yang diubah.")
        except DatabaseToolFailed as exc:
            raise CommandError(str(exc))
        manifest = result.manifest
        self.stdout.write(self.style.SUCCESS(f"Dipulihkan dari {archive} (dibuat {manifest.created_at})."))
        self.stdout.write(f"  checksum {len(manifest.files)} berkas cocok")
        self.stdout.write(f"  database {manifest.database_vendor} diganti dari {manifest.database_file}")
        self.stdout.write(f"  berkas media ditulis: {result.media_written}, dihapus (tidak ada di cadangan): "
                          f"{result.media_removed}")  # fmt: skip
        if result.missing_migrations:
            self.stdout.write(self.style.WARNING(
                f"  cadangan lebih lama dari kode ini ({len(result.missing_migrations)} migrasi belum diterapkan): "
                "jalankan `manage.py migrate`."
            ))  # fmt: skip
        self.stdout.write(f"  waktu: {result.seconds:.1f} s. Jalankan kembali server web dan worker.")
