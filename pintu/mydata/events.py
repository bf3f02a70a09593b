"""The history events this app records, and their labels (pintu.cases.events).

On the case types whose personal data it erases or restricts (reports, information requests,
objections), and on its own breach register (case type "pdp_breach", with the notice letters' events).
"""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds
from pintu.letters.events import register_letter_events

BREACH_CASE_TYPE = "pdp_breach"

ERASURE_KINDS = {
    "personal_data_erased": _("Data pribadi dihapus (dianonimkan)"),
    "processing_restricted": _("Pemrosesan data pribadi dibatasi atas permintaan penghapusan"),
}
BREACH_KINDS = {
    "breach_recorded": _("Kegagalan pelindungan data pribadi dicatat"),
    "breach_updated": _("Catatan kegagalan diperbarui"),
    "subjects_notified": _("Subjek data diberi tahu"),
    "authority_notified": _("Lembaga pelindungan data pribadi diberi tahu"),
    "public_notified": _("Masyarakat diberi tahu"),
    "breach_closed": _("Penanganan kegagalan selesai"),
}


def register() -> None:
    for case_type in ("report", "info_request", "objection"):
        register_event_kinds(case_type, ERASURE_KINDS)
    register_event_kinds("info_request", {"identity_files_deleted": _("Dokumen identitas dihapus (masa retensi)")})
    register_event_kinds(BREACH_CASE_TYPE, BREACH_KINDS)
    register_letter_events(BREACH_CASE_TYPE)
