"""Calendar upkeep: pre-fill coming years and remind admins to confirm them (each reminder once)."""

from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.jobs.services import claim_once
from pintu.notifications.models import Topic
from pintu.notifications.services import Recipient, notify
from pintu.workdays.models import CalendarYear
from pintu.workdays.services import prefill_year

#: From this month on, an unconfirmed next year triggers a reminder to the system admins.
REMIND_FROM_MONTH = 10


def system_admin_emails() -> list[str]:
    admins = User.objects.filter(is_active=True).filter(
        Q(is_superuser=True) | Q(role_assignments__role=Role.SYSTEM_ADMIN, role_assignments__active=True)
    )
    return sorted({email for email in admins.values_list("email", flat=True) if email})


def calendar_upkeep(now: datetime) -> int:
    today = timezone.localdate(now)
    handled = 0
    for year in (today.year, today.year + 1):
        if not CalendarYear.objects.filter(year=year, prefilled_at__isnull=False).exists():
            prefill_year(year)
            handled += 1
    years_to_confirm = [today.year] + ([today.year + 1] if today.month >= REMIND_FROM_MONTH else [])
    for year in years_to_confirm:
        if CalendarYear.objects.filter(year=year, confirmed_at__isnull=False).exists():
            continue
        recipients = system_admin_emails()
        if not recipients:
            continue
        with transaction.atomic():
            if claim_once(f"calendar-unconfirmed-reminder:{year}"):
                notify([Recipient(email) for email in recipients], Topic.ESCALATIONS,
                       "workdays_calendar_unconfirmed", {"year": year})  # fmt: skip
                handled += 1
    return handled
