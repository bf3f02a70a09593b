"""What may be done with one row of a register, once for the staff pages and the staff API.

A DIP item: the PPID Utama publishes and withdraws it; its keepers (the PPID Pembantu of its agency,
or the PPID Utama: registers.permissions) record a berkala refresh and add or remove its documents.
A DIK exemption: the PPID Utama decides it (a draft determination letter), the letter's signatory
approves and signs (then it is in force: registers.services.determination), the PPID Utama lifts it.
Drafting and editing have their own forms and services (they are not actions on a row's state).

`offered` is WHO, checked before any input is read (a 403); `applies` is WHEN the row's state calls for
it (the buttons); a wrong state is the service's to refuse with its own sentence (a 400).
"""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.actions import ActionSet, CaseAction, Context, Outcome
from pintu.ppid import letter_drafts
from pintu.ppid.permissions import is_utama
from pintu.ppid.registers import services
from pintu.ppid.registers import workflow as wf
from pintu.ppid.registers.models import DipCategory, DipStatus
from pintu.ppid.registers.permissions import require_keeper
from pintu.ppid.registers.services import determination


def _keeps(user, item) -> bool:
    try:
        require_keeper(user, item.agency)
    except PermissionDenied:
        return False
    return True


def _why_not_keeper(user, item) -> str:
    try:
        require_keeper(user, item.agency)
    except PermissionDenied as exc:
        return str(exc)
    return ""


def _utama(user, item) -> bool:
    return is_utama(user)


def _allows(machine, action):
    return lambda item: wf.target_of(machine, action, item.status) is not None


def _publish(c: Context) -> Outcome:
    item = services.publish_dip_item(c.user, c.case)
    return Outcome(_("Informasi diumumkan dan tampil di DIP publik: %(title)s") % {"title": item.title}, case=item)


def _withdraw(c: Context) -> Outcome:
    item = services.withdraw_dip_item(c.user, c.case, c.data.get("reason", ""))
    return Outcome(_("Informasi ditarik dari DIP publik."), case=item)


def _refresh(c: Context) -> Outcome:
    item = services.refresh_berkala(c.user, c.case, c.data.get("date"))
    return Outcome(_("Pembaruan dicatat; jadwal pembaruan berikutnya dihitung ulang."), case=item)


def _add_files(c: Context) -> Outcome:
    saved = services.add_dip_files(c.user, c.case, c.files)
    return Outcome(_("Berkas ditambahkan."), case=saved)


def _remove_file(c: Context) -> Outcome:
    services.remove_dip_file(c.user, c.data["file"])
    return Outcome(_("Berkas dihapus."))


DIP_ACTIONS = ActionSet("dip_item", [
    CaseAction("publish", gettext_lazy("Umumkan informasi ini"), offered=_utama, run=_publish, primary=True,
               applies=_allows(wf.DIP, wf.DipAction.PUBLISH),
               refusal=gettext_lazy("Hanya PPID Utama yang dapat mengumumkan informasi dalam DIP.")),
    CaseAction("withdraw", gettext_lazy("Tarik informasi"), offered=_utama, run=_withdraw, danger=True,
               applies=_allows(wf.DIP, wf.DipAction.WITHDRAW),
               refusal=gettext_lazy("Hanya PPID Utama yang dapat menarik informasi dari DIP.")),
    CaseAction("refresh", gettext_lazy("Catat pembaruan"), offered=_keeps, run=_refresh, refusal=_why_not_keeper,
               applies=lambda item: item.status == DipStatus.PUBLISHED and item.category == DipCategory.BERKALA),
    CaseAction("add_files", gettext_lazy("Unggah berkas"), offered=_keeps, run=_add_files, multipart=True,
               refusal=_why_not_keeper),
    CaseAction("remove_file", gettext_lazy("Hapus"), offered=_keeps, run=_remove_file, danger=True,
               refusal=_why_not_keeper),
])  # fmt: skip


def _decide(c: Context) -> Outcome:
    test = determination.ConsequenceTest(
        test_date=c.data.get("test_date") or timezone.localdate(), test_place=c.data.get("test_place", ""),
        participants=determination.parse_participants(c.data.get("participants") or []),
        conclusion=c.data.get("conclusion", ""),
    )  # fmt: skip
    determination.draft_determination(c.user, c.case, test)
    c.case.refresh_from_db()
    return Outcome(_("Draf surat penetapan dibuat dan menunggu persetujuan serta tanda tangan; pengecualian "
                     "belum berlaku."), case=c.case)  # fmt: skip


def _sign_letter(c: Context) -> Outcome:
    letter = determination.sign_determination(c.user, c.case)
    c.case.refresh_from_db()
    return Outcome(_("Surat %(number)s disetujui dan ditandatangani; pengecualian berlaku dan tampil di DIK publik.")
                   % {"number": letter.number}, case=c.case)  # fmt: skip


def _discard_letter(c: Context) -> Outcome:
    determination.discard_determination(c.user, c.case)
    c.case.refresh_from_db()
    return Outcome(_("Draf surat dibatalkan."), case=c.case)


def _lift(c: Context) -> Outcome:
    item = services.lift_dik_item(c.user, c.case, c.data.get("reason", ""))
    return Outcome(_("Pengecualian dicabut; informasinya kembali terbuka."), case=item)


DIK_ACTIONS = ActionSet("dik_item", [
    CaseAction("decide", gettext_lazy("Tetapkan (draf surat penetapan)"), offered=_utama, run=_decide,
               applies=lambda item: not item.pending_letter_id and _allows(wf.DIK, wf.DikAction.DECIDE)(item),
               refusal=gettext_lazy("Hanya PPID Utama yang dapat menetapkan informasi yang dikecualikan.")),
    CaseAction("lift", gettext_lazy("Cabut"), offered=_utama, run=_lift, danger=True,
               applies=_allows(wf.DIK, wf.DikAction.LIFT),
               refusal=gettext_lazy("Hanya PPID Utama yang dapat mencabut pengecualian.")),
    CaseAction("sign_letter", gettext_lazy("Setujui dan tandatangani"), offered=letter_drafts.may_sign,
               run=_sign_letter, primary=True, applies=lambda item: item.pending_letter_id is not None,
               refusal=gettext_lazy("Anda tidak berwenang menyetujui dan menandatangani surat ini.")),
    CaseAction("discard_letter", gettext_lazy("Batalkan draf surat"), offered=determination.may_discard,
               run=_discard_letter, danger=True, applies=lambda item: item.pending_letter_id is not None,
               refusal=gettext_lazy("Hanya PPID Utama atau penanda tangan surat ini yang dapat membatalkan drafnya.")),
])  # fmt: skip
