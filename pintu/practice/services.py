"""Use cases of practice mode: rounds and seats (trainer), entering and leaving practice mode (trainee), reset."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.practice import reference, seeding
from pintu.practice.models import PracticeRound, PracticeSeat
from pintu.sandbox import PRACTICE_ALIAS

#: Who runs a sosialisasi: the PPID Utama, the admin instansi (complaint coordinator), the system admin.
TRAINER_ROLES = (Role.PPID_UTAMA, Role.ADMIN_INSTANSI, Role.SYSTEM_ADMIN)
#: The session key naming the seat whose practice mode the signed-in trainee chose.
SESSION_KEY = "pintu_practice_seat"


def may_train(user) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or scope_of(user).has(*TRAINER_ROLES)))


def require_trainer(user) -> None:
    if not may_train(user):
        raise PermissionDenied(_("Hanya PPID Utama, admin instansi, atau admin sistem yang memimpin latihan."))


def active_seats(user):
    return PracticeSeat.objects.filter(trainee=user, round__active=True).select_related("round", "agency")


def ensure_practice_database() -> None:
    """Schema up to date (lazily, the first time a trainer needs it) and the reference data copied."""
    connection = connections[PRACTICE_ALIAS]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        reference.migrate_practice_database()
    if not reference.is_prepared():
        reference.copy_reference_data(list(PracticeSeat.objects.filter(round__active=True)))


def create_round(user, name: str) -> PracticeRound:
    require_trainer(user)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": _("Tuliskan nama putaran latihan.")})
    return PracticeRound.objects.create(name=name[:150], trainer=user)


def add_seat(user, practice_round: PracticeRound, *, username: str, role: str, agency: Agency) -> PracticeSeat:
    """A trainee's seat, with their sample cases made in the practice database."""
    require_trainer(user)
    trainee = User.objects.filter(username=(username or "").strip(), is_active=True).first()
    if trainee is None:
        raise ValidationError({"username": _("Tidak ada akun aktif dengan nama pengguna ini.")})
    if role not in seeding.PRACTICE_ROLES:
        raise ValidationError({"role": _("Pilih peran latihan dari daftar.")})
    if PracticeSeat.objects.filter(round=practice_round, trainee=trainee).exists():
        raise ValidationError({"username": _("Peserta ini sudah punya kursi di putaran ini.")})
    ensure_practice_database()
    with transaction.atomic():
        seat = PracticeSeat.objects.create(round=practice_round, trainee=trainee, role=role, agency=agency)
        seeding.seed_seat(seat)
    return seat


def reset_round(user, practice_round: PracticeRound) -> int:
    """Empty the practice database and make every seat's sample cases again (all active rounds share the
    practice database, so every trainee starts over). Returns the number of seats seeded."""
    require_trainer(user)
    reference.wipe_practice_database()
    seats = list(PracticeSeat.objects.filter(round__active=True).select_related("agency"))
    reference.copy_reference_data(seats)
    for seat in seats:
        seeding.seed_seat(seat)
    return len(seats)


def close_round(user, practice_round: PracticeRound) -> None:
    require_trainer(user)
    practice_round.active = False
    practice_round.save(update_fields=["active"])


def enter(request, seat_id: int) -> PracticeSeat:
    seat = active_seats(request.user).filter(pk=seat_id).first()
    if seat is None:
        raise ValidationError(_("Kursi latihan ini tidak ada atau putarannya sudah ditutup."))
    request.session[SESSION_KEY] = seat.pk
    return seat


def leave(request) -> None:
    request.session.pop(SESSION_KEY, None)
