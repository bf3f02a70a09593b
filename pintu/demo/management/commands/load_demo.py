from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pintu import pagecache
from pintu.demo.loader import DEMO_PASSWORD, demo_logins, load_demo
from pintu.demo.ppid_requests import load_request_demo
from pintu.demo.year.build import DEMO_SECRET, SEED, load_year
from pintu.demo.year.contacts import fill_demo_contacts
from pintu.letters.demo import load_letter_demo
from pintu.ppid.annual.demo import publish_demo_report
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
        parser.add_argument(
            "--small",
            action="store_true",
            help="reference data and accounts only, without the generated year of reports and requests",
        )
        parser.add_argument("--seed", type=int, default=SEED, help="seed of the generated year (default %(default)s)")
        parser.add_argument(
            "--all-letters",
            action="store_true",
            help="sign the letters of every decision of the generated year, not only a representative set "
            "(about a second per letter; see docs/demo.md)",
        )
        parser.add_argument(
            "--reference",
            type=date.fromisoformat,
            default=None,
            help="YYYY-MM-DD: the generated year ends the day before (default: today)",
        )

    def handle(
        self, *args, no_users, allow_demo_accounts_in_production, small, seed, reference, all_letters, **options
    ):
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
        self.stdout.write(self.style.SUCCESS("Data demo Ogan Ilir dimuat."))
        self.stdout.write(f"Informasi berkala: {berkala.created} ditambahkan, {berkala.existing} sudah ada.")
        if not small and with_users:  # the year's cases are handled by the demo accounts
            # before the hand-made requests below: the year's numbers and letters come first, as in real use
            year = load_year(seed=seed, reference=reference, all_letters=all_letters)
            filled = fill_demo_contacts()
            if filled:
                self.stdout.write(f"Kontak demo untuk {filled} instansi (alamat, telepon, e-mail yang masih kosong).")
            self.year_summary(year)
        if with_users:
            requests = load_request_demo()
            signed = ", ".join(info.number for info in requests if info.notice_letter_id)
            self.stdout.write(f"Permohonan informasi demo: {len(requests)}; keputusan bertanda tangan elektronik "
                              f"(cari nomornya di register PPID): {signed}.")  # fmt: skip
        # last year's annual report (after the generated year, whose cases it counts), so /ppid/ links one
        if with_users and publish_demo_report():
            self.stdout.write("Laporan tahunan tahun lalu diumumkan.")
        pagecache.bump_all()  # a running server's cached public pages show the loaded data at once
        if with_users:
            self.stdout.write(f"Akun demo (kata sandi: {DEMO_PASSWORD}):")
            for username, roles in demo_logins():
                self.stdout.write(f"  {username:<18} {roles}")

    def year_summary(self, year) -> None:
        if not year.reports:
            self.stdout.write("Setahun pemakaian: sudah dimuat sebelumnya.")
            return
        self.stdout.write(
            f"Setahun pemakaian: {year.reports} laporan, {year.requests} permohonan informasi, "
            f"{year.objections} keberatan, {year.disputes} sengketa, {year.escalations} eskalasi, "
            f"{year.dik} DIK ({year.seconds} dtk). Kode pelacakan kasus demo: {DEMO_SECRET}."
        )
        letters = year.letters
        self.stdout.write(
            f"Surat bertanda tangan untuk tahun itu: {letters.decisions} keputusan, {letters.extensions} "
            f"perpanjangan, {letters.answers} tanggapan keberatan ({letters.seconds} dtk); {letters.unsigned} "
            "keputusan lama tanpa surat (--all-letters menandatangani semuanya)."
        )
        if letters.skipped:
            self.stdout.write(f"Surat tidak ditandatangani: {letters.skipped}")
