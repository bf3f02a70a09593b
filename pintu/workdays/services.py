"""Use cases of the working-day calendar. The admin, commands and tests all call these.

Every change bumps CalendarSettings.version and queues the recomputation of stored due dates
(pintu.workdays.recompute) in the same transaction.
"""

import datetime

import holidays
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from pintu.jobs.services import enqueue
from pintu.workdays.models import (
    CalendarSettings,
    CalendarYear,
    ClosedDay,
    ClosureKind,
    ClosureSource,
    HoursException,
    WeekdayHours,
)

RECOMPUTE_TASK = "pintu.workdays.tasks.recompute_due_dates"
RULE_FIELDS = {
    "office_open",
    "office_close",
    "saturday_is_working_day",
    "after_hours_counts_next_day",
    "day_one_is_next_working_day",
    "due_soon_days",
}


def calendar_changed() -> None:
    """Mark the calendar as changed and queue the recomputation of open cases' due dates."""
    row = CalendarSettings.load()
    CalendarSettings.objects.filter(pk=row.pk).update(version=F("version") + 1, updated_at=timezone.now())
    enqueue(RECOMPUTE_TASK)


def clock_settings_changed() -> None:
    """A case type's clock settings changed (days, calendar or working days): recompute stored due dates.

    Called by the case types' settings services (complaints, PPID) in the caller's transaction.
    """
    enqueue(RECOMPUTE_TASK)


def package_closed_days(year: int) -> list[tuple[datetime.date, str, str, str]]:
    """(date, Indonesian name, English name, kind) for `year` from the `holidays` package."""
    result = []
    for category, kind in (("public", ClosureKind.NATIONAL), ("government", ClosureKind.CUTI_BERSAMA)):
        names_id = holidays.Indonesia(years=year, categories=(category,), language="id")
        names_en = holidays.Indonesia(years=year, categories=(category,), language="en_US")
        for day in sorted(names_id):
            for name_id, name_en in zip(names_id.get_list(day), names_en.get_list(day), strict=False):
                result.append((day, name_id, name_en, kind))
    return result


@transaction.atomic
def prefill_year(year: int, *, actor=None) -> int:
    """Add the package's holidays and cuti bersama for `year`; rows already there are kept as they are.

    Returns how many rows were added. Safe to call again (idempotent).
    """
    added = 0
    for day, name_id, name_en, kind in package_closed_days(year):
        if ClosedDay.objects.filter(date=day, kind=kind, source=ClosureSource.PACKAGE).exists():
            continue
        ClosedDay.objects.create(
            date=day, name=name_id, name_en=name_en, kind=kind, source=ClosureSource.PACKAGE, updated_by=actor
        )
        added += 1
    calendar_year, _created = CalendarYear.objects.get_or_create(year=year)
    if calendar_year.prefilled_at is None:
        calendar_year.prefilled_at = timezone.now()
        calendar_year.save(update_fields=["prefilled_at"])
    if added:
        calendar_changed()
    return added


@transaction.atomic
def confirm_year(year: int, *, actor, reference: str = "") -> CalendarYear:
    """An admin confirms that `year`'s closed days match the decree (SKB) in force."""
    calendar_year, _created = CalendarYear.objects.get_or_create(year=year)
    calendar_year.confirmed_at = timezone.now()
    calendar_year.confirmed_by = actor
    if reference:
        calendar_year.reference = reference
    calendar_year.save()
    return calendar_year


@transaction.atomic
def add_closed_day(
    date: datetime.date, name: str, kind: str = ClosureKind.LOCAL, *, actor=None, note: str = "", name_en: str = ""
) -> ClosedDay:
    if kind not in ClosureKind.values:
        raise ValueError(f"unknown closure kind {kind!r}")
    day = ClosedDay.objects.create(
        date=date, name=name, name_en=name_en, kind=kind, note=note, source=ClosureSource.MANUAL, updated_by=actor
    )
    CalendarYear.objects.get_or_create(year=date.year)
    calendar_changed()
    return day


@transaction.atomic
def update_closed_day(day: ClosedDay, *, actor=None, **fields) -> ClosedDay:
    allowed = {"date", "name", "name_en", "kind", "active", "note"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    for key, value in fields.items():
        setattr(day, key, value)
    day.updated_by = actor
    day.save()
    calendar_changed()
    return day


@transaction.atomic
def remove_closed_day(day: ClosedDay, *, actor=None) -> None:
    """Package rows are deactivated (so a later prefill does not bring them back); manual rows go."""
    if day.source == ClosureSource.PACKAGE:
        update_closed_day(day, actor=actor, active=False)
        return
    day.delete()
    calendar_changed()


@transaction.atomic
def update_rules(*, actor=None, **fields) -> CalendarSettings:
    unknown = set(fields) - RULE_FIELDS
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    row = CalendarSettings.load()
    for key, value in fields.items():
        setattr(row, key, value)
    row.save()
    calendar_changed()
    return row


@transaction.atomic
def set_weekday_hours(
    weekday: int, *, open: datetime.time, close: datetime.time, break_start=None, break_end=None, actor=None
) -> WeekdayHours:
    """Give `weekday` its own office hours (e.g. Friday 07.30-16.30 with a prayer break)."""
    row = WeekdayHours.objects.filter(weekday=weekday).first() or WeekdayHours(weekday=weekday)
    row.open, row.close, row.break_start, row.break_end = open, close, break_start, break_end
    row.full_clean()
    row.save()
    calendar_changed()
    return row


@transaction.atomic
def remove_weekday_hours(row: WeekdayHours, *, actor=None) -> None:
    """The weekday goes back to the default hours."""
    row.delete()
    calendar_changed()


@transaction.atomic
def save_hours_exception(row: HoursException, *, actor=None) -> HoursException:
    """Add or change dated office hours (Ramadan, a regional decree)."""
    row.full_clean()
    row.save()
    calendar_changed()
    return row


@transaction.atomic
def remove_hours_exception(row: HoursException, *, actor=None) -> None:
    row.delete()
    calendar_changed()
