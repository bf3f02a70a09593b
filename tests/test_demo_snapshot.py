"""The `demo` fixture's copy of the demo data (tests/demo_snapshot.py) equals a real `load_demo()`."""

from collections import Counter
from datetime import datetime, timedelta

from django.db import models, transaction
from django.utils import timezone

from pintu.accounts.models import RoleAssignment, User
from pintu.agencies.models import Agency
from pintu.categories.models import Category
from pintu.demo.loader import DEMO_PASSWORD, load_demo
from tests import demo_snapshot

#: Values every real load draws anew: a password hash's salt, a task's generated name (checked apart).
RANDOM = {"accounts_user": {"password"}, "django_q_task": {"name"}}


def contents() -> dict[str, list]:
    """Every table's rows, without ids (a real load on PostgreSQL draws new ones), datetimes (checked
    apart) and random values, plus the relations by natural key."""
    tables = {}
    for model in demo_snapshot._models():
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if not f.primary_key
            and not isinstance(f, models.ForeignKey | models.DateTimeField)
            and f.attname not in RANDOM.get(model._meta.db_table, ())
        ]
        tables[model._meta.db_table] = sorted(map(repr, model._base_manager.values_list(*fields)))
    tables["relations"] = sorted(
        [repr(row) for row in Agency.objects.values_list("code", "parent__code", "area__code")]
        + [repr(row) for row in Category.objects.values_list("code", "default_agency__code")]
        + [repr(row) for row in RoleAssignment.objects.values_list("user__username", "role", "agency__code")]
    )
    return tables


def datetimes() -> list[datetime]:
    """The datetimes of the tables the demo fills (rows a migration wrote, e.g. mydata's record types, are
    as old as the test database, not as the load)."""
    found = []
    filled = {model for model, _count, _rows in demo_snapshot._snapshot.tables} if demo_snapshot._snapshot else set()
    for model in filled:
        names = [f.attname for f in model._meta.concrete_fields if isinstance(f, models.DateTimeField)]
        for row in model._base_manager.values_list(*names) if names else ():
            found += [value for value in row if value is not None]
    return found


def in_savepoint(action) -> tuple:
    with transaction.atomic():
        before = Counter(datetimes())  # rows a data migration seeded (the archive schedule) are not the load's
        started = timezone.now()
        how = action()
        assert all(user.check_password(DEMO_PASSWORD) for user in User.objects.all())
        result = (how, contents(), list((Counter(datetimes()) - before).elements()), started)
        transaction.set_rollback(True)
    return result


def test_a_restored_demo_holds_what_a_real_load_writes(db):
    in_savepoint(demo_snapshot.load)  # records, unless an earlier test of this process did
    how, restored, restored_times, started = in_savepoint(demo_snapshot.load)
    assert how == "restored"
    _how, real, real_times, _started = in_savepoint(load_demo)
    assert restored == real
    assert restored["accounts_user"] and restored["agencies_agency"] and restored["workdays_closedday"]
    assert len(restored_times) == len(real_times)
    # datetimes as fresh as a load that just finished: none in the future, none older than such a load
    recorded = demo_snapshot._snapshot
    took = recorded.finished_at - recorded.started_at + timedelta(seconds=1)
    assert all(started - took <= value <= timezone.now() for value in restored_times)


def test_a_test_that_made_demo_rows_first_gets_the_real_upsert(db):
    in_savepoint(demo_snapshot.load)
    with transaction.atomic():
        User.objects.create_user(username="penghubung.pupr", password="x", full_name="Bukan Demo")
        assert demo_snapshot.load() == "loaded"  # the copy would add a second penghubung.pupr
        assert User.objects.get(username="penghubung.pupr").full_name != "Bukan Demo"
        transaction.set_rollback(True)


def test_the_demo_fixture_gives_the_accounts_and_agencies(demo, user_named):
    assert user_named("ppid.utama").role_assignments.filter(active=True).exists()
    assert Agency.objects.filter(parent__isnull=True).count() > 1
