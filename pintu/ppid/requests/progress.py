"""Where an information request stands (the tracking page's progress bar) and its deadline in plain words.

Diterima -> Diproses -> Pemberitahuan tertulis -> Selesai (UU 14/2008 art. 22: the written notice within 10
hari kerja, once extended by 7). An incomplete request waits at "Diterima"; an extended one is still
being processed; a request forwarded to another public body has its notice (which names that body).
"""

from django.utils.translation import gettext_lazy as _

from pintu.cases.progress import Step, steps
from pintu.ppid.requests.clocks import ClockView
from pintu.ppid.requests.workflow import Status
from pintu.workdays.wording import deadline_words

S = Status
LABELS = (_("Diterima"), _("Diproses"), _("Pemberitahuan tertulis"), _("Selesai"))
REACHED = {S.DITERIMA: 0, S.PERLU_DILENGKAPI: 0, S.DIPROSES: 1, S.DIPERPANJANG: 1, S.DIPUTUSKAN: 2,
           S.DIALIHKAN: 2, S.SELESAI: 3}  # fmt: skip


def progress_steps(status: str) -> list[Step]:
    status = Status(status)
    return steps(LABELS, REACHED[status], finished=status == S.SELESAI)


def deadline_sentence(clock: ClockView | None) -> str:
    """ "PPID memberi pemberitahuan tertulis paling lambat Senin, 21 Desember 2026 (hari kerja ke-3 dari 10)"."""
    if clock is None:
        return ""
    return deadline_words(_("PPID memberi pemberitahuan tertulis"), clock.progress)
