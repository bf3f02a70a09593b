"""Sequential numbers per year (nomor pendaftaran, nomor keberatan), safe under concurrency.

Each numbered kind has its own counter table (one row per year), a `YearCounter`.

The year's counter row is locked with SELECT ... FOR UPDATE (on SQLite the IMMEDIATE transaction
already serialises writers). Call inside the transaction that stores the numbered row: a rollback
gives the number back.
"""

from django.db import IntegrityError, models, transaction


def take_next(counter_model: type[models.Model], year: int) -> int:
    """Increment and return the `last` field of `counter_model`'s row for `year`."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("take_next() must run inside the transaction that stores the numbered row")
    try:
        with transaction.atomic():
            counter_model.objects.get_or_create(year=year)
    except IntegrityError:  # a concurrent first number of the year created it
        pass
    counter = counter_model.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


class YearCounter(models.Model):
    """The last number of a year; locked (select_for_update) while a number is taken. Abstract."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"
