"""Scheduled sweeps of the PPID registers. Each selects by state, never by time window, and guards
its mail with claim_once in the same transaction (a repeated run sends nothing twice).

- berkala_due: every published berkala item whose next refresh date is within the reminder window
  (PpidSettings.berkala_remind_days) or past: ONE reminder per item per due date.
- dik_expiry: every exemption in force whose end date passed goes to "review", with ONE
  notification per item per end date.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from pintu.jobs.services import claim_once
from pintu.ppid.config import PpidSettings
from pintu.ppid.registers import notify
from pintu.ppid.registers.models import DikItem, DikStatus, DipCategory, DipItem, DipStatus
from pintu.ppid.registers.services.dik import mark_for_review


def berkala_due(now: datetime) -> int:
    today = timezone.localdate(now)
    horizon = today + timedelta(days=PpidSettings.load().berkala_remind_days)
    due = DipItem.objects.filter(status=DipStatus.PUBLISHED, category=DipCategory.BERKALA,
                                 next_due_date__lte=horizon).select_related("agency", "agency__parent")  # fmt: skip
    sent = 0
    for item in due:
        with transaction.atomic():
            if claim_once(f"ppid-berkala-due:{item.pk}:{item.next_due_date.isoformat()}"):
                notify.berkala_due(item, today)
                sent += 1
    return sent


def dik_expiry(now: datetime) -> int:
    today = timezone.localdate(now)
    handled = 0
    for item in DikItem.objects.filter(status=DikStatus.IN_FORCE, exempt_until__lt=today):
        with transaction.atomic():
            reviewed = mark_for_review(item, today)
            if reviewed and claim_once(f"ppid-dik-expiry:{item.pk}:{reviewed.exempt_until.isoformat()}"):
                notify.dik_expired(reviewed)
            handled += 1 if reviewed else 0
    return handled
