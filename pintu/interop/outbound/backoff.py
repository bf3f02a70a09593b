"""When to try a failed delivery again: exponential backoff with jitter. Pure Python, no Django."""

import random
from collections.abc import Callable


def retry_delay(
    attempts: int,
    *,
    base: float = 60.0,
    cap: float = 6 * 3600.0,
    jitter: float = 0.2,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait after the `attempts`-th failed attempt (1, 2, ...).

    base * 2**(attempts-1), capped, then stretched by up to `jitter` (20 %) so many deliveries failing
    together (the other side was down) do not all come back in the same second.
    """
    if attempts < 1:
        return 0.0
    delay = min(cap, base * (2 ** (attempts - 1)))
    return delay * (1 + jitter * rng())


def exhausted(attempts: int, max_attempts: int) -> bool:
    """After this many failed attempts the delivery is a dead letter (the admin may resend it)."""
    return attempts >= max_attempts
