"""Filters for the letter templates: dates, amounts and counts in formal Indonesian (pintu.letters.wording)."""

from django import template

from pintu.letters import wording

register = template.Library()


@register.filter
def tanggal(value) -> str:
    """{{ data.request_date|tanggal }} -> 2 Maret 2026"""
    return wording.long_date(value)


@register.filter
def rupiah(value) -> str:
    return wording.rupiah(value)


@register.filter
def hitung(value, noun: str) -> str:
    """{{ data.extension_days|hitung:"hari kerja" }} -> 7 (tujuh) hari kerja"""
    return wording.counted(int(value), noun)


@register.filter
def hari(value) -> str:
    """{{ data.test_date|hari }} -> Selasa"""
    return wording.weekday(value)


@register.filter
def kalimat(value) -> str:
    """A caller's phrase as the end of a sentence: exactly one closing full stop."""
    return wording.sentence(value)
