"""Builtin filters (settings.TEMPLATES builtins): every page shows times one way (pintu.web.timefmt).

{{ event.at|waktu }} -> 7 Desember 2026, 07.09 WIB; {{ event.at|waktu:"M" }} -> 7 Des 2026, 07.09 WIB;
{{ office.opens|jam }} -> 07.30 WIB; {{ a|jam:"polos" }}-{{ b|jam }} -> 07.30-16.00 WIB
"""

from django import template

from pintu.web import timefmt

register = template.Library()


@register.filter
def jam(value, bare: str = "") -> str:
    """ "07.09 WIB"; jam:"polos" -> "07.09" for a range that names its zone once ("07.30-16.00 WIB")."""
    text = timefmt.clock_text(value)
    return text.rsplit(" ", 1)[0] if bare == "polos" and text else text


@register.simple_tag
def zona_waktu() -> str:
    """The region's zone abbreviation (WIB, WITA, WIT)."""
    return timefmt.zone_abbreviation()


@register.filter
def waktu(value, month: str = "F") -> str:
    return timefmt.moment_text(value, "M" if month == "M" else "F")
