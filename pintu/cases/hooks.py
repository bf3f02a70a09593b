"""Announce and listen: how a lower app tells a higher one that something happened, without importing it.

A lower app (complaints, ppid) announces; a higher app (insights, interop, ...) listens, registering
its listener in its AppConfig.ready(). Explicit, in-process, synchronous, inside the caller's
transaction: no Django signals, no imports inside functions to dodge a circle.

    # pintu/cases/hooks.py users, lower app:
    CASE_CHANGED = Announcement("case changed")           # declared here, once
    CASE_CHANGED.announce(case)                           # in the service, inside its transaction
    # higher app, AppConfig.ready():
    CASE_CHANGED.listen(sync_facts)
"""

from collections.abc import Callable


class Announcement:
    """A named point where listeners registered by higher apps are called, in registration order."""

    def __init__(self, name: str):
        self.name = name
        self._listeners: list[Callable] = []

    def listen(self, listener: Callable) -> Callable:
        if listener not in self._listeners:
            self._listeners.append(listener)
        return listener

    def forget(self, listener: Callable) -> None:  # tests
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, *args, **kwargs) -> list:
        return [listener(*args, **kwargs) for listener in list(self._listeners)]

    def __repr__(self) -> str:
        return f"Announcement({self.name!r}, {len(self._listeners)} listeners)"


#: A case's status, clocks or content changed (after the change is saved, inside the transaction):
#: statistics' fact rows and search indexes of higher apps follow. Called with the case.
CASE_CHANGED = Announcement("case changed")
#: A report is to be forwarded to an instansi outside the Pemkab through an interop channel.
#: Called with (report, forwarding record); the outbound adapters queue the delivery.
FORWARD_REPORT = Announcement("forward this report")
