"""Times shown one way everywhere: "07.09 WIB" (hour.minute, 24 hours, the region's zone abbreviation).

The site's templates use the builtin filters `jam` and `waktu` (pintu.web.templatetags.pintu_time); nothing
else formats a time of day for a page. A moment is shown in the region's time (settings.TIME_ZONE), a time of
day (office hours) as it is, with the same zone abbreviation.
"""

import datetime

from django.utils import formats, timezone


def zone_abbreviation() -> str:
    """WIB, WITA or WIT for the Indonesian zones; the zone's own abbreviation elsewhere."""
    return timezone.localtime(timezone.now()).strftime("%Z") or "WIB"


def _local(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value) if timezone.is_aware(value) else value
    return value


def clock_text(value) -> str:
    """A moment or a time of day as "07.09 WIB"; "" for nothing."""
    if value in (None, ""):
        return ""
    value = _local(value)
    if not isinstance(value, datetime.datetime | datetime.time):
        return str(value)
    zone = value.strftime("%Z") if isinstance(value, datetime.datetime) and value.tzinfo else zone_abbreviation()
    return f"{value:%H}.{value:%M} {zone or zone_abbreviation()}"


def moment_text(value, month: str = "F") -> str:
    """A moment as "7 Desember 2026, 07.09 WIB" (`month` "M": "7 Des 2026, 07.09 WIB"); "" for nothing."""
    if value in (None, ""):
        return ""
    value = _local(value)
    if not isinstance(value, datetime.datetime):
        return formats.date_format(value, f"j {month} Y") if isinstance(value, datetime.date) else str(value)
    return f"{formats.date_format(value, f'j {month} Y')}, {clock_text(value)}"
