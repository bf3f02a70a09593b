"""Poll the complaint mailbox once: IMAP over SSL (PINTU_IMAP_* settings or options) or a Maildir folder.
Run it from cron or a systemd timer; each message becomes a report or a reply, once."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pintu.interop.inbound.email import Unusable, ingest_email
from pintu.interop.inbound.mailbox import ImapAccount, imap_messages, poll_maildir

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Ambil pesan baru dari kotak surat pengaduan (IMAP SSL atau Maildir)."

    def add_arguments(self, parser):
        parser.add_argument("--maildir", help="folder Maildir (selain itu IMAP dari pengaturan)")
        parser.add_argument("--host", default=getattr(settings, "PINTU_IMAP_HOST", ""))
        parser.add_argument("--port", type=int, default=int(getattr(settings, "PINTU_IMAP_PORT", 993)))
        parser.add_argument("--user", default=getattr(settings, "PINTU_IMAP_USER", ""))
        parser.add_argument("--folder", default=getattr(settings, "PINTU_IMAP_FOLDER", "INBOX"))
        parser.add_argument("--limit", type=int, default=100)

    def handle(self, *args, **options):
        outcomes = {"ok": 0, "skipped": 0}

        def handle(raw: bytes) -> None:
            try:
                received = ingest_email(raw)
            except (Unusable, ValidationError) as exc:
                outcomes["skipped"] += 1
                self.stderr.write(f"dilewati: {'; '.join(getattr(exc, 'messages', [str(exc)]))}")
                return
            outcomes["ok"] += 1
            self.stdout.write(f"{received.message.kind} {received.report.code if received.report else '-'}")

        if options["maildir"]:
            poll_maildir(options["maildir"], handle, options["limit"])
        else:
            if not options["host"] or not options["user"]:
                raise CommandError("Isi --maildir, atau PINTU_IMAP_HOST dan PINTU_IMAP_USER.")
            account = ImapAccount(
                options["host"],
                options["user"],
                getattr(settings, "PINTU_IMAP_PASSWORD", ""),
                options["port"],
                options["folder"],
            )
            imap_messages(account, handle, options["limit"])
        self.stdout.write(f"selesai: {outcomes['ok']} diproses, {outcomes['skipped']} dilewati")
