"""The complaint figures of the officers' workspace and the inbox lists behind them: one queryset function per
figure, called both by the workspace card that shows the count (pintu.site.workspace) and by the inbox section
its link opens (views/staff_inbox.py), so a card's number and the list it opens always agree (stranger finding:
cards that opened a list with another total). The Inspektorat's all-agency oversight table counts its overdue
reports with `overdue` too, over every report, so its total is the Pemkab's overdue count.

Each function narrows the reports a caller passes in (the officer's own `handled_by(user)`, or every report for
the oversight table); `SECTIONS` names the inbox sections (`?tab=`) that are opened from a card, with the
heading they show there.
"""

import datetime

from django.db.models import QuerySet
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy as _

from pintu.cases.card_lists import Section, changed_recently
from pintu.complaints.inbox import CURRENT_DUE, overdue_condition
from pintu.complaints.workflow import OPEN, Status

#: A report at an OPD that the OPD has not accepted yet (the OPD inbox's "Baru").
NEW_AT_OPD = (Status.DIDISPOSISIKAN, Status.DIBUKA_KEMBALI)


def overdue(reports: QuerySet, today: datetime.date) -> QuerySet:
    """Open reports past the due date of the clock that runs in their status (a paused one never), with or
    without an agency yet: a report still waiting for verification or disposition is overdue at the admin."""
    return reports.filter(overdue_condition(today))


def due_today(reports: QuerySet, today: datetime.date) -> QuerySet:
    """Open reports whose running clock falls due today (not paused)."""
    return reports.filter(Exact(CURRENT_DUE, today), status__in=OPEN, paused_since__isnull=True)


def new_at_opd(reports: QuerySet) -> QuerySet:
    return reports.filter(status__in=NEW_AT_OPD)


def in_progress(reports: QuerySet) -> QuerySet:
    return reports.filter(status=Status.DIPROSES)


def open_pengawasan(reports: QuerySet) -> QuerySet:
    """Open reports flagged berkadar pengawasan (the Inspektorat's, of every agency)."""
    return reports.filter(status__in=OPEN, berkadar_pengawasan=True)


#: The inbox sections behind the cards that are not tabs of their own (the overdue card opens the "lewat" tab,
#: which reads `overdue` as well; the waiting cards open "verifikasi", "baru" and "diproses").
SECTIONS = {
    "hari-ini": Section(_("Laporan jatuh tempo hari ini"), lambda reports, today, now: due_today(reports, today)),
    "pengawasan": Section(
        _("Berkadar pengawasan, masih terbuka (semua instansi)"), lambda reports, today, now: open_pengawasan(reports)
    ),
    "berubah": Section(
        _("Berubah status dalam %(n)s hari terakhir"), lambda reports, today, now: changed_recently(reports, now)
    ),
}
