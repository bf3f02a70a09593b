"""The one line at the top of every staff case page (issue #19 item 2): what the viewer should do next and by
when, e.g. "Anda perlu memberi tindak lanjut paling lambat Jumat, 11 Desember 2026".

Each case type decides the step from its status, the viewer's role and its clocks (complaints.next_step,
ppid.requests.next_step, ppid.objections.next_step); this module only says it in words, the same way for all.
A step is either the viewer's own ("Anda perlu ...") or nothing for them ("Tidak ada yang perlu Anda lakukan:
..."), in which case it says who the case is waiting on.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from pintu.workdays.wording import day_text


@dataclass(frozen=True)
class NextStep:
    text: str
    yours: bool  # the viewer must act (False: nothing for them to do now)
    due: date | None = None
    overdue: bool = False

    @property
    def css(self) -> str:
        if not self.yours:
            return "next-step-none"
        return "next-step-overdue" if self.overdue else "next-step-yours"


def _step(yours: bool, what: str, due: date | None, overdue: bool) -> NextStep:
    values = {"what": what, "due": day_text(due) if due else ""}
    if yours:
        plain = _("Anda perlu %(what)s.")
        late = _("Anda perlu %(what)s; batas waktunya %(due)s sudah lewat, segera selesaikan.")
        dated = _("Anda perlu %(what)s paling lambat %(due)s.")
    else:
        plain = _("Tidak ada yang perlu Anda lakukan: %(what)s.")
        late = _("Tidak ada yang perlu Anda lakukan: %(what)s; batas waktunya %(due)s sudah lewat.")
        dated = _("Tidak ada yang perlu Anda lakukan: %(what)s paling lambat %(due)s.")
    text = plain if due is None else late if overdue else dated
    return NextStep(text % values, yours, due, overdue)


def you_must(what: str, due: date | None = None, *, overdue: bool = False) -> NextStep:
    """ "Anda perlu <what> paling lambat <day>" (said as late when the day has passed); no day: no deadline."""
    return _step(True, what, due, overdue)


def nothing_for_you(why: str, due: date | None = None, *, overdue: bool = False) -> NextStep:
    """ "Tidak ada yang perlu Anda lakukan: <why>" (with the day the others must act by, when there is one)."""
    return _step(False, why, due, overdue)
