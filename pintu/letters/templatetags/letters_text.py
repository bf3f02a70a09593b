"""Filters for the letter templates: dates, amounts and counts in formal Indonesian (pintu.letters.wording)."""

from django import template

from pintu.letters import wording

register = template.Library()

register.filter("tanggal", wording.long_date)  # {{ data.request_date|tanggal }} -> 2 Maret 2026
register.filter("rupiah", wording.rupiah)  # {{ data.cost|rupiah }} -> Rp 5.000
register.filter("hari", wording.weekday)  # {{ data.test_date|hari }} -> Selasa
register.filter("kalimat", wording.sentence)  # a caller's phrase as the end of a sentence: one closing full stop


@register.filter
def hitung(value, noun: str) -> str:
    """{{ data.extension_days|hitung:"hari kerja" }} -> 7 (tujuh) hari kerja"""
    return wording.counted(int(value), noun)
