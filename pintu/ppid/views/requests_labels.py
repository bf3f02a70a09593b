"""Names of the history events of information requests, for the requester's and the staff timeline."""

from django.utils.translation import gettext_lazy as _

REQUEST_EVENT_LABELS = {
    "submitted": _("Permohonan diterima dan didaftarkan"),
    "mark_incomplete": _("Permohonan perlu dilengkapi"),
    "complete": _("Permohonan lengkap; hitungan hari kerja dimulai"),
    "assign": _("Ditugaskan kepada PPID Pembantu"),
    "extend": _("Jangka waktu diperpanjang"),
    "issue_notice": _("Pemberitahuan tertulis diterbitkan"),
    "forward": _("Pemberitahuan: informasi dikuasai badan publik lain"),
    "deliver": _("Informasi diberikan"),
    "close": _("Permohonan ditutup"),
    "convert_to_report": _("Dialihkan ke layanan pengaduan"),
    "fee_paid": _("Biaya dibayar"),
    "identity_document_opened": _("Dokumen identitas dibuka"),
    "overdue_escalated": _("Melewati batas waktu: diteruskan ke atasan"),
    "linked_to_account": _("Ditautkan ke akun pemohon"),  # pintu.mydata.claims
}


def with_labels(events):
    return [(event, REQUEST_EVENT_LABELS.get(event.kind, event.kind)) for event in events]
