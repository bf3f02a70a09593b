"""Scheduled sweeps of the complaint service. Each selects by state, never by time window.

- escalate_overdue: every open report past a due date gets ONE Escalation row per (clock, due date)
  and one e-mail to the OPD head and the admin instansi; the row and the queued mail commit together.
- auto_close: reports followed up and then left silent by the reporter for the autoclose clock.
- forwarding_reminders: forwarded reports whose follow-up date came, once per date, to the admin.
"""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.cases.restrictions import without_restricted
from pintu.complaints import notify
from pintu.complaints.clocks import CLOCK_LABELS
from pintu.complaints.models import Escalation, Forwarding, Report
from pintu.complaints.services.base import apply_transition
from pintu.complaints.workflow import AT_OPD, OPEN_AT_ADMIN, Action, Actor, Status
from pintu.jobs.services import claim_once
from pintu.notifications.models import Topic
from pintu.notifications.services import notify as send

#: (clock, due-date field, statuses in which the clock runs, extra filter)
CLOCKS = [
    ("verify", "verify_due", OPEN_AT_ADMIN | {Status.DITUNDA}, {}),
    ("first_response", "first_response_due", AT_OPD, {"first_response_at__isnull": True}),
    ("resolve", "resolve_due", AT_OPD, {}),
]


def overdue(today) -> list[tuple[Report, str, object]]:
    found = []
    for clock, field, statuses, extra in CLOCKS:
        qs = Report.objects.filter(status__in=statuses, paused_since__isnull=True, **{f"{field}__lt": today}, **extra)
        qs = without_restricted(qs, "report")  # a restricted report is not used (docs/privacy.md)
        qs = qs.exclude(escalations__clock=clock, escalations__due=F(field))
        found.extend((report, clock, getattr(report, field)) for report in qs.select_related("assigned_agency"))
    return found


def escalate_overdue(now: datetime) -> int:
    count = 0
    for report, clock, due in overdue(timezone.localdate(now)):
        try:
            with transaction.atomic():
                escalation = Escalation.objects.create(report=report, clock=clock, due=due)
                escalation.recipients = ", ".join(notify.escalation(report, str(CLOCK_LABELS[clock]), due))
                escalation.save(update_fields=["recipients"])
        except IntegrityError:  # another worker escalated this breach first
            continue
        count += 1
    return count


def auto_close(now: datetime) -> int:
    today = timezone.localdate(now)
    count = 0
    waiting = Report.objects.filter(status=Status.DITINDAKLANJUTI, autoclose_due__lt=today)
    for report in without_restricted(waiting, "report"):
        with transaction.atomic():
            locked = Report.objects.select_for_update().get(pk=report.pk)
            if locked.status != Status.DITINDAKLANJUTI or not locked.autoclose_due or locked.autoclose_due >= today:
                continue
            locked.closed_at = timezone.now()
            apply_transition(
                locked,
                Action.AUTO_CLOSE,
                actor=Actor.SYSTEM,
                reason=_("Ditutup otomatis: tidak ada tanggapan pelapor setelah tindak lanjut."),
            )
            notify.status_changed(locked)
            count += 1
    return count


def forwarding_reminders(now: datetime) -> int:
    today = timezone.localdate(now)
    count = 0
    due = Forwarding.objects.filter(
        report__status=Status.DILIMPAHKAN, answered_at__isnull=True, follow_up_date__lte=today,
        report__in=without_restricted(Report.objects.all(), "report"),
    ).select_related("report", "agency")  # fmt: skip
    for forwarding in due:
        with transaction.atomic():
            if claim_once(f"forwarding-reminder:{forwarding.pk}:{forwarding.follow_up_date.isoformat()}"):
                send(
                    notify.admins(),
                    Topic.CASE_ACTIVITY,
                    "admin_forwarding_due",
                    {"report": forwarding.report, "forwarding": forwarding},
                )
                count += 1
    return count
