"""The `demo` fixture's data: `load_demo()` once per test process, then the same rows in every test.

`load_demo()` makes about 1,500 queries (0.5-1 s; the suite's largest single cost when each of the many
tests that need the demo paid it). Once per process, before the first test that asks for the demo, the
real `load_demo()` runs in a transaction that is rolled back, and the rows it inserted are recorded,
table by table. Later tests get those rows back with one bulk INSERT per table, their datetimes moved
forward so that the recorded load ends now (`auto_now` fields are set to now by the insert itself):
the database holds what a `load_demo()` that had just finished would have written, none of it dated in
the future, with the same primary keys as the recorded load.

The copy is used only when it is sure to be equal to a real load; otherwise the real `load_demo()` runs:

- every table the demo fills must hold as many rows as before the recorded load (normally none): a
  test that created an agency before asking for the demo gets the real upsert;
- the settings that change what `load_demo()` writes must be as they were (jobs inline or queued,
  password hasher, language);
- the recorded load must only have inserted rows (an update of an existing row cannot be replayed).

`tests/test_demo_snapshot.py` compares a restored database with a real load, table by table.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone, translation
from django_q.conf import Conf

from pintu.demo.loader import load_demo


@dataclass
class Snapshot:
    key: tuple
    started_at: datetime
    finished_at: datetime
    #: (model, rows present before the recorded load, the inserted rows as {attname: value}), in insert order
    tables: list[tuple[type[models.Model], int, list[dict]]] = field(default_factory=list)


_snapshot: Snapshot | None = None
_unusable: set[tuple] = set()  # configurations whose load changed existing rows: always load for real


def _config_key() -> tuple:
    return (
        bool(settings.Q_CLUSTER.get("sync")),
        bool(Conf.SYNC),
        tuple(settings.PASSWORD_HASHERS),
        translation.get_language(),
        settings.TIME_ZONE,
    )


def _models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and not model._meta.swapped
    ]


def _rows(model: type[models.Model]) -> dict:
    names = [f.attname for f in model._meta.concrete_fields]
    return {row[model._meta.pk.attname]: row for row in model._base_manager.order_by("pk").values(*names)}


def _record(key: tuple) -> None:
    """Run the real load_demo() and keep what it inserted (or mark this configuration unusable)."""
    global _snapshot
    before = {model: _rows(model) for model in _models()}
    started_at = timezone.now()
    load_demo()
    snapshot = Snapshot(key=key, started_at=started_at, finished_at=timezone.now())
    for model, rows_before in before.items():
        rows_after = _rows(model)
        if rows_after == rows_before:
            continue
        if any(rows_after.get(pk) != row for pk, row in rows_before.items()):
            _unusable.add(key)  # an existing row was changed or deleted: not replayable
            return
        inserted = [row for pk, row in rows_after.items() if pk not in rows_before]
        snapshot.tables.append((model, len(rows_before), inserted))
    _snapshot = snapshot


def _restorable(snapshot: Snapshot) -> bool:
    return all(model._base_manager.count() == count_before for model, count_before, _rows in snapshot.tables)


@transaction.atomic  # foreign keys are checked when it commits (deferred), whatever the tables' order
def _restore(snapshot: Snapshot) -> None:
    shift = timezone.now() - snapshot.finished_at
    for model, _count, rows in snapshot.tables:
        objects = []
        for row in rows:
            values = {name: value + shift if isinstance(value, datetime) else value for name, value in row.items()}
            objects.append(model(**values))
        model._base_manager.bulk_create(objects)
    if connection.vendor == "postgresql":  # later inserts in the test must not reuse a restored id
        statements = connection.ops.sequence_reset_sql(no_style(), [model for model, _c, _r in snapshot.tables])
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def record() -> None:
    """Record the demo once per process, in a transaction rolled back at once (the `demo` fixture calls
    this from a session fixture, before any test's own patches or settings apply)."""
    if _snapshot is None and _config_key() not in _unusable:
        with transaction.atomic():
            _record(_config_key())
            transaction.set_rollback(True)


def load() -> str:
    """What `load_demo()` does, from the recorded rows when that gives the same database.

    Returns how: "recorded" (a real load, kept), "restored" (the copy) or "loaded" (a real load)."""
    key = _config_key()
    if _snapshot is None and key not in _unusable:
        _record(key)
        return "recorded"
    if _snapshot is not None and _snapshot.key == key and _restorable(_snapshot):
        _restore(_snapshot)
        return "restored"
    load_demo()
    return "loaded"
