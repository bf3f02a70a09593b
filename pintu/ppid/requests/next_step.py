"""What the viewer of a staff information-request page should do next, and by when (issue #19 item 2;
pintu.cases.next_step).

`step_for` is the rule over plain values: the request's status, the role in which the viewer acts on it
(permissions.actor_or_none: PPID Utama, the assigned PPID Pembantu, or None: the Atasan PPID and others
only read), the notice deadline in force (clocks.current_clock), whether it is assigned, whether a decision
letter waits for its signature and whether this viewer signs it. `for_viewer` gathers them.
"""

from django.utils.translation import gettext as _

from pintu.cases.next_step import NextStep, nothing_for_you, you_must
from pintu.ppid.letter_drafts import may_sign, pending_letter
from pintu.ppid.requests.clocks import ClockView
from pintu.ppid.requests.permissions import actor_or_none
from pintu.ppid.requests.workflow import AWAITING_NOTICE, Actor, Status

S = Status


def _awaiting(status, actor, due, overdue, *, assigned: bool, extended: bool) -> NextStep:
    if actor is None:
        return nothing_for_you(_("permohonan ini menunggu pemberitahuan tertulis dari PPID"), due, overdue=overdue)
    if actor == Actor.UTAMA and status == S.DITERIMA and not assigned:
        what = _(
            "memeriksa kelengkapan permohonan ini dan menugaskannya ke PPID Pembantu yang menguasai "
            "informasinya (atau memberi pemberitahuan tertulis sendiri)"
        )
        return you_must(what, due, overdue=overdue)
    if actor == Actor.UTAMA and assigned:
        return nothing_for_you(_("permohonan ini menunggu pemberitahuan tertulis dari PPID Pembantu"), due,
                               overdue=overdue)  # fmt: skip
    if extended:
        return you_must(_("memberi pemberitahuan tertulis (perpanjangan sudah dipakai)"), due, overdue=overdue)
    return you_must(_("memberi pemberitahuan tertulis (atau memperpanjang sekali, paling lama 7 hari kerja, "
                      "dengan alasan tertulis)"), due, overdue=overdue)  # fmt: skip


def step_for(status: str, actor: Actor | None, *, due=None, overdue: bool = False, assigned: bool = False,
             extended: bool = False, letter_waiting: bool = False, signs_letter: bool = False) -> NextStep:  # fmt: skip
    """The next step of a request in `status` for a viewer acting as `actor` (None: reads only)."""
    status = Status(status)
    if letter_waiting and signs_letter:
        return you_must(_("memeriksa, menyetujui, dan menandatangani draf surat keputusan permohonan ini"), due,
                        overdue=overdue and status in AWAITING_NOTICE)  # fmt: skip
    if letter_waiting:
        return nothing_for_you(_("draf surat keputusan menunggu tanda tangan penanda tangan; pemohon belum "
                                 "menerimanya"), due, overdue=overdue and status in AWAITING_NOTICE)  # fmt: skip
    if status in AWAITING_NOTICE:
        return _awaiting(status, actor, due, overdue, assigned=assigned, extended=extended)
    if status == S.PERLU_DILENGKAPI:
        if actor == Actor.UTAMA:
            return you_must(_("menandai permohonan ini lengkap setelah pemohon melengkapinya (tenggat baru berjalan "
                              "sejak itu), atau menutupnya bila tidak pernah dilengkapi"))  # fmt: skip
        return nothing_for_you(_("permohonan ini menunggu pemohon melengkapinya"))
    if status == S.DIPUTUSKAN:
        if actor is None:
            return nothing_for_you(_("pemberitahuan tertulis sudah diberikan"))
        return you_must(_("menyerahkan informasi sesuai pemberitahuan tertulis dan mencatat penyerahannya (atau "
                          "menutup permohonan bila tidak ada yang diserahkan)"))  # fmt: skip
    if status == S.DIALIHKAN:
        if actor is None:
            return nothing_for_you(_("permohonan ini dialihkan ke badan publik yang menguasai informasinya"))
        return you_must(_("menutup permohonan ini setelah pemohon menerima pemberitahuan pengalihan"))
    return nothing_for_you(_("permohonan ini sudah selesai"))


def for_viewer(user, request, clock: ClockView | None) -> NextStep:
    """The step for `user` on `request`, whose notice clock is `clock` (None when none runs)."""
    progress = clock.progress if clock else None
    return step_for(
        request.status, actor_or_none(user, request), due=progress.due if progress else None,
        overdue=bool(progress and progress.overdue), assigned=request.assigned_agency_id is not None,
        extended=bool(request.extended), letter_waiting=pending_letter(request) is not None,
        signs_letter=may_sign(user, request),
    )  # fmt: skip
