"""The history event kinds of annual reports and what each is called (pintu.cases.events). Registered at
import (apps.py)."""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds
from pintu.letters.events import register_letter_events

CASE_TYPE = "annual_report"

register_event_kinds(CASE_TYPE, {
    "narrative_saved": _("Narasi laporan tahunan disimpan."),
    "published": _("Diumumkan"),
    "sent_to_ki": _("Laporan tahunan dikirim kepada Komisi Informasi"),
})  # fmt: skip
register_letter_events(CASE_TYPE)  # the cover letter to the Komisi Informasi (pintu.ppid.annual.dispatch)
