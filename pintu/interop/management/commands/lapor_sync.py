"""Run the SP4N-LAPOR! exchange once (import dispositioned reports, queue follow-ups, take answers) and
send what is due. The same work runs in the sweeps `interop.lapor` and `interop.deliveries`."""

from django.core.management.base import BaseCommand, CommandError

from pintu.interop import lapor
from pintu.interop.outbound.adapters.lapor import lapor_enabled
from pintu.interop.outbound.adapters.lapor_interface import LaporError
from pintu.interop.outbound.deliveries import deliver_due


class Command(BaseCommand):
    help = "Pertukaran dengan SP4N-LAPOR! nasional (sekali jalan)."

    def handle(self, *args, **options):
        if not lapor_enabled():
            raise CommandError("PINTU_LAPOR_TRANSPORT kosong: pertukaran SP4N-LAPOR! tidak aktif.")
        try:
            result = lapor.sync()
        except LaporError as exc:
            raise CommandError(f"SP4N-LAPOR! tidak dapat dihubungi: {exc}") from None
        sent = deliver_due()
        self.stdout.write(
            f"diimpor {result.imported}, tindak lanjut diantrekan {result.follow_ups_queued}, "
            f"jawaban dicatat {result.answers}, terkirim {sent}"
        )
