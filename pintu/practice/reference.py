"""Preparing the practice database: its schema, and a copy of the real reference data.

The practice database starts empty (its own migrations); cases there need the Pemkab's agencies, areas,
categories, calendars, clocks, letterheads and signatories, the content types (generic relations), and
the officers who appear in them. Those rows are copied with their ids, so the real screens' caches and
ids stay valid. Trainees are copied too, holding ONLY their seat's role (RoleAssignment rows of the
practice database): in practice mode the trainee acts as that role whatever their real ones are.
Nothing else is copied: no case, no citizen, no outbox, no delivery endpoint.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, models, transaction
from django.db.models import Q

from pintu.accounts.models import RoleAssignment, User
from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import CategoryClock, ComplaintSettings
from pintu.letters.models import Delegation, KindSetting, Letterhead, NumberingScheme, Signatory
from pintu.mydata.models import PrivacySettings, RecordType
from pintu.ppid.models import PpidSettings
from pintu.sandbox import PRACTICE_ALIAS
from pintu.workdays.models import CalendarSettings, CalendarYear, ClosedDay, HoursException, WeekdayHours

#: Copied whole, in this order (ForeignKey targets first).
REFERENCE_MODELS: tuple[type[models.Model], ...] = (
    ContentType,
    Permission,
    Group,
    Area,
    Agency,
    Category,
    CalendarSettings,
    CalendarYear,
    ClosedDay,
    WeekdayHours,
    HoursException,
    ComplaintSettings,
    CategoryClock,
    PpidSettings,
    PrivacySettings,
    RecordType,
    Letterhead,
    NumberingScheme,
    KindSetting,
)
#: Copied after the people they name.
PEOPLE_MODELS: tuple[type[models.Model], ...] = (Signatory, Delegation)


def migrate_practice_database() -> None:
    """Bring the practice database's schema up to date (`migrate --database practice`)."""
    call_command("migrate", database=PRACTICE_ALIAS, interactive=False, verbosity=0)


def _copy(model: type[models.Model], rows) -> None:
    model._base_manager.using(PRACTICE_ALIAS).bulk_create(list(rows), batch_size=500)


def _officers():
    return User.objects.using("default").filter(role_assignments__active=True).distinct()


def wipe_practice_database() -> None:
    """Empty every table of the practice database (all rounds' sample cases and their history)."""
    connection = connections[PRACTICE_ALIAS]
    deferred = connection.vendor == "postgresql" and connection.in_atomic_block
    if deferred:  # PostgreSQL refuses TRUNCATE while deferred foreign-key checks of this transaction are pending
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", database=PRACTICE_ALIAS, interactive=False, verbosity=0, inhibit_post_migrate=True)
    if deferred:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def copy_reference_data(seats) -> None:
    """Fill an empty practice database from the real one: reference data, officers, trainees as `seats` say."""
    with transaction.atomic(using=PRACTICE_ALIAS):
        for model in reversed((*REFERENCE_MODELS, User, RoleAssignment, *PEOPLE_MODELS)):
            # what migrations seeded there (content types, permissions, record types) gives way to the real rows
            model._base_manager.using(PRACTICE_ALIAS).all()._raw_delete(PRACTICE_ALIAS)
        for model in REFERENCE_MODELS:
            _copy(model, model._base_manager.using("default").order_by("pk"))
        trainee_ids = {seat.trainee_id for seat in seats}
        users = {user.pk: user for user in _officers()}
        users.update({user.pk: user for user in User.objects.using("default").filter(pk__in=trainee_ids)})
        _copy(User, users.values())
        _copy(
            RoleAssignment,
            RoleAssignment.objects.using("default")
            .filter(user__in=users.keys(), active=True)
            .exclude(user__in=trainee_ids),
        )
        _reset_sequences()  # before the seats' role rows get ids of their own
        for seat in seats:
            add_seat_role(seat)
        _copy(
            Signatory,
            _without_certificate(
                Signatory.objects.using("default").filter(Q(user__isnull=True) | Q(user__in=users.keys()))
            ),
        )
        _copy(Delegation, Delegation.objects.using("default").all())
        _reset_sequences()


def _without_certificate(signatories):
    """Never a real signing certificate in the practice database: a practice letter must not carry a valid
    signature nor reach the signing service (signing there is refused with the screen's own message, as for a
    signatory without one)."""
    for signatory in signatories:
        signatory.certificate, signatory.signing_id = "", ""
        yield signatory


def add_seat_role(seat) -> None:
    """The trainee in the practice database: their user row (copied if missing) and exactly the seat's role."""
    if not User.objects.using(PRACTICE_ALIAS).filter(pk=seat.trainee_id).exists():
        _copy(User, User.objects.using("default").filter(pk=seat.trainee_id))
        _reset_sequences()
    RoleAssignment.objects.using(PRACTICE_ALIAS).filter(user_id=seat.trainee_id).delete()
    RoleAssignment.objects.using(PRACTICE_ALIAS).create(
        user_id=seat.trainee_id, role=seat.role, agency_id=seat.agency_id, title="Peserta latihan"
    )


def _reset_sequences() -> None:
    """After inserts with explicit ids (PostgreSQL sequences do not move by themselves)."""
    connection = connections[PRACTICE_ALIAS]
    sql = connection.ops.sequence_reset_sql(no_style(), [*REFERENCE_MODELS, User, RoleAssignment, *PEOPLE_MODELS])
    with connection.cursor() as cursor:
        for statement in sql:
            cursor.execute(statement)


def is_prepared() -> bool:
    """True when the practice database holds the reference data (its agencies)."""
    return Agency.objects.using(PRACTICE_ALIAS).exists()
