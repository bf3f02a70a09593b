"""manage.py berkala_checklist [--publish]: the mandatory berkala items as DIP entries per unit, with due dates."""

from django.core.management.base import BaseCommand

from pintu.ppid.registers.berkala import seed_checklist


class Command(BaseCommand):
    help = (
        "Isi DIP dengan daftar informasi berkala wajib (PerKI 1/2021) untuk setiap perangkat daerah, "
        "lengkap dengan jadwalnya. Aman dijalankan ulang."
    )

    def add_arguments(self, parser):
        parser.add_argument("--publish", action="store_true", help="langsung umumkan (demo); tanpa ini: draf")

    def handle(self, *args, publish, **options):
        result = seed_checklist(publish=publish)
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.created} informasi berkala ditambahkan ({result.published} diumumkan); "
                f"{result.existing} sudah ada."
            )
        )
