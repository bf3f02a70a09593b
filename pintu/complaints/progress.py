"""Where a report stands on its way (the tracking page's progress bar) and its deadline in plain words.

Diterima -> Diverifikasi -> Di OPD -> Ditindaklanjuti -> Selesai. A report that leaves that way says so in
its last step: archived ("Diarsipkan") after being received, forwarded out ("Dilimpahkan") after verification.
A report waiting for the reporter, or reopened, is at the OPD.
"""

from django.utils.translation import gettext_lazy as _

from pintu.cases.progress import Step, steps
from pintu.complaints.clocks import ClockView
from pintu.complaints.workflow import Status
from pintu.workdays.wording import deadline_words

S = Status
LABELS = (_("Diterima"), _("Diverifikasi"), _("Di OPD"), _("Ditindaklanjuti"), _("Selesai"))
REACHED = {
    S.DITERIMA: 0,
    S.TERVERIFIKASI: 1,
    S.DITUNDA: 1,
    S.DIDISPOSISIKAN: 2,
    S.DIPROSES: 2,
    S.PERLU_INFO: 2,
    S.DIBUKA_KEMBALI: 2,
    S.DITINDAKLANJUTI: 3,
    S.SELESAI: 4,
}

#: Who must do what before each clock's deadline (pintu.complaints.clocks.CLOCKS).
DEADLINE_ACTIONS = {
    "verify": _("Admin memverifikasi dan meneruskan laporan ke OPD"),
    "first_response": _("OPD menjawab"),
    "resolve": _("OPD menyelesaikan tindak lanjut"),
    "autoclose": _("Laporan ditutup otomatis bila Anda tidak menanggapi"),
}


def progress_steps(status: str) -> list[Step]:
    status = Status(status)
    if status == S.DIARSIPKAN:
        return steps((LABELS[0], _("Diarsipkan")), 1, finished=True)
    if status == S.DILIMPAHKAN:
        return steps((LABELS[0], LABELS[1], _("Dilimpahkan ke instansi lain")), 2, finished=True)
    return steps(LABELS, REACHED[status], finished=status == S.SELESAI)


def deadline_sentence(clock: ClockView | None) -> str:
    """ "OPD menjawab paling lambat Senin, 21 Desember 2026 (hari kerja ke-3 dari 5)"; "" without a clock."""
    if clock is None:
        return ""
    return deadline_words(DEADLINE_ACTIONS[clock.name], clock.progress)
