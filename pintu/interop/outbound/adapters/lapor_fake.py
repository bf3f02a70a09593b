"""An in-memory SP4N-LAPOR! for tests and the demo. State is class-wide (one "national system" per
process); `reset()` empties it; `fail_next` makes the next N calls raise, to exercise retries."""

import itertools
from typing import ClassVar

from pintu.interop.outbound.adapters.lapor_interface import LaporError, LaporReport, LaporTransport, LaporUpdate


class FakeLaporTransport(LaporTransport):
    dispositioned: ClassVar[list[LaporReport]] = []
    updates: ClassVar[list[LaporUpdate]] = []
    pushed: ClassVar[dict[str, dict]] = {}
    follow_ups: ClassVar[list[tuple[str, dict]]] = []
    fail_next: ClassVar[int] = 0
    _ids = itertools.count(1)

    @classmethod
    def reset(cls) -> None:
        cls.dispositioned, cls.updates, cls.pushed, cls.follow_ups = [], [], {}, []
        cls.fail_next = 0

    @classmethod
    def _maybe_fail(cls) -> None:
        if cls.fail_next > 0:
            cls.fail_next -= 1
            raise LaporError("fake outage")

    def push_report(self, payload: dict) -> str:
        self._maybe_fail()
        lapor_id = f"LAPOR-{next(self._ids):06d}"
        self.pushed[lapor_id] = payload
        return lapor_id

    def push_follow_up(self, lapor_id: str, payload: dict) -> None:
        self._maybe_fail()
        self.follow_ups.append((lapor_id, payload))

    def fetch_dispositioned(self, cursor: str) -> tuple[list[LaporReport], str]:
        self._maybe_fail()
        start = int(cursor or 0)
        return list(self.dispositioned[start:]), str(len(self.dispositioned))

    def fetch_updates(self, cursor: str) -> tuple[list[LaporUpdate], str]:
        self._maybe_fail()
        start = int(cursor or 0)
        return list(self.updates[start:]), str(len(self.updates))
