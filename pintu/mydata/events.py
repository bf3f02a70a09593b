"""The history events of this app's own breach register (case type "pdp_breach", with the notice
letters' events) and their labels (pintu.cases.events).

The internal events it records on the cases whose personal data it erases or restricts
("personal_data_erased", "processing_restricted", "identity_files_deleted"): complaints' events.LABELS
lists the two recorded on reports (a report's whole vocabulary lives there); the PPID registry holds only
what pintu/ppid itself records (tests/ppid/test_events.py), so this module labels the ones it records on
information requests and objections (CASE_KINDS). tests/test_event_registry.py checks every case type.
"""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds
from pintu.letters.events import register_letter_events

BREACH_CASE_TYPE = "pdp_breach"

BREACH_KINDS = {
    "breach_recorded": _("Kegagalan pelindungan data pribadi dicatat"),
    "breach_updated": _("Catatan kegagalan diperbarui"),
    "subjects_notified": _("Subjek data diberi tahu"),
    "authority_notified": _("Lembaga pelindungan data pribadi diberi tahu"),
    "public_notified": _("Masyarakat diberi tahu"),
    "breach_closed": _("Penanganan kegagalan selesai"),
}


#: What this app records on other case types' histories (reports: complaints' events.LABELS).
CASE_KINDS = {
    "info_request": {
        "personal_data_erased": _("Data pribadi pemohon dihapus"),  # anonymise
        "processing_restricted": _("Pemrosesan data pribadi dibatasi atas permintaan penghapusan"),  # restriction
        "identity_files_deleted": _("Berkas identitas pemohon dihapus karena masa simpannya berakhir"),
    },
    "objection": {
        "personal_data_erased": _("Data pribadi pemohon keberatan dihapus"),
        "processing_restricted": _("Pemrosesan data pribadi dibatasi atas permintaan penghapusan"),
    },
}


def register() -> None:
    register_event_kinds(BREACH_CASE_TYPE, BREACH_KINDS)
    register_letter_events(BREACH_CASE_TYPE)
    for case_type, kinds in CASE_KINDS.items():
        register_event_kinds(case_type, kinds)
