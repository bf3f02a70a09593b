"""The history event kinds of objections, and of their disputes (told in the objection's history), with
what each is called (pintu.cases.events). Registered at import (apps.py)."""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds
from pintu.ppid.objections.models import StageAction

CASE_TYPE = "objection"

register_event_kinds(CASE_TYPE, {
    "filed": _("Keberatan dicatat"),
    "decide": _("Atasan PPID memberikan tanggapan"),
    "accept": _("Pemohon menerima tanggapan"),
    "go_to_ki": _("Pemohon mengajukan sengketa ke Komisi Informasi"),
    "escalated": _("Melewati batas tanggapan: diteruskan ke Atasan PPID dan PPID Utama"),
    "dispute_filed": _("Sengketa dicatat di Komisi Informasi"),
    # each stage of the dispute, recorded as "dispute_<stage>" (services.record_dispute_step)
    **{f"dispute_{stage.value}": stage.label for stage in StageAction},
})  # fmt: skip
