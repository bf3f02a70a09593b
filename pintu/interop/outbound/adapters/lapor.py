"""SP4N-LAPOR! behind an interface: its API is not public, so Pintu talks to a `LaporTransport`.

What a real transport must implement (and raise LaporError on any failure, so deliveries retry):
- push_report(payload) -> str: send a report forwarded to an instansi that is reached through
  SP4N-LAPOR!; return LAPOR's id for it (stored as Delivery.external_ref).
- push_follow_up(lapor_id, payload): post a follow-up (tindak lanjut) of a report imported from LAPOR.
- fetch_dispositioned(cursor) -> (list[LaporReport], new_cursor): reports LAPOR dispositioned to the
  Pemkab since `cursor` (opaque to Pintu; "" = from the start). Repeats are harmless (idempotent import).
- fetch_updates(cursor) -> (list[LaporUpdate], new_cursor): answers of other instansi to reports we
  pushed; each has a unique update_id (idempotent).
PINTU_LAPOR_TRANSPORT picks one from TRANSPORTS ("fake" in tests and the demo; "" switches the exchange off).
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass

from pintu.interop import conf
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent, register_adapter


class LaporError(Exception):
    """The transport could not talk to SP4N-LAPOR! (network, refusal, unexpected answer)."""


@dataclass(frozen=True)
class LaporReport:
    lapor_id: str
    title: str
    text: str
    kecamatan: str = ""  # name or code, matched against our areas
    name: str = ""
    email: str = ""
    phone: str = ""
    anonymous: bool = False
    confidential: bool = False


@dataclass(frozen=True)
class LaporUpdate:
    update_id: str
    reference: str  # the LAPOR id of a report we pushed
    text: str


class LaporTransport(ABC):
    @abstractmethod
    def push_report(self, payload: dict) -> str: ...

    @abstractmethod
    def push_follow_up(self, lapor_id: str, payload: dict) -> None: ...

    @abstractmethod
    def fetch_dispositioned(self, cursor: str) -> tuple[list[LaporReport], str]: ...

    @abstractmethod
    def fetch_updates(self, cursor: str) -> tuple[list[LaporUpdate], str]: ...


def _transports() -> dict[str, type[LaporTransport]]:
    from pintu.interop.outbound.adapters.lapor_fake import FakeLaporTransport

    return {"fake": FakeLaporTransport}


def lapor_enabled() -> bool:
    return bool(conf.lapor_transport())


def lapor_transport() -> LaporTransport:
    name = conf.lapor_transport()
    if not name:
        raise LaporError("SP4N-LAPOR! exchange is off (PINTU_LAPOR_TRANSPORT is empty)")
    return _transports()[name]()


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


register_adapter("lapor", LaporPushAdapter)
register_adapter("lapor_follow_up", LaporFollowUpAdapter)
