"""Re-encrypt all personal data with the newest key of PINTU_FIELD_KEYS (see docs/privacy.md)."""

from django.core.management.base import BaseCommand

from pintu.audit.services import audit
from pintu.mydata import rotation


class Command(BaseCommand):
    help = "Enkripsi ulang semua data pribadi dengan kunci terbaru (PINTU_FIELD_KEYS[0]); dapat dilanjutkan."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500)
        parser.add_argument("--no-files", action="store_true", help="Skip the encrypted identity files.")

    def handle(self, *args, batch: int, no_files: bool, **options):
        verbose = options["verbosity"] > 1
        progress = self.stdout.write if verbose else (lambda line: None)
        counts = {}
        for column in rotation.encrypted_columns():
            label = f"{column.model._meta.label}.{column.field}"
            counts[label] = rotation.rotate_column(column, batch=batch, progress=progress)
            self.stdout.write(f"{label}: {counts[label]} re-encrypted")
        if not no_files:
            counts["identity_files"] = rotation.rotate_identity_files(progress=progress)
            self.stdout.write(f"identity files: {counts['identity_files']} re-encrypted")
        audit("privacy.rotate_keys", details=counts)
