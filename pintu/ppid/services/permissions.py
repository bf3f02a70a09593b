"""Who may do what with the registers. "A PPID Pembantu drafts, the PPID Utama publishes."

- keep (draft, edit unpublished rows, attach files, record a berkala refresh): the PPID Pembantu of
  the owning agency (a role held for an agency covers its units) or the PPID Utama;
- publish, withdraw, edit a published DIP item, put an exemption in force, lift it: the PPID Utama;
- `SYSTEM` stands for the command line (`manage.py dip_import` without --user): trusted, recorded
  without an actor. Views never pass it.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role


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


def is_ppid_utama(user) -> bool:
    return is_system(user) or scope_of(user).has(Role.PPID_UTAMA)


def may_keep(user, agency) -> bool:
    if is_ppid_utama(user):
        return True
    return agency.pk in scope_of(user).agencies(Role.PPID_PEMBANTU)


def role_of(user) -> str:
    if is_system(user):
        return "system"
    scope = scope_of(user)
    return Role.PPID_UTAMA if scope.has(Role.PPID_UTAMA) else Role.PPID_PEMBANTU


def require_keeper(user, agency) -> None:
    if agency.is_outside or not agency.active:
        raise PermissionDenied(_("Daftar informasi hanya dikelola untuk instansi aktif pemerintah daerah."))
    if not may_keep(user, agency):
        raise PermissionDenied(
            _("Hanya PPID instansi %(agency)s atau PPID Utama yang dapat mengelola daftar ini.") % {"agency": agency}
        )


def require_utama(user, message: str) -> None:
    if not is_ppid_utama(user):
        raise PermissionDenied(message)
