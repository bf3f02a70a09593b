from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pintu.demo.loader import DEMO_PASSWORD, demo_logins, load_demo
from pintu.demo.ppid_requests import load_request_demo
from pintu.letters.demo import load_letter_demo
from pintu.ppid.registers.berkala import seed_checklist


class Command(BaseCommand):
    help = "Load (or refresh) the Ogan Ilir demo data. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="reference data only, no demo accounts")
        parser.add_argument(
            "--allow-demo-accounts-in-production",
            action="store_true",
            help="demo accounts have a published password; refused unless DEBUG or this flag",
        )

    def handle(self, *args, no_users, allow_demo_accounts_in_production, **options):
        with_users = not no_users
        if with_users and not settings.DEBUG and not allow_demo_accounts_in_production:
            raise CommandError(
                "Akun demo memakai kata sandi yang diumumkan; pakai --no-users di produksi "
                "(demo accounts have a published password; use --no-users in production)."
            )
        load_demo(with_users=with_users)
        # the berkala checklist, announced, so the public DIP is never empty (not in load_demo(): the tests'
        # demo fixture stays as small as it was)
        berkala = seed_checklist(publish=True)
        # the letters' kop, numbering, named signatories and their demo-CA certificates; with the accounts,
        # requests decided through signed letters (not in load_demo(): signing is slow for the tests' fixture)
        load_letter_demo()
        if with_users:
            requests = load_request_demo()
            self.stdout.write(f"Permohonan informasi demo: {len(requests)} (keputusan bertanda tangan elektronik).")
        self.stdout.write(self.style.SUCCESS("Data demo Ogan Ilir dimuat."))
        self.stdout.write(f"Informasi berkala: {berkala.created} ditambahkan, {berkala.existing} sudah ada.")
        if with_users:
            self.stdout.write(f"Akun demo (kata sandi: {DEMO_PASSWORD}):")
            for username, roles in demo_logins():
                self.stdout.write(f"  {username:<18} {roles}")
