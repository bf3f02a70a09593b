"""The information-request figures of the officers' workspace and the register lists behind them: one queryset
function per figure, counting the card (pintu.site.workspace) and selecting the staff register's list that its
link opens (`?kartu=<key>`, views/staff.py), so the two always agree (stranger finding: cards that opened the
whole register). The overdue card opens the register's own filter `?terlambat=on` (register.filtered_requests)."""

import datetime

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from pintu.cases.card_lists import Section, changed_recently
from pintu.ppid.requests.workflow import AWAITING_NOTICE, CLOSED


def awaiting_notice(requests: QuerySet) -> QuerySet:
    """Requests still waiting for their written notice (pemberitahuan tertulis)."""
    return requests.filter(status__in=AWAITING_NOTICE)


def due_today(requests: QuerySet, today: datetime.date) -> QuerySet:
    """Requests waiting for their notice whose deadline (the extended one, if extended) is today."""
    return awaiting_notice(requests).filter(Q(extended_due=today) | Q(extended_due__isnull=True, due_date=today))


def unassigned(requests: QuerySet) -> QuerySet:
    """Open requests not yet assigned to the PPID Pembantu who holds the information."""
    return requests.exclude(status__in=CLOSED).filter(assigned_agency__isnull=True)


#: The register's lists opened from a card (`?kartu=`), headed by the card's label.
SECTIONS = {
    "hari-ini": Section(_("Permohonan jatuh tempo hari ini"), lambda requests, today, now: due_today(requests, today)),
    "belum-ditugaskan": Section(
        _("Menunggu Anda: permohonan belum ditugaskan"), lambda requests, today, now: unassigned(requests)
    ),
    "belum-diberi-pemberitahuan": Section(
        _("Menunggu Anda: permohonan belum diberi pemberitahuan"),
        lambda requests, today, now: awaiting_notice(requests),
    ),
    "berubah": Section(
        _("Berubah status dalam %(n)s hari terakhir"), lambda requests, today, now: changed_recently(requests, now)
    ),
}
