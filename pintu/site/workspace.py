"""The figures of an officer's workspace (Ruang kerja, issue #19 item 1): per role, what is due today, what is
overdue, what waits on the officer and what changed recently, each a count with a link to the list behind it.

Plain reads over the case types' own selectors (complaints: handled_by, the inbox's clocks; information
requests: requests_handled_by, the register's overdue filter), so a figure counts exactly the cases the
officer may open. The Bupati, Sekda and other dashboard roles also get the leaders' dashboard.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.complaints.inbox import CURRENT_DUE, overdue_condition
from pintu.complaints.models import Report
from pintu.complaints.selectors import handled_by, verification_queue
from pintu.complaints.workflow import OPEN, Status
from pintu.insights.scope import DASHBOARD_ROLES
from pintu.ppid.objections.selectors import objections_visible_to
from pintu.ppid.objections.workflow import Status as ObjectionStatus
from pintu.ppid.requests.register import filtered_requests
from pintu.ppid.requests.selectors import requests_handled_by
from pintu.ppid.requests.workflow import AWAITING_NOTICE, CLOSED

#: "Recently changed": the status changed within this many days.
RECENT_DAYS = 7
#: "Repeatedly bounced": sent back to the admin instansi at least this many times.
BOUNCED_TIMES = 2
COMPLAINT_ROLES = (Role.ADMIN_INSTANSI, Role.PEJABAT_PENGHUBUNG, Role.KEPALA_OPD, Role.INSPEKTORAT, Role.PIMPINAN)
PPID_ROLES = (Role.PPID_UTAMA, Role.PPID_PEMBANTU, Role.ATASAN_PPID)


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    count: int
    url: str


def _inbox(tab: str = "") -> str:
    return reverse("complaints:staff_inbox") + (f"?tab={tab}" if tab else "")


def complaint_figures(user, today: datetime.date, now: datetime.datetime) -> list[Figure]:
    scope = scope_of(user)
    if not scope.has(*COMPLAINT_ROLES):
        return []
    handled = handled_by(user)
    open_reports = handled.filter(status__in=OPEN)
    due_today = open_reports.annotate(current_due=CURRENT_DUE).filter(current_due=today, paused_since__isnull=True)
    # The Inspektorat's card counts only the reports it handles (its own and the berkadar pengawasan ones); the
    # oversight table below it counts every agency, so the label names the narrower scope (stranger finding).
    overdue_label = (
        _("Laporan lewat tenggat yang ditangani Inspektorat (bukan semua instansi)")
        if scope.has(Role.INSPEKTORAT)
        else _("Laporan lewat tenggat")
    )
    figures = [
        Figure("due_today", _("Laporan jatuh tempo hari ini"), due_today.count(), _inbox()),
        Figure("overdue", overdue_label, handled.filter(overdue_condition(today)).count(), _inbox("lewat")),
    ]
    if scope.has(Role.ADMIN_INSTANSI):
        figures.append(Figure("waiting", _("Menunggu Anda: verifikasi dan disposisi"),
                              verification_queue(user).count(), _inbox("verifikasi")))  # fmt: skip
    elif scope.has(Role.PEJABAT_PENGHUBUNG, Role.KEPALA_OPD):
        waiting = handled.filter(status__in=[Status.DIDISPOSISIKAN, Status.DIBUKA_KEMBALI, Status.DIPROSES])
        figures.append(Figure("waiting", _("Menunggu Anda: laporan baru dan sedang diproses"), waiting.count(),
                              _inbox("baru")))  # fmt: skip
    if scope.has(Role.INSPEKTORAT):
        flagged = open_reports.filter(berkadar_pengawasan=True)
        figures.append(Figure("flagged", _("Berkadar pengawasan, masih terbuka (semua instansi)"), flagged.count(),
                              _inbox("semua")))  # fmt: skip
    recent = handled.filter(status_changed_at__gte=now - datetime.timedelta(days=RECENT_DAYS))
    figures.append(Figure("recent", _("Berubah status dalam %(n)s hari terakhir") % {"n": RECENT_DAYS},
                          recent.count(), _inbox("semua")))  # fmt: skip
    return figures


def ppid_figures(user, today: datetime.date, now: datetime.datetime) -> list[Figure]:
    scope = scope_of(user)
    if not scope.has(*PPID_ROLES):
        return []
    register = reverse("ppid:staff_requests")
    handled = requests_handled_by(user)
    awaiting = handled.filter(status__in=AWAITING_NOTICE)
    due_today = awaiting.filter(Q(extended_due=today) | Q(extended_due__isnull=True, due_date=today))
    figures = [
        Figure("ppid_due_today", _("Permohonan jatuh tempo hari ini"), due_today.count(), register),
        Figure(
            "ppid_overdue",
            _("Permohonan lewat batas waktu pemberitahuan"),
            filtered_requests(user, overdue=True).count(),
            register + "?terlambat=on",
        ),  # fmt: skip
    ]
    if scope.has(Role.PPID_UTAMA):
        unassigned = handled.exclude(status__in=CLOSED).filter(assigned_agency__isnull=True)
        figures.append(Figure("ppid_waiting", _("Menunggu Anda: permohonan belum ditugaskan"), unassigned.count(),
                              register))  # fmt: skip
    elif scope.has(Role.PPID_PEMBANTU):
        figures.append(Figure("ppid_waiting", _("Menunggu Anda: permohonan belum diberi pemberitahuan"),
                              awaiting.count(), register))  # fmt: skip
    recent = handled.filter(status_changed_at__gte=now - datetime.timedelta(days=RECENT_DAYS))
    figures.append(Figure("ppid_recent", _("Berubah status dalam %(n)s hari terakhir") % {"n": RECENT_DAYS},
                          recent.count(), register))  # fmt: skip
    return figures + objection_figures(user, today)


def objection_figures(user, today: datetime.date) -> list[Figure]:
    """The Atasan PPID's work (and the PPID Utama's watch): objections waiting for an answer, and those past
    the 30-working-day answer date."""
    if not scope_of(user).has(Role.ATASAN_PPID, Role.PPID_UTAMA):
        return []
    register = reverse("ppid:staff_objections")
    waiting = objections_visible_to(user).filter(status=ObjectionStatus.REGISTERED)
    label = (
        _("Menunggu Anda: keberatan belum ditanggapi")
        if scope_of(user).has(Role.ATASAN_PPID)
        else _("Keberatan menunggu tanggapan Atasan PPID")
    )
    return [
        Figure("objections_waiting", label, waiting.count(), register),
        Figure("objections_overdue", _("Keberatan lewat batas tanggapan"), waiting.filter(answer_due__lt=today).count(),
               register),
    ]  # fmt: skip


@dataclass(frozen=True)
class OversightRow:
    agency: str
    overdue: int
    bounced: int


def oversight_rows(user, today: datetime.date) -> list[OversightRow]:
    """The Inspektorat's read-only oversight: per agency, the open reports past a due date and those sent back
    repeatedly, of every agency (counts only: the Inspektorat opens just the berkadar pengawasan cases)."""
    if not scope_of(user).has(Role.INSPEKTORAT):
        return []
    rows = (
        Report.objects.filter(status__in=OPEN, assigned_agency__isnull=False)
        .values("assigned_agency")
        .annotate(
            overdue=Count("pk", filter=overdue_condition(today)),
            bounced=Count("pk", filter=Q(bounce_count__gte=BOUNCED_TIMES)),
        )
        .filter(Q(overdue__gt=0) | Q(bounced__gt=0))
        .order_by("-overdue", "-bounced")
    )
    names = dict(Agency.objects.values_list("pk", "name"))
    return [OversightRow(names.get(r["assigned_agency"], ""), r["overdue"], r["bounced"]) for r in rows]


def workspace_figures(user) -> dict:
    today, now = timezone.localdate(), timezone.now()
    oversight = oversight_rows(user, today)
    return {
        "complaint_figures": complaint_figures(user, today, now),
        "ppid_figures": ppid_figures(user, today, now),
        "oversight": oversight,
        "oversight_overdue": sum(row.overdue for row in oversight),
        "oversight_bounced": sum(row.bounced for row in oversight),
        "oversight_shown": scope_of(user).has(Role.INSPEKTORAT),
        "bounced_times": BOUNCED_TIMES,
        "dashboard": scope_of(user).has(*DASHBOARD_ROLES),
    }
