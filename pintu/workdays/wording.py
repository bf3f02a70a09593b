"""A deadline in plain words for the people waiting on it:
"OPD menjawab paling lambat Senin, 21 Desember 2026 (hari kerja ke-3 dari 5)".

`who_does_what` is the case type's own phrase ("OPD menjawab", "PPID memberi pemberitahuan tertulis"); the
rest comes from the clock's Progress (pintu.workdays.domain): the due day with its weekday, which day of how
many it is now, calendar days said as such, a paused clock and an overdue one said plainly.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pintu.workdays.domain import Progress


def day_text(day) -> str:
    """ "Senin, 21 Desember 2026" in the page language."""
    return date_format(day, "l, j F Y")


def _count(progress: Progress) -> str:
    numbers = {"day": progress.day, "total": progress.total}
    if progress.day < 1:
        return _("dihitung mulai hari kerja berikutnya")
    if progress.calendar_days:
        return _("hari ke-%(day)s dari %(total)s hari kalender") % numbers
    return _("hari kerja ke-%(day)s dari %(total)s") % numbers


def deadline_words(who_does_what, progress: Progress) -> str:
    """One sentence: who must do what by which day, and where the count stands."""
    action = str(who_does_what)
    if progress.paused or progress.due is None:
        return _("%(action)s: hitungan dihentikan sementara sampai pelapor menjawab (%(count)s)") % {
            "action": action, "count": _count(progress),
        }  # fmt: skip
    values = {"action": action, "due": day_text(progress.due), "count": _count(progress)}
    if progress.overdue:
        return _("%(action)s paling lambat %(due)s; batas waktu itu sudah lewat (%(count)s)") % values
    return _("%(action)s paling lambat %(due)s (%(count)s)") % values
