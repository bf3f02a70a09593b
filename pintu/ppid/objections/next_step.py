"""What the viewer of a staff objection page should do next, and by when (issue #19 item 2;
pintu.cases.next_step).

`step_for` is the rule over plain values: the objection's status, whether the viewer is the Atasan PPID
(who answers) or the PPID Utama (who records what comes on paper and from the Komisi Informasi), the
Atasan's 30-working-day answer clock, whether an answer letter waits for its signature and whether this
viewer signs it, and the day the requester may go to the Komisi Informasi until. `for_viewer` gathers them.
"""

from django.utils.translation import gettext as _

from pintu.cases.next_step import NextStep, nothing_for_you, you_must
from pintu.ppid import letter_drafts
from pintu.ppid.objections import clocks
from pintu.ppid.objections import workflow as wf
from pintu.ppid.permissions import is_atasan, is_utama
from pintu.workdays.calendar import get_calendar
from pintu.workdays.wording import day_text

S = wf.Status


def step_for(status: str, *, atasan: bool = False, utama: bool = False, due=None, overdue: bool = False,
             letter_waiting: bool = False, signs_letter: bool = False, dispute_deadline=None) -> NextStep:  # fmt: skip
    """The next step of an objection in `status` for the viewer (Atasan PPID, PPID Utama, or neither)."""
    status = S(status)
    if status == S.REGISTERED:
        if letter_waiting and signs_letter:
            return you_must(_("memeriksa, menyetujui, dan menandatangani surat tanggapan atas keberatan ini"), due,
                            overdue=overdue)  # fmt: skip
        if letter_waiting:
            return nothing_for_you(_("draf surat tanggapan menunggu tanda tangan; pemohon belum menerimanya"), due,
                                   overdue=overdue)  # fmt: skip
        if atasan:
            return you_must(_("memutuskan keberatan ini dan menandatangani surat tanggapannya"), due, overdue=overdue)
        return nothing_for_you(_("keberatan ini menunggu tanggapan tertulis Atasan PPID"), due, overdue=overdue)
    if status == S.ANSWERED:
        if utama:
            what = _(
                "mencatat tanggapan pemohon atas jawaban Atasan PPID bila disampaikan di luar Pintu, atau "
                "sengketanya bila pemohon ke Komisi Informasi"
            )
            if dispute_deadline:
                what += " " + _("(pemohon dapat mengajukannya sampai %(day)s)") % {"day": day_text(dispute_deadline)}
            return you_must(what)
        return nothing_for_you(_("jawaban sudah dikirim; pemohon dapat menerimanya atau mengajukan sengketa ke Komisi "
                                 "Informasi"), dispute_deadline)  # fmt: skip
    if status == S.DISPUTED:
        if utama:
            return you_must(_("mencatat setiap tahap sengketa di Komisi Informasi (mediasi, ajudikasi, putusan) "
                              "begitu terjadi"))  # fmt: skip
        return nothing_for_you(_("sengketa ini sedang diperiksa Komisi Informasi; PPID Utama mencatat tahapannya"))
    return nothing_for_you(_("keberatan ini sudah selesai"))


def for_viewer(user, objection, clock) -> NextStep:
    """The step for `user` on `objection`; `clock` is clocks.objection_clock (None once answered)."""
    progress = clock.progress if clock else None
    deadline = clocks.dispute_filing_deadline(get_calendar(), objection) if objection.status == S.ANSWERED else None
    return step_for(
        objection.status, atasan=is_atasan(user), utama=is_utama(user), due=progress.due if progress else None,
        overdue=bool(progress and progress.overdue), letter_waiting=letter_drafts.pending_letter(objection) is not None,
        signs_letter=letter_drafts.may_sign(user, objection), dispute_deadline=deadline,
    )  # fmt: skip
