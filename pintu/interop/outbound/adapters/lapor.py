"""SP4N-LAPOR! behind an interface (adapters.lapor_interface): the transports Pintu knows, and the two
adapters that push through the chosen one. PINTU_LAPOR_TRANSPORT picks one from TRANSPORTS ("fake" in
tests and the demo; "" switches the exchange off).
"""

from pintu.interop import conf
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent
from pintu.interop.outbound.adapters.lapor_fake import FakeLaporTransport
from pintu.interop.outbound.adapters.lapor_interface import LaporError, LaporTransport

TRANSPORTS: dict[str, type[LaporTransport]] = {"fake": FakeLaporTransport}


def lapor_enabled() -> bool:
    return bool(conf.lapor_transport())


def lapor_transport() -> LaporTransport:
    name = conf.lapor_transport()
    if not name:
        raise LaporError("SP4N-LAPOR! exchange is off (PINTU_LAPOR_TRANSPORT is empty)")
    return TRANSPORTS[name]()


class LaporPushAdapter:
    """Forwarding to an instansi reached through SP4N-LAPOR!."""

    def deliver(self, delivery) -> Sent:
        try:
            return Sent(external_ref=lapor_transport().push_report(delivery.payload)[:120])
        except LaporError as exc:
            raise DeliveryFailed(f"LAPOR: {exc}") from None


class LaporFollowUpAdapter:
    """A follow-up of a report that came from SP4N-LAPOR!, pushed back to it."""

    def deliver(self, delivery) -> Sent:
        try:
            lapor_transport().push_follow_up(delivery.payload["lapor_id"], delivery.payload)
        except LaporError as exc:
            raise DeliveryFailed(f"LAPOR: {exc}") from None
        return Sent()
