"""manage.py dip_import FILE --agency CODE [--user USERNAME]: a CSV/XLSX DIP into drafts, all or nothing."""

from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.ppid.permissions import SYSTEM
from pintu.ppid.registers import io


class Command(BaseCommand):
    help = "Impor DIP dari berkas CSV atau XLSX menjadi draf milik satu instansi (semua baris atau tidak sama sekali)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="berkas .csv atau .xlsx")
        parser.add_argument("--agency", required=True, help="kode instansi pemilik, misalnya PUPR")
        parser.add_argument("--user", help="nama pengguna pencatat (tanpa ini: dicatat sebagai baris perintah)")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {path}")
        agency = Agency.objects.filter(code=options["agency"]).first()
        if agency is None:
            raise CommandError(f"Instansi dengan kode {options['agency']!r} tidak ada.")
        user = SYSTEM
        if options["user"]:
            user = User.objects.filter(username=options["user"], is_active=True).first()
            if user is None:
                raise CommandError(f"Pengguna {options['user']!r} tidak ada atau tidak aktif.")
        try:
            result = io.import_dip(user, agency, path.name, path.read_bytes())
        except io.DipImportError as exc:
            raise CommandError("Tidak ada yang diimpor:\n" + "\n".join(exc.errors))
        except PermissionDenied as exc:
            raise CommandError(str(exc))
        self.stdout.write(self.style.SUCCESS(f"{result.count} informasi diimpor sebagai draf untuk {agency.name}."))
