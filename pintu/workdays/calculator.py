"""The public workday calculator's question: N working days from a receipt date and time.

One reading of the question and one answer for the web page (web:workday_calculator) and the API
(api:workday_due), so both accept the same input, refuse it with the same Indonesian messages and
answer the same: the first working day of the count, the N-th (the deadline), and the closed days in
between that the visitor may see.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from pintu.workdays.bounds import in_range, out_of_range_message
from pintu.workdays.calendar import get_calendar
from pintu.workdays.selectors import closed_days_visible_to

MAX_WORKING_DAYS = 366
MIN_YEAR, MAX_YEAR = 2000, 2100  #: the years the public calendar (page and API) answers for

#: What is wrong with a question, in the words both faces show.
MESSAGES = {
    "date_required": _("Isi tanggal diterima."),
    "date_invalid": _("Tanggal diterima harus berupa tanggal yang sah, misalnya 2026-03-16."),
    "time_invalid": _("Jam diterima harus berupa jam yang sah, misalnya 10:00."),
    "days_required": _("Isi jumlah hari kerja."),
    "days_invalid": _("Jumlah hari kerja harus berupa bilangan bulat."),
    "days_min": _("Jumlah hari kerja paling sedikit 1."),
    "days_max": _("Jumlah hari kerja paling banyak 366."),
}


@dataclass(frozen=True)
class WorkdayQuestion:
    received_date: datetime.date
    received_time: datetime.time | None
    working_days: int


@dataclass(frozen=True)
class WorkdayAnswer:
    day_one: datetime.date
    due: datetime.date
    skipped: QuerySet


def _parse(text: str, format_name: str, kind):
    """`text` in one of the active language's input formats (as Django's date and time fields read them)."""
    for fmt in formats.get_format(format_name):
        try:
            parsed = datetime.datetime.strptime(text, fmt)
        except (TypeError, ValueError):
            continue
        return parsed.date() if kind is datetime.date else parsed.time()
    return None


def read_question(received_date, received_time, working_days) -> WorkdayQuestion:
    """The question as typed (strings or numbers), or ValidationError naming each wrong field."""
    errors: dict[str, list] = {}
    text = str(received_date or "").strip()
    day = _parse(text, "DATE_INPUT_FORMATS", datetime.date) if text else None
    if not text or day is None:
        errors["received_date"] = [MESSAGES["date_required" if not text else "date_invalid"]]
    elif not in_range(day):  # 9999-12-28 + N working days overflowed (a 500)
        errors["received_date"] = [out_of_range_message()]
    text = str(received_time or "").strip()
    at = _parse(text, "TIME_INPUT_FORMATS", datetime.time) if text else None
    if text and at is None:
        errors["received_time"] = [MESSAGES["time_invalid"]]
    n = _count(str(working_days if working_days is not None else "").strip(), errors)
    if errors:
        raise ValidationError(errors)
    return WorkdayQuestion(day, at, n)


def _count(text: str, errors: dict) -> int:
    if not text:
        errors["working_days"] = [MESSAGES["days_required"]]
        return 0
    try:
        n = int(text)
    except ValueError:
        errors["working_days"] = [MESSAGES["days_invalid"]]
        return 0
    if not 1 <= n <= MAX_WORKING_DAYS:
        errors["working_days"] = [MESSAGES["days_min" if n < 1 else "days_max"]]
    return n


def working_days_from(user, day: datetime.date, at: datetime.time | None, n: int) -> WorkdayAnswer:
    """Received on `day` (at `at`, local time; None: within office hours), plus `n` working days."""
    received = timezone.make_aware(datetime.datetime.combine(day, at), timezone.get_current_timezone()) if at else day
    calendar = get_calendar()
    day_one = calendar.day_one(received)
    due = calendar.add_working_days(received, n)
    return WorkdayAnswer(day_one, due, closed_days_visible_to(user).filter(date__gte=day_one, date__lte=due))
