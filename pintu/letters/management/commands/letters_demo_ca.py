"""Issue demo-CA test certificates for the letter signatories (the demo and local testing only)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pintu.letters.demo import ensure_demo_certificates
from pintu.letters.models import Signatory


class Command(BaseCommand):
    help = (
        "Buat sertifikat uji (CA demo) untuk penanda tangan surat di PINTU_LETTERS_CERT_DIR. Bukan untuk surat resmi."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Terbitkan ulang meskipun berkas .p12 sudah ada.")

    def handle(self, *args, force=False, **options):
        if not settings.PINTU_LETTERS_P12_PASSPHRASE:
            raise CommandError("Set PINTU_LETTERS_P12_PASSPHRASE: the demo certificates are encrypted with it.")
        issued = ensure_demo_certificates(Signatory.objects.filter(active=True), force=force)
        for path in issued:
            self.stdout.write(f"issued {path}")
        self.stdout.write(f"CA certificate: {settings.PINTU_LETTERS_DEMO_CA_DIR / 'ca.pem'} ({len(issued)} issued)")
