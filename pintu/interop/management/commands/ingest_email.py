"""Ingest one RFC 822 message (a file, or stdin) as a report or a reply: for a mail server pipe
(e.g. Postfix `| manage.py ingest_email -`) or by hand. Idempotent by Message-ID."""

import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pintu.interop.inbound.email import Unusable, ingest_email


def describe(received) -> str:
    state = "baru" if received.created else "sudah pernah diterima"
    code = received.report.code if received.report else "-"
    return f"{received.message.kind} {code} ({state})"


class Command(BaseCommand):
    help = "Jadikan satu pesan e-mail (berkas atau stdin) laporan atau balasan."

    def add_arguments(self, parser):
        parser.add_argument("path", help="berkas .eml, atau - untuk stdin")

    def handle(self, *args, path, **options):
        raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
        try:
            received = ingest_email(raw)
        except (Unusable, ValidationError) as exc:
            raise CommandError("; ".join(getattr(exc, "messages", [str(exc)]))) from None
        self.stdout.write(describe(received))
