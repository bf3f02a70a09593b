"""Verify the audit log's hash chain: exit 0 when intact, non-zero at the first damage."""

from django.core.management.base import BaseCommand, CommandError

from pintu.audit.chain import HASHED_FIELDS
from pintu.audit.models import AuditEntry, AuditHead
from pintu.audit.verify import verify_chain


def _anchor(text: str) -> tuple[int, str]:
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise CommandError(f"Anchor tidak sah: {text!r} (format SEQ:HASH).")
    return int(seq), digest.lower()


class Command(BaseCommand):
    help = "Memeriksa rantai hash log audit (diubah, disisipkan atau dihapus)."

    def add_arguments(self, parser):
        parser.add_argument("--chunk-size", type=int, default=5000)
        parser.add_argument(
            "--anchor",
            action="append",
            default=[],
            metavar="SEQ:HASH",
            help="A head printed by an earlier run and kept elsewhere; it must still be in the chain.",
        )

    def handle(self, *args, chunk_size: int, anchor: list[str], **options):
        anchors = dict(_anchor(text) for text in anchor)
        rows = AuditEntry.objects.order_by("seq").values(*HASHED_FIELDS, "hash").iterator(chunk_size=chunk_size)
        head_row = AuditHead.objects.filter(pk=1).values_list("seq", "hash").first()
        try:
            result = verify_chain(rows, head_row, anchors)
        finally:
            rows.close()  # a server-side cursor left open would break the surrounding transaction later
        if result.damage is not None:
            damage = result.damage
            raise CommandError(
                f"Rantai audit rusak pada #{damage.seq}: {damage.kind} ({damage.detail}); "
                f"{result.checked} entri sebelum itu utuh."
            )
        self.stdout.write(f"OK: {result.checked} entri audit utuh; ujung #{result.last_seq} {result.last_hash}")
