"""What Pintu needs of SP4N-LAPOR!: its API is not public, so Pintu talks to a `LaporTransport`.

What a real transport must implement (and raise LaporError on any failure, so deliveries retry):
- push_report(payload) -> str: send a report forwarded to an instansi that is reached through
  SP4N-LAPOR!; return LAPOR's id for it (stored as Delivery.external_ref).
- push_follow_up(lapor_id, payload): post a follow-up (tindak lanjut) of a report imported from LAPOR.
- fetch_dispositioned(cursor) -> (list[LaporReport], new_cursor): reports LAPOR dispositioned to the
  Pemkab since `cursor` (opaque to Pintu; "" = from the start). Repeats are harmless (idempotent import).
- fetch_updates(cursor) -> (list[LaporUpdate], new_cursor): answers of other instansi to reports we
  pushed; each has a unique update_id (idempotent).
The transports themselves (the fake, a real one) are listed in adapters.lapor.TRANSPORTS.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass


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
