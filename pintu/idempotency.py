"""Create-once for submissions retried with the same idempotency key (double clicks, flaky networks)."""

from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, transaction

T = TypeVar("T")


def create_once(key: str, find: Callable[[str], T | None], create: Callable[[], T]) -> tuple[T, bool]:
    """(create(), True) in a transaction; if a concurrent twin with the same unique `key` won the race,
    (that twin, False) instead of an IntegrityError. Callers look the key up first, before validating.
    """
    try:
        with transaction.atomic():
            return create(), True
    except IntegrityError:
        if key and (existing := find(key)):
            return existing, False
        raise
