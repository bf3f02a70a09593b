"""The objection figures of the workspace (the Atasan PPID's work, the PPID Utama's watch) and the register lists
behind them: one queryset function per figure, counting the card (pintu.site.workspace) and selecting the
objection register's list that its link opens (`?kartu=<key>`, views/staff.py), so the two always agree."""

import datetime

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from pintu.cases.card_lists import Section
from pintu.ppid.objections.workflow import Status


def waiting(objections: QuerySet) -> QuerySet:
    """Objections registered and not yet answered by the Atasan PPID."""
    return objections.filter(status=Status.REGISTERED)


def answer_overdue(objections: QuerySet, today: datetime.date) -> QuerySet:
    """Objections still unanswered after their answer date (30 hari kerja)."""
    return waiting(objections).filter(answer_due__lt=today)


#: The register's lists opened from a card (`?kartu=`), headed by the card's label (the waiting card's label
#: depends on the role: the list's heading is the neutral one).
SECTIONS = {
    "menunggu": Section(
        _("Keberatan menunggu tanggapan Atasan PPID"), lambda objections, today, now: waiting(objections)
    ),
    "lewat-batas": Section(
        _("Keberatan lewat batas tanggapan"), lambda objections, today, now: answer_overdue(objections, today)
    ),
}
