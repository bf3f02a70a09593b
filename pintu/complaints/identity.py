"""Who may see who sent a report. The only module that reads ReporterContact for display.

- public: never;
- handlers of the report and the admin instansi: name and contact of biasa and rahasia reports;
- anonim: hidden from everyone; the admin instansi may reveal it with a reason, and every reveal
  is an internal history event (services.admin.reveal_identity).
NIK is shown masked, always.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from pintu.complaints.models import Report, ReporterContact
from pintu.complaints.permissions import is_admin, is_handler
from pintu.privacy.contact import mask_email, mask_phone
from pintu.privacy.crypto import blind_index_candidates
from pintu.privacy.nik import mask_nik


@dataclass(frozen=True)
class ContactView:
    hidden: bool
    name: str = ""
    email: str = ""
    phone: str = ""
    nik_masked: str = ""
    note: str = ""


def _view_of(contact: ReporterContact | None, *, masked: bool) -> ContactView:
    """A stored contact row as shown; `masked`: e-mail and phone masked, no NIK (hidden when none is stored)."""
    if contact is None:
        return ContactView(hidden=True)
    if masked:
        email = mask_email(contact.email) if contact.email else ""
        phone, nik = mask_phone(contact.phone) if contact.phone else "", ""
    else:
        email, phone, nik = contact.email, contact.phone, mask_nik(contact.nik) if contact.nik else ""
    return ContactView(hidden=False, name=contact.name, email=email, phone=phone, nik_masked=nik)


def may_see_contact(user, report: Report) -> bool:
    return not report.anonim and (is_admin(user) or is_handler(user, report))


def contact_for(user, report: Report, *, revealed: bool = False) -> ContactView:
    allowed = may_see_contact(user, report) or (revealed and is_admin(user))
    if not allowed:
        note = _("Pelapor memilih anonim.") if report.anonim else _("Identitas pelapor disembunyikan.")
        return ContactView(hidden=True, name=_("Anonim") if report.anonim else "", note=note)
    return _view_of(reporter_contact(report), masked=False)


def reporter_contact(report: Report) -> ReporterContact | None:
    """The report's contact row, read once for a page of the reporter's own (proved before the call): the
    masked contact (`masked_for_reporter`) and the phone consent (`phone_consent.consent_in`) both come from it."""
    return ReporterContact.objects.filter(report=report).first()


def contact_masked_for_reporter(report: Report) -> ContactView:
    """What the reporter sees of their own contact on the tracking page (masked: the page may be shared)."""
    return masked_for_reporter(reporter_contact(report))


def masked_for_reporter(contact: ReporterContact | None) -> ContactView:
    """`contact_masked_for_reporter` of a contact row already read (`reporter_contact`)."""
    return _view_of(contact, masked=True)


def contact_matches(report: Report, *, email: str = "", phone: str = "") -> bool:
    """Whether an inbound message's sender is this report's reporter (threading replies; reveals nothing)."""
    contact = ReporterContact.objects.filter(report=report).first()
    if contact is None:
        return False
    if email and contact.email and contact.email.strip().lower() == email.strip().lower():
        return True
    return bool(phone and contact.phone and contact.phone == phone)


def report_ids_of_phone(phone: str) -> list[int]:
    """The reports whose contact gave this number (E.164), found by its blind index (threading WhatsApp/SMS)."""
    if not phone:
        return []
    rows = ReporterContact.objects.filter(phone_index__in=blind_index_candidates(phone))
    return list(rows.values_list("report_id", flat=True))


def contact_for_forwarding(report: Report) -> dict[str, str]:
    """What an outside instansi receives of the reporter when a report is forwarded (pintu.interop).

    Nothing for anonim reports, ever; name, e-mail and phone otherwise (the instansi must be able to
    answer the reporter). The NIK is never forwarded.
    """
    if report.anonim:
        return {}
    contact = ReporterContact.objects.filter(report=report).first()
    if contact is None:
        return {}
    return {"name": contact.name, "email": contact.email, "phone": contact.phone}


def reporter_names(report: Report) -> list[str]:
    """The name the reporter gave, for the redactor of the public text (pintu.complaints.public_text) only."""
    name = ReporterContact.objects.filter(report=report).values_list("name", flat=True).first()
    return [name] if name else []
