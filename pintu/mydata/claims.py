"""A citizen adds a report or an information request they filed as a guest to their account.

Decision (issue #16 item 5): a guest case is claimed, never found for the citizen automatically, and
only when BOTH hold:
1. the citizen proves the case with its tracking code (report) or registration number (request) and
   its secret, exactly as on the tracking pages (the one proof, pintu.cases.tracking: failures counted
   per code and client, so nobody else's wrong secrets stop the owner);
2. the e-mail address or phone number given on the case is one the account has VERIFIED with a
   one-time code (pintu.security.citizens). An unverified address claims nothing.
Why not automatically by address: contacts are encrypted without a blind index (docs/privacy.md), so
finding cases by address means decrypting every contact; and a case filed with someone's address by
a third person would be handed to that person without any proof of the case itself.

Objections follow their request (objections_of_requester also reads the request's account). A claimed
case records an internal history event "linked_to_account" (audited with it) on the case.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pintu.cases import tracking
from pintu.complaints.identity import contact_matches
from pintu.complaints.models import Report
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.numbering import parse_number
from pintu.privacy.contact import InvalidPhone, normalize_phone

LINKED = "linked_to_account"
# The kind is registered with its label by the case types (complaints.events, ppid.requests.events).


@dataclass(frozen=True)
class Claimed:
    kind: str  # "report" or "request"
    reference: str  # code or number
    already: bool  # it was in this account before


def _verified_addresses(user) -> tuple[str, str]:
    email = user.email.strip().lower() if user.email and user.email_verified_at else ""
    phone = user.phone if user.phone and user.phone_verified_at else ""
    return email, phone


def _same_phone(a: str, b: str) -> bool:
    try:
        return bool(a and b) and normalize_phone(a) == normalize_phone(b)
    except InvalidPhone:
        return False


def _request_contact_matches(info: InformationRequest, email: str, phone: str) -> bool:
    identity = RequesterIdentity.objects.filter(request=info).first()
    if identity is None:
        return False
    if email and identity.email and identity.email.strip().lower() == email:
        return True
    return _same_phone(identity.phone, phone)


def _find(reference: str):
    text = unicodedata.normalize("NFKC", reference or "").strip().upper()
    number = parse_number(text)
    if number:
        return InformationRequest.objects.filter(number=number).first()
    compact = "".join(ch for ch in text if ch.isascii() and ch.isalnum())
    code = f"{compact[:3]}-{compact[3:7]}-{compact[7:]}" if len(compact) == 12 else text
    return Report.objects.filter(code=code).first()


def claim(request, reference: str, secret: str) -> Claimed:
    """Link the guest case named by `reference` + `secret` to the signed-in `request.user`.

    Raises ValidationError (Indonesian), or tracking.TrackingLocked when this client failed too often.
    """
    user = request.user
    case = tracking.prove(request, reference, secret, lambda: _find(reference))
    if case is None:
        raise ValidationError(_("Kode/nomor atau kode rahasia salah."), code="wrong")
    is_report = isinstance(case, Report)
    owner_id = case.reporter_user_id if is_report else case.requester_user_id
    reference = case.code if is_report else case.number
    kind = "report" if is_report else "request"
    if owner_id == user.pk:
        return Claimed(kind, reference, already=True)
    if owner_id is not None:
        raise ValidationError(_("Kasus ini sudah tertaut ke akun lain."), code="taken")
    email, phone = _verified_addresses(user)
    if is_report:
        matches = contact_matches(case, email=email, phone=phone) or (
            bool(phone) and _same_phone(getattr(getattr(case, "contact", None), "phone", ""), phone)
        )
    else:
        matches = _request_contact_matches(case, email, phone)
    if not matches:
        raise ValidationError(
            _("Kontak pada kasus ini bukan alamat e-mail atau nomor HP yang sudah terverifikasi di akun Anda."),
            code="contact",
        )
    _link(case, user, is_report)
    return Claimed(kind, reference, already=False)


@transaction.atomic
def _link(case, user, is_report: bool) -> None:
    model = Report if is_report else InformationRequest
    field = "reporter_user" if is_report else "requester_user"
    locked = model.objects.select_for_update().get(pk=case.pk)
    if getattr(locked, f"{field}_id") is not None:
        raise ValidationError(_("Kasus ini sudah tertaut ke akun lain."), code="taken")
    setattr(locked, field, user)
    locked.save(update_fields=[field])
    record_event(locked, LINKED, actor=user, actor_role="reporter" if is_report else "requester",
                 visibility=Visibility.INTERNAL)  # fmt: skip
