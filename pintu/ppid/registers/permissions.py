"""Who may do what with the registers. "A PPID Pembantu drafts, the PPID Utama publishes."

- keep (draft, edit unpublished rows, attach files, record a berkala refresh): the PPID Pembantu of
  the owning agency (a role held for an agency covers its units) or the PPID Utama;
- publish, withdraw, edit a published DIP item, put an exemption in force, lift it: the PPID Utama
  (`pintu.ppid.permissions.require_utama`, the one meaning of "PPID Utama" in every slice).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.ppid.permissions import is_system, is_utama
from pintu.ppid.registers import workflow as wf


def own_agency_ids(user) -> frozenset[int]:
    """Agencies whose registers `user` keeps as PPID Pembantu (units below included)."""
    return scope_of(user).agencies(Role.PPID_PEMBANTU)


def may_keep(user, agency) -> bool:
    if is_utama(user):
        return True
    return agency.pk in own_agency_ids(user)


def require_keeper(user, agency) -> None:
    if agency.is_outside or not agency.active:
        raise PermissionDenied(_("Daftar informasi hanya dikelola untuk instansi aktif pemerintah daerah."))
    if not may_keep(user, agency):
        raise PermissionDenied(
            _("Hanya PPID instansi %(agency)s atau PPID Utama yang dapat mengelola daftar ini.") % {"agency": agency}
        )


def may_edit_dip(user, item) -> bool:
    """May `user` edit this DIP item now (a published item: the PPID Utama only)? update_dip_item enforces it."""
    if not may_keep(user, item.agency):
        return False
    return item.status in wf.DIP_EDITABLE_BY_AGENCY or is_utama(user)


def may_edit_dik(user, item) -> bool:
    """May `user` edit this exemption now (a draft or one under review, by its keepers)?"""
    return may_keep(user, item.agency) and item.status in wf.DIK_EDITABLE


def role_of(user) -> str:
    """The role recorded on a register event."""
    if is_system(user):
        return wf.Actor.SYSTEM
    return Role.PPID_UTAMA if scope_of(user).has(Role.PPID_UTAMA) else Role.PPID_PEMBANTU


def actor_role(user) -> wf.Actor:
    """The actor column of the register tables (the trusted command line acts as the system)."""
    return wf.Actor.SYSTEM if is_system(user) else wf.Actor.UTAMA
