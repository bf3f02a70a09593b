"""What the viewer of a staff report page should do next, and by when (issue #19 item 2; pintu.cases.next_step).

`step_for` is the rule, over plain values: the report's status, the role in which the viewer acts on it
(permissions.actor_for: admin instansi, the OPD handling it, or None for those who only read), the clock
that matters now (clocks.current_clock) and whether the viewer heads the OPD handling it (the Kepala OPD
receives the escalations of overdue reports). `for_viewer` gathers those values for a user and a report.
"""

from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.cases.next_step import NextStep, nothing_for_you, you_must
from pintu.complaints.clocks import ClockView
from pintu.complaints.permissions import actor_for
from pintu.complaints.workflow import Actor, Status

S = Status


def _admin_step(status: Status, due, overdue: bool, follow_up_date) -> NextStep:
    if status == S.DITERIMA:
        return you_must(_("memverifikasi laporan ini lalu mendisposisikannya ke OPD"), due, overdue=overdue)
    if status == S.TERVERIFIKASI:
        return you_must(_("mendisposisikan laporan ini ke OPD yang berwenang (atau melimpahkannya ke instansi di "
                          "luar Pemkab)"), due, overdue=overdue)  # fmt: skip
    if status == S.DITUNDA:
        return you_must(_("melanjutkan atau mengarsipkan laporan yang ditunda ini"), due, overdue=overdue)
    if status == S.DILIMPAHKAN:
        return you_must(_("menanyakan jawaban instansi tujuan pelimpahan dan mencatatnya di sini"), follow_up_date)
    if status in (S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI):
        if overdue:
            return you_must(_("mengingatkan OPD karena laporan ini lewat tenggat (atau mendisposisikannya ulang "
                              "bila salah alamat)"))  # fmt: skip
        return nothing_for_you(_("laporan ini menunggu tindak lanjut OPD"), due)
    return _waiting_or_closed(status, due)


def _opd_step(status: Status, clock: str | None, due, overdue: bool) -> NextStep:
    if status in (S.DIDISPOSISIKAN, S.DIBUKA_KEMBALI):
        return you_must(_("menerima laporan ini dan memberi tindak lanjut (atau mengembalikannya dengan menyebut "
                          "instansi yang berwenang)"), due, overdue=overdue)  # fmt: skip
    if status == S.DIPROSES:
        if clock == "first_response":
            return you_must(_("memberi tindak lanjut pertama"), due, overdue=overdue)
        return you_must(_("menyelesaikan tindak lanjut laporan ini"), due, overdue=overdue)
    return _waiting_or_closed(status, due)


def _waiting_or_closed(status: Status, due) -> NextStep:
    if status == S.PERLU_INFO:
        return nothing_for_you(_("laporan ini menunggu jawaban pelapor; hitungan tenggat dihentikan sementara"))
    if status == S.DITINDAKLANJUTI:
        if due:
            return nothing_for_you(_("tindak lanjut sudah dikirim; laporan ditutup otomatis bila pelapor tidak "
                                     "menanggapi"), due)  # fmt: skip
        return nothing_for_you(_("tindak lanjut sudah dikirim dan menunggu tanggapan pelapor"))
    if status == S.SELESAI:
        return nothing_for_you(_("laporan ini sudah selesai"))
    if status == S.DIARSIPKAN:
        return nothing_for_you(_("laporan ini diarsipkan"))
    if status == S.DILIMPAHKAN:
        return nothing_for_you(_("laporan ini dilimpahkan ke instansi di luar Pemkab"))
    if status in (S.DITERIMA, S.TERVERIFIKASI, S.DITUNDA):
        return nothing_for_you(_("laporan ini menunggu verifikasi dan disposisi oleh admin instansi"), due)
    return nothing_for_you(_("laporan ini menunggu tindak lanjut OPD"), due)


def step_for(status: str, actor: Actor | None, *, clock: str | None = None, due=None, overdue: bool = False,
             heads_agency: bool = False, follow_up_date=None) -> NextStep:  # fmt: skip
    """The next step of a report in `status` for a viewer acting as `actor` (None: reads only)."""
    status = Status(status)
    if actor == Actor.ADMIN:
        return _admin_step(status, due, overdue, follow_up_date)
    if actor == Actor.OPD:
        return _opd_step(status, clock, due, overdue)
    if heads_agency and overdue and status in (S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI):
        return you_must(_("meminta pejabat penghubung OPD Anda segera menindaklanjuti laporan yang lewat tenggat "
                          "ini"))  # fmt: skip
    return _waiting_or_closed(status, due)


def for_viewer(user, report, clock: ClockView | None) -> NextStep:
    """The step for `user` on `report`, whose current clock is `clock` (views/common.clock_of)."""
    progress = clock.progress if clock else None
    heads = report.assigned_agency_id is not None and report.assigned_agency_id in scope_of(user).agencies(
        Role.KEPALA_OPD
    )
    follow_up_date = None
    if report.status == S.DILIMPAHKAN:
        latest = report.forwardings.order_by("-pk").first()
        follow_up_date = latest.follow_up_date if latest else None
    return step_for(report.status, actor_for(user, report), clock=clock.name if clock else None,
                    due=progress.due if progress else None, overdue=bool(progress and progress.overdue),
                    heads_agency=heads, follow_up_date=follow_up_date)  # fmt: skip
