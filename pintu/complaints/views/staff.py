"""What every staff page of the complaint service shares: who may enter, in which role, and labels.

The pages themselves live in staff_inbox.py (the inbox and its bulk action), staff_detail.py (one
report, its timeline and its action forms; the dispatch table is in staff_actions.py) and
staff_new.py (a walk-in, phone or letter report registered by an officer).
"""


from django.utils.translation import gettext_lazy as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.complaints.selectors import AGENCY_REPORT_ROLES, ALL_REPORT_ROLES
from pintu.complaints.services.base import is_admin, is_handler
from pintu.complaints.workflow import Actor
from pintu.web import viewkit
from pintu.web.viewkit import STAFF_CSS, roles_required  # noqa: F401 (STAFF_CSS re-exported to the staff pages)

STAFF_ROLES = (*ALL_REPORT_ROLES, *AGENCY_REPORT_ROLES)
ENTRY_ROLES = (Role.ADMIN_INSTANSI, Role.PEJABAT_PENGHUBUNG)

#: What each history event is called on the staff timeline (unknown kinds show their code).
EVENT_LABELS = {
    "submitted": _("Laporan diterima"),
    "verify": _("Diverifikasi"),
    "disposition": _("Didisposisikan"),
    "hold": _("Ditunda"),
    "resume": _("Dilanjutkan"),
    "archive": _("Diarsipkan"),
    "forward_out": _("Dilimpahkan ke instansi lain"),
    "accept": _("Diterima OPD untuk ditangani"),
    "request_info": _("Informasi diminta dari pelapor"),
    "reporter_reply": _("Balasan pelapor"),
    "follow_up": _("Tindak lanjut"),
    "send_back": _("Dikembalikan ke admin instansi"),
    "close": _("Ditutup"),
    "auto_close": _("Ditutup otomatis"),
    "reopen": _("Dibuka kembali"),
    "rated": _("Penilaian pelapor"),
    "edited": _("Data laporan diperbaiki"),
    "privacy_changed": _("Kerahasiaan diubah"),
    "pengawasan_flagged": _("Ditandai berkadar pengawasan"),
    "pengawasan_unflagged": _("Tanda berkadar pengawasan dihapus"),
    "merged": _("Digabungkan sebagai duplikat"),
    "duplicate_merged": _("Duplikat digabungkan ke laporan ini"),
    "split": _("Dipecah menjadi beberapa laporan"),
    "split_from": _("Pecahan dari laporan lain"),
    "identity_revealed": _("Identitas pelapor dibuka"),
    "linked_to_account": _("Ditautkan ke akun pelapor"),  # pintu.mydata.claims
}
ACTOR_LABELS = {
    "reporter": _("Pelapor"),
    "system": _("Sistem"),
    Actor.ADMIN: _("Admin instansi"),
    Actor.OPD: _("OPD"),
    "staff": _("Petugas"),
}


def is_staff_member(user) -> bool:
    return scope_of(user).has(*STAFF_ROLES)


def actor_for(user, report) -> Actor | None:
    """The role in which `user` may act on `report` now, or None for read-only (pimpinan, kepala OPD)."""
    if is_admin(user):
        return Actor.ADMIN
    if is_handler(user, report):
        return Actor.OPD
    return None


def forbidden(request, message=None):
    return viewkit.forbidden(request, message or _("Halaman ini hanya untuk petugas pengaduan."))


def staff_view(roles=STAFF_ROLES):
    """Signed in, holding one of `roles`; PermissionDenied anywhere below becomes the 403 page."""
    return roles_required(roles, forbidden)
