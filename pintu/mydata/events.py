"""The history events of this app's own breach register (case type "pdp_breach", with the notice
letters' events) and their labels (pintu.cases.events).

The internal events it records on the cases whose personal data it erases or restricts
("personal_data_erased", "processing_restricted", "identity_files_deleted") are labelled by the case type
that owns them: complaints' events.LABELS lists the two recorded on reports; the PPID registry holds
only what pintu/ppid itself records (tests/ppid/test_events.py), so there they have no label of their own.
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


def register() -> None:
    register_event_kinds(BREACH_CASE_TYPE, BREACH_KINDS)
    register_letter_events(BREACH_CASE_TYPE)
