"""The adapter boundary: one class per way of sending, chosen by `Delivery.adapter` in `registry.ADAPTERS`.

An adapter's `deliver(delivery)` sends `delivery.payload` and returns a Sent (the other side's HTTP
status, its reference); any failure raises DeliveryFailed, and the delivery machinery decides about
retries (a failure marked permanent is not retried; a Retry-After is respected). Adapters never touch
the database: the payload was built, and stripped of what must not leave, when the delivery was queued.
"""

import time
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Sent:
    status_code: int | None = None
    external_ref: str = ""


class DeliveryFailed(Exception):
    """The other side did not take it. `permanent`: trying again cannot help (an unknown number, a template the
    provider refuses): the delivery is a dead letter at once. `retry_after`: the other side asked us to wait
    at least this many seconds (a rate limit's Retry-After)."""

    def __init__(
        self, message: str, status_code: int | None = None, *, permanent: bool = False, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status_code = status_code
        self.permanent = permanent
        self.retry_after = retry_after


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
