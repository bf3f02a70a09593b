"""Issue or revoke API tokens for staff: `manage.py api_token <username> [--label ...] [--revoke]`."""

from django.core.management.base import BaseCommand, CommandError

from pintu.accounts.models import User
from pintu.apikit.models import issue_token, revoke_tokens


class Command(BaseCommand):
    help = "Buat token API untuk seorang pengguna (ditampilkan sekali), atau cabut semua tokennya."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--label", default="", help="Keterangan token, misalnya nama aplikasi.")
        parser.add_argument("--revoke", action="store_true", help="Cabut semua token aktif pengguna ini.")

    def handle(self, *args, username, label, revoke, **options):
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Pengguna {username} tidak ditemukan.")
        if revoke:
            count = revoke_tokens(user)
            self.stdout.write(f"{count} token milik {username} dicabut.")
            return
        if not user.is_active:
            raise CommandError(f"Pengguna {username} tidak aktif.")
        token, raw = issue_token(user, label=label)
        self.stdout.write(raw)
        self.stderr.write(f"Token {token.hint}… untuk {username} dibuat. Simpan sekarang: tidak ditampilkan lagi.")
