"""Who acts on a request, and as what (the actor column of the transition table).

- PPID Utama: every request (register, assign, extend, decide, deliver, close, convert);
- PPID Pembantu of the assigned agency (or an agency above it): extend, decide, deliver, close;
- Atasan PPID: reads every request, acts on none (objections are theirs, in a later module).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.ppid.requests.workflow import Actor


def is_utama(user) -> bool:
    return scope_of(user).has(Role.PPID_UTAMA)


def is_assigned_pembantu(user, request) -> bool:
    return request.assigned_agency_id is not None and request.assigned_agency_id in scope_of(user).agencies(
        Role.PPID_PEMBANTU
    )


def require_utama(user, message: str | None = None) -> None:
    if not is_utama(user):
        raise PermissionDenied(message or _("Hanya PPID Utama yang dapat melakukan ini."))


def actor_for(user, request) -> Actor:
    """The role in which `user` acts on `request` (PPID Utama wins over PPID Pembantu)."""
    if is_utama(user):
        return Actor.UTAMA
    if is_assigned_pembantu(user, request):
        return Actor.PEMBANTU
    raise PermissionDenied(_("Permohonan ini tidak ditugaskan kepada instansi Anda."))


def actor_or_none(user, request) -> Actor | None:
    try:
        return actor_for(user, request)
    except PermissionDenied:
        return None
