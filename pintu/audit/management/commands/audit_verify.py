"""Verify the audit log's hash chain, and the rows it vouches for (history events): exit 0 when intact,
non-zero at the first damage."""

from collections.abc import Iterable, Iterator

from django.core.management.base import BaseCommand, CommandError

from pintu.audit.chain import HASHED_FIELDS
from pintu.audit.models import AuditEntry, AuditHead
from pintu.audit.verify import Damage, verify_chain
from pintu.audit.witnesses import Witness, witnesses


def _anchor(text: str) -> tuple[int, str]:
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise CommandError(f"Anchor tidak sah: {text!r} (format SEQ:HASH).")
    return int(seq), digest.lower()


def _shown_to(rows: Iterable[dict], watching: list[Witness], found: list[tuple[Witness, Damage]]) -> Iterator[dict]:
    """The rows, each also shown to every witness that has found nothing yet."""
    for row in rows:
        for witness in watching:
            if not any(w is witness for w, _ in found) and (damage := witness.see(row)):
                found.append((witness, damage))
        yield row


class Command(BaseCommand):
    help = "Memeriksa rantai hash log audit (diubah, disisipkan atau dihapus) dan riwayat kasus yang dijaminnya."

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
        watching, found = witnesses(), []
        try:
            result = verify_chain(_shown_to(rows, watching, found), head_row, anchors)
        finally:
            rows.close()  # a server-side cursor left open would break the surrounding transaction later
        if result.damage is not None:
            damage = result.damage
            raise CommandError(
                f"Rantai audit rusak pada #{damage.seq}: {damage.kind} ({damage.detail}); "
                f"{result.checked} entri sebelum itu utuh."
            )
        for witness in watching:
            if not any(w is witness for w, _ in found) and (damage := witness.finish()):
                found.append((witness, damage))
        if found:
            witness, damage = min(found, key=lambda pair: pair[1].seq)
            raise CommandError(
                f"Data yang dijamin log audit rusak ({witness.label}) pada entri #{damage.seq}: "
                f"{damage.kind} ({damage.detail})."
            )
        self.stdout.write(f"OK: {result.checked} entri audit utuh; ujung #{result.last_seq} {result.last_hash}")
        for witness in watching:
            self.stdout.write(f"OK: {witness.checked} {witness.label} cocok dengan log audit")
