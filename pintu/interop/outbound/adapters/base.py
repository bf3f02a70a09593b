"""The adapter boundary: one class per way of sending, chosen by `Delivery.adapter` in `registry.ADAPTERS`.

An adapter's `deliver(delivery)` sends `delivery.payload` and returns a Sent (the other side's HTTP
status, its reference); any failure raises DeliveryFailed, and the delivery machinery decides about
retries. Adapters never touch the database: the payload was built, and stripped of what must not
leave, when the delivery was queued.
"""

import time
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Sent:
    status_code: int | None = None
    external_ref: str = ""


class DeliveryFailed(Exception):
    def __init__(self, message: str, status_code: int | None = None):
        super().__init__(message)
        self.status_code = status_code


class Adapter(Protocol):
    def deliver(self, delivery) -> Sent: ...


def timed(fn, *args, **kwargs):
    """(result or exception, milliseconds): the delivery log records how long the other side took."""
    started = time.monotonic()
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 (the caller decides)
        result = exc
    return result, int((time.monotonic() - started) * 1000)
