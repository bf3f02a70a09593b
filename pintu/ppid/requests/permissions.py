"""Who acts on a request, and as what (the actor column of the transition table).

- PPID Utama (`pintu.ppid.permissions.is_utama`, one meaning for every slice): every request
  (register, assign, extend, decide, deliver, close, convert);
- PPID Pembantu of the assigned agency (or an agency above it): extend, decide, deliver, close;
- Atasan PPID: reads every request, acts on none (objections are theirs).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.ppid.permissions import is_utama
from pintu.ppid.requests.workflow import Actor


def is_assigned_pembantu(user, request) -> bool:
    return request.assigned_agency_id is not None and request.assigned_agency_id in scope_of(user).agencies(
        Role.PPID_PEMBANTU
    )


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
