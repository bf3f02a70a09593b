"""Tables the audit chain vouches for besides itself: a registry for `audit_verify`.

An app whose rows are recorded in audit entries (pintu.history: each event's content hash) registers a
witness factory in its AppConfig.ready(); `audit_verify` gives every witness each entry it streams, in
seq order, and reports the first damage a witness finds once the chain itself is intact. pintu.audit
never imports those apps: they announce themselves here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pintu.audit.verify import Damage


class Witness(Protocol):
    def see(self, entry: dict) -> Damage | None:
        """One audit entry (every hashed field); a damage found so far, or None."""

    def finish(self) -> Damage | None:
        """After the last entry: a damage found in what is left, or None."""

    @property
    def checked(self) -> int: ...

    label: str


_FACTORIES: list[Callable[[], Witness]] = []


def register_witness(factory: Callable[[], Witness]) -> None:
    if factory not in _FACTORIES:
        _FACTORIES.append(factory)


def witnesses() -> list[Witness]:
    return [factory() for factory in _FACTORIES]
