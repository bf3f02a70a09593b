"""The history events a letter appends to its case, and their labels.

A case type whose letters are drafted here registers these kinds once, in its own events module:

    from pintu.letters.events import register_letter_events
    register_letter_events("info_request")

(The letters app cannot do it itself: it does not know which case types use it.)
"""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds

LETTER_EVENT_KINDS = {
    "letter_drafted": _("Draf surat resmi dibuat"),
    "letter_signed": _("Surat resmi disetujui, ditandatangani, dan diterbitkan"),
    "letter_revoked": _("Surat resmi dicabut"),
    "letter_superseded": _("Surat resmi digantikan surat perbaikan"),
    "letter_discarded": _("Draf surat resmi dibuang"),
}


def register_letter_events(case_type: str) -> None:
    register_event_kinds(case_type, LETTER_EVENT_KINDS)
