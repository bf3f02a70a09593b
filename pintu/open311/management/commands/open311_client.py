"""Issue an Open311 API key for a client application; the key is printed once and stored hashed."""

from django.core.management.base import BaseCommand

from pintu.open311.models import issue_client


class Command(BaseCommand):
    help = "Buat klien Open311 baru dan cetak kunci API-nya (hanya sekali)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Nama aplikasi klien")

    def handle(self, *args, name, **options):
        client, raw = issue_client(name)
        self.stdout.write(f"Klien Open311 #{client.pk} '{client.name}' dibuat.")
        self.stdout.write(f"api_key: {raw}")
        self.stdout.write("Simpan kunci ini sekarang: Pintu hanya menyimpan hash-nya.")
