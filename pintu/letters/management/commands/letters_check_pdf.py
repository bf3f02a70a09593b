"""Check the signatures of a letter PDF with pyHanko against PINTU_LETTERS_TRUST_ROOTS."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pintu.letters.signing.validation import check_pdf, load_certificates


class Command(BaseCommand):
    help = "Periksa tanda tangan elektronik (PAdES) pada berkas PDF surat terhadap sertifikat akar tepercaya."

    def add_arguments(self, parser):
        parser.add_argument("pdf", type=Path)

    def handle(self, *args, pdf: Path, **options):
        roots = [path for path in settings.PINTU_LETTERS_TRUST_ROOTS if Path(path).is_file()]
        if not roots:
            raise CommandError("No trust root found: set PINTU_LETTERS_TRUST_ROOTS (PEM or DER files).")
        checks = check_pdf(pdf.read_bytes(), load_certificates(roots))
        if not checks:
            raise CommandError("The file carries no signature.")
        for check in checks:
            self.stdout.write(f"{'OK' if check.ok else 'NOT OK'}: {check.signer} ({check.subfilter}) {check.summary}")
        if not all(check.ok for check in checks):
            raise CommandError("At least one signature is not valid, not trusted or does not cover the whole file.")
