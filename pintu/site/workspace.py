"""The figures of an officer's workspace (Ruang kerja, issue #19 item 1): per role, what is due today, what is
overdue, what waits on the officer and what changed recently, each a count with a link to the list behind it.

Plain reads over the case types' own selectors (complaints: handled_by, and one queryset function per figure in
pintu.complaints.figures that the inbox section behind the card reads too; information requests:
requests_handled_by, the register's overdue filter), so a figure counts exactly the cases the officer may open.
The Bupati, Sekda and other dashboard roles also get the leaders' dashboard.
"""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.cases.card_lists import CARD_PARAM
from pintu.complaints import figures as report_figures
from pintu.complaints.models import Report
from pintu.complaints.selectors import handled_by, verification_queue
from pintu.complaints.workflow import OPEN
from pintu.insights.scope import DASHBOARD_ROLES
from pintu.ppid.objections.figures import SECTIONS as objection_sections
from pintu.ppid.objections.selectors import objections_visible_to
from pintu.ppid.requests import figures as request_figures
from pintu.ppid.requests.register import filtered_requests
from pintu.ppid.requests.selectors import requests_handled_by

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
    """Each card counts with the queryset function of pintu.complaints.figures that its inbox list reads too."""
    scope = scope_of(user)
    if not scope.has(*COMPLAINT_ROLES):
        return []
    handled = handled_by(user)
    inbox = reverse("complaints:staff_inbox")
    figures = [
        _card("due_today", report_figures.SECTIONS, "hari-ini", handled, today, now, inbox, param="tab"),
        Figure("overdue", _overdue_label(scope), report_figures.overdue(handled, today).count(), _inbox("lewat")),
    ]
    if scope.has(Role.ADMIN_INSTANSI):
        figures.append(Figure("waiting", _("Menunggu Anda: verifikasi dan disposisi"),
                              verification_queue(user).count(), _inbox("verifikasi")))  # fmt: skip
    elif scope.has(Role.PEJABAT_PENGHUBUNG, Role.KEPALA_OPD):
        figures.append(Figure("waiting", _("Menunggu Anda: laporan baru"),
                              report_figures.new_at_opd(handled).count(), _inbox("baru")))  # fmt: skip
        figures.append(Figure("in_progress", _("Sedang Anda proses"), report_figures.in_progress(handled).count(),
                              _inbox("diproses")))  # fmt: skip
    if scope.has(Role.INSPEKTORAT):
        figures.append(_card("flagged", report_figures.SECTIONS, "pengawasan", handled, today, now, inbox, param="tab"))
    figures.append(_card("recent", report_figures.SECTIONS, "berubah", handled, today, now, inbox, param="tab"))
    return figures


def _card(key: str, sections: dict, name: str, cases, today, now, url: str, *, param: str = CARD_PARAM, label=None):
    """A card whose list is the section `name` of `sections`: counted by that section's queryset function, linked
    to the list that reads the same function (`?kartu=` on a register, `?tab=` on the complaints inbox)."""
    section = sections[name]
    count = section.select(cases, today, now).count()
    return Figure(key, label or section.label, count, f"{url}?{param}={name}")


def _overdue_label(scope) -> str:
    """The overdue card names its scope where it differs from the Pemkab's overdue count (stranger finding): the
    Inspektorat counts only the reports it handles (its oversight table counts every agency), a Pimpinan
    every report but the rahasia ones (which the Pimpinan does not open)."""
    if scope.has(Role.INSPEKTORAT):
        return _("Laporan lewat tenggat yang ditangani Inspektorat (bukan semua instansi)")
    if scope.has(Role.PIMPINAN) and not scope.has(Role.ADMIN_INSTANSI):
        return _("Laporan lewat tenggat di semua instansi, tanpa laporan rahasia")
    return _("Laporan lewat tenggat")


def ppid_figures(user, today: datetime.date, now: datetime.datetime) -> list[Figure]:
    """Each card counts with the queryset function of pintu.ppid.requests.figures that its register list reads."""
    scope = scope_of(user)
    if not scope.has(*PPID_ROLES):
        return []
    register, handled, sections = reverse("ppid:staff_requests"), requests_handled_by(user), request_figures.SECTIONS
    figures = [
        _card("ppid_due_today", sections, "hari-ini", handled, today, now, register),
        Figure(
            "ppid_overdue",
            _("Permohonan lewat batas waktu pemberitahuan"),
            filtered_requests(user, overdue=True).count(),
            register + "?terlambat=on",
        ),  # fmt: skip
    ]
    if scope.has(Role.PPID_UTAMA):
        figures.append(_card("ppid_waiting", sections, "belum-ditugaskan", handled, today, now, register))
    elif scope.has(Role.PPID_PEMBANTU):
        figures.append(_card("ppid_waiting", sections, "belum-diberi-pemberitahuan", handled, today, now, register))
    figures.append(_card("ppid_recent", sections, "berubah", handled, today, now, register))
    return figures + objection_figures(user, today, now)


def objection_figures(user, today: datetime.date, now: datetime.datetime | None = None) -> list[Figure]:
    """The Atasan PPID's work (and the PPID Utama's watch): objections waiting for an answer, and those past
    the 30-working-day answer date."""
    if not scope_of(user).has(Role.ATASAN_PPID, Role.PPID_UTAMA):
        return []
    register, visible, sections = reverse("ppid:staff_objections"), objections_visible_to(user), objection_sections
    now = now or timezone.now()
    own = _("Menunggu Anda: keberatan belum ditanggapi") if scope_of(user).has(Role.ATASAN_PPID) else None
    return [
        _card("objections_waiting", sections, "menunggu", visible, today, now, register, label=own),
        _card("objections_overdue", sections, "lewat-batas", visible, today, now, register),
    ]


@dataclass(frozen=True)
class OversightRow:
    agency: str
    overdue: int
    bounced: int


def oversight_rows(user, today: datetime.date) -> list[OversightRow]:
    """The Inspektorat's read-only oversight: per agency, the open reports past a due date and those sent back
    repeatedly, of every agency (counts only: the Inspektorat opens just the berkadar pengawasan cases). Overdue
    is the workspace's own `overdue` over every report; the reports with no agency yet (waiting for verification
    or disposition by the admin instansi) have their own row, so the total is the Pemkab's overdue count."""
    if not scope_of(user).has(Role.INSPEKTORAT):
        return []
    late = Counter(dict(_per_agency(report_figures.overdue(Report.objects.all(), today))))
    bounced = Counter(dict(_per_agency(Report.objects.filter(status__in=OPEN, bounce_count__gte=BOUNCED_TIMES))))
    names = dict(Agency.objects.values_list("pk", "name"))
    rows = [
        OversightRow(names.get(pk, "") if pk else str(NO_AGENCY), late[pk], bounced[pk])
        for pk in set(late) | set(bounced)
    ]
    return sorted(rows, key=lambda row: (-row.overdue, -row.bounced, row.agency))


#: The oversight table's row of the reports that no agency holds yet.
NO_AGENCY = gettext_lazy("Belum ada instansi (di admin instansi: verifikasi atau disposisi)")


def _per_agency(reports) -> list[tuple[int | None, int]]:
    return list(
        reports.order_by().values("assigned_agency").annotate(n=Count("pk")).values_list("assigned_agency", "n")
    )


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
