"""The history event kinds of information requests and what each is called (pintu.cases.events),
for the requester's and the staff timeline, the API and the exports. Registered at import (apps.py)."""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds
from pintu.letters.events import register_letter_events

CASE_TYPE = "info_request"

register_event_kinds(CASE_TYPE, {
    "submitted": _("Permohonan diterima dan didaftarkan"),
    "mark_incomplete": _("Permohonan perlu dilengkapi"),
    "complete": _("Permohonan lengkap; hitungan hari kerja dimulai"),
    "assign": _("Ditugaskan kepada PPID Pembantu"),
    "extend": _("Jangka waktu diperpanjang"),
    "issue_notice": _("Pemberitahuan tertulis diterbitkan"),
    "forward": _("Pemberitahuan: informasi dikuasai badan publik lain"),
    "notice_received": _("Tanggal pemberitahuan diterima pemohon dicatat"),
    "deliver": _("Informasi diberikan"),
    "close": _("Permohonan ditutup"),
    "convert_to_report": _("Dialihkan ke layanan pengaduan"),
    "fee_paid": _("Biaya dibayar"),
    "identity_document_opened": _("Dokumen identitas dibuka"),
    "overdue_escalated": _("Melewati batas waktu: diteruskan ke atasan"),
    "linked_to_account": _("Ditautkan ke akun pemohon"),  # pintu.mydata.claims
})  # fmt: skip
register_letter_events(CASE_TYPE)  # the decision's and the extension's letters (requests.decisions)
