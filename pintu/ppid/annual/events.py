"""The history event kinds of annual reports and what each is called (pintu.cases.events). Registered at
import (apps.py)."""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds

CASE_TYPE = "annual_report"

register_event_kinds(CASE_TYPE, {
    "narrative_saved": _("Narasi laporan tahunan disimpan."),
    "published": _("Diumumkan"),
})  # fmt: skip
