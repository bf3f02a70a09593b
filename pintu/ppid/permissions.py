"""Who is who in the PPID, once for every slice (registers, requests, objections, annual report).

- `is_utama` / `require_utama`: ONE meaning everywhere: the user holds the PPID Utama role (a
  Pemkab-wide role), or is the trusted command line (`SYSTEM`). Services call `require_utama` with the
  sentence the person should read; the faces check the same function (through the actions modules)
  before they read any input.
- `is_atasan` / `require_atasan`: the Atasan PPID, who answers objections.
- `STAFF_ROLES`: who may open the PPID staff pages at all (each page then reads through its selector).
- `SYSTEM` stands for the command line (`manage.py dip_import` without --user): trusted, recorded
  without an actor. Views and API endpoints never pass it.

Slice rules build on these: `registers.permissions` (who keeps which register), `requests.permissions`
(the PPID Pembantu of the assigned agency), `annual.permissions` (who edits which annual report).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role

#: Everyone who may open the PPID staff pages and the staff API.
STAFF_ROLES = (Role.PPID_UTAMA, Role.ATASAN_PPID, Role.SYSTEM_ADMIN, Role.PPID_PEMBANTU)


class _System:
    """The trusted command-line actor."""

    is_authenticated = False

    def __repr__(self) -> str:
        return "SYSTEM"


SYSTEM = _System()


def is_system(user) -> bool:
    return user is SYSTEM


def actor_of(user):
    """The user to record as actor (None for SYSTEM)."""
    return None if is_system(user) else user


def is_utama(user) -> bool:
    return is_system(user) or scope_of(user).has(Role.PPID_UTAMA)


def require_utama(user, message: str | None = None) -> None:
    if not is_utama(user):
        raise PermissionDenied(message or _("Hanya PPID Utama yang dapat melakukan ini."))


def is_atasan(user) -> bool:
    return scope_of(user).has(Role.ATASAN_PPID)


def require_atasan(user, message: str | None = None) -> None:
    if not is_atasan(user):
        raise PermissionDenied(message or _("Hanya Atasan PPID yang dapat memutus keberatan."))
