"""The worked examples of the role guides (issue #19 item 2), computed when the guide is shown: each clock's
days and due date from the region's own settings and working-day calendar, starting today, so an example never
states a wrong date (holidays and cuti bersama included) and follows the admin's settings.

Every example starts from a case received today during office hours; "day 1" is the next working day
(pintu.workdays rules). Complaint clocks: pintu.complaints.clocks; PPID clocks: pintu.ppid.domain (UU 14/2008).
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from pintu.complaints.models import ComplaintSettings
from pintu.ppid.config import PpidSettings
from pintu.ppid.domain import (
    DISPUTE_FILING_DAYS,
    OBJECTION_ANSWER_DAYS,
    OBJECTION_FILING_DAYS,
    REQUEST_EXTENSION_DAYS,
    REQUEST_NOTICE_DAYS,
)
from pintu.workdays.calendar import get_calendar
from pintu.workdays.domain import Pause, WorkCalendar


@dataclass(frozen=True)
class Clock:
    days: int
    calendar_days: bool  # counted in calendar days (the region's choice), not hari kerja
    start: datetime.date
    due: datetime.date


def _clock(calendar: WorkCalendar, start: datetime.date, days: int, calendar_days: bool, pauses=()) -> Clock:
    counting = calendar.counting(calendar_days=calendar_days)
    return Clock(days, calendar_days, start, counting.add_working_days(start, days, pauses))


def complaint_examples(calendar: WorkCalendar, today: datetime.date) -> dict:
    rules = ComplaintSettings.load()
    received = today
    verify = _clock(calendar, received, rules.verify_days, rules.verify_calendar_days)
    dispositioned = calendar.add_working_days(received, 1)  # the admin disposes on the next working day
    first = _clock(calendar, dispositioned, rules.first_response_days, rules.first_response_calendar_days)
    resolve = _clock(calendar, dispositioned, rules.resolve_days, rules.resolve_calendar_days)
    complex_ = _clock(calendar, dispositioned, rules.resolve_days_complex, rules.resolve_calendar_days)
    asked = calendar.add_working_days(dispositioned, 2)  # the OPD asks the reporter on its 2nd day
    replied = calendar.add_working_days(asked, 4)  # the reporter answers 4 working days later
    paused = _clock(calendar, dispositioned, rules.resolve_days, rules.resolve_calendar_days, [Pause(asked, replied)])
    followed_up = calendar.add_working_days(dispositioned, 3)
    autoclose = _clock(calendar, followed_up, rules.autoclose_days, rules.autoclose_calendar_days)
    return {
        "received": received, "verify": verify, "dispositioned": dispositioned, "first": first, "resolve": resolve,
        "complex": complex_, "asked": asked, "replied": replied, "paused": paused, "followed_up": followed_up,
        "autoclose": autoclose, "bounce_limit": rules.bounce_flag_after,
    }  # fmt: skip


def ppid_examples(calendar: WorkCalendar, today: datetime.date) -> dict:
    rules = PpidSettings.load()
    complete = today
    notice = _clock(calendar, complete, REQUEST_NOTICE_DAYS, rules.request_calendar_days)
    extended = calendar.counting(calendar_days=rules.request_calendar_days).extend(notice.due, REQUEST_EXTENSION_DAYS)
    filing = _clock(calendar, notice.due, OBJECTION_FILING_DAYS, rules.objection_filing_calendar_days)
    filed = calendar.add_working_days(notice.due, 5)  # the requester objects 5 working days after the notice
    answer = _clock(calendar, filed, OBJECTION_ANSWER_DAYS, rules.objection_answer_calendar_days)
    dispute = _clock(calendar, answer.due, DISPUTE_FILING_DAYS, rules.dispute_calendar_days)
    return {
        "complete": complete, "notice": notice, "extension_days": REQUEST_EXTENSION_DAYS, "extended": extended,
        "filing": filing, "filed": filed, "answer": answer, "dispute": dispute,
    }  # fmt: skip


def examples(today: datetime.date | None = None) -> dict:
    """Every example of the guides, from `today` (default: the local date) and the calendar in force."""
    today = today or timezone.localdate()
    calendar = get_calendar()
    return {"today": today, "lapor": complaint_examples(calendar, today), "ppid": ppid_examples(calendar, today)}
