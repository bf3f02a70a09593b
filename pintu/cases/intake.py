"""What every intake (a report, an information request) does the same way: once per idempotency key, a new
tracking secret, and the contact checks (e-mail, phone, consent to WhatsApp/SMS).

Each case type keeps its own draft, its own rules and its own `_create`; `submit_once` runs them in the
one order every intake needs: fingerprint the draft before validation normalises it (as for every retry),
answer a retry with the first case, validate, create once under the key.
"""

from collections.abc import Callable
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.cases.tracking import hash_secret, new_secret
from pintu.idempotency import create_once, draft_fingerprint, same_submission
from pintu.notifications.consent import parse_channels
from pintu.privacy.contact import InvalidEmail, InvalidPhone, normalize_phone, validate_email_address


def bilingual(exc) -> str:
    """The message of a privacy-validation error (InvalidEmail, InvalidPhone, InvalidNik) in the page's language."""
    return exc.message_en if (get_language() or "id").startswith("en") else exc.message_id


def check_email(draft, errors: dict, value: str) -> None:
    """`value` as the draft's e-mail, normalised; a wrong one is an error on "email"."""
    try:
        draft.email = validate_email_address(value)
    except InvalidEmail as exc:
        errors["email"] = bilingual(exc)


def check_phone(draft, errors: dict) -> None:
    """The draft's phone normalised to E.164; a wrong one is an error on "phone"."""
    if draft.phone:
        try:
            draft.phone = normalize_phone(draft.phone)
        except InvalidPhone as exc:
            errors["phone"] = bilingual(exc)


def check_notify_channels(draft, errors: dict) -> None:
    """The channels agreed to for messages by phone: known ones only, and only with a phone number."""
    draft.notify_channels = parse_channels(draft.notify_channels)
    if draft.notify_channels and not draft.phone and "phone" not in errors:
        errors["phone"] = _("Isi nomor HP agar kami dapat mengirim kabar lewat WhatsApp/SMS.")


def new_case_fields(draft, secret: str, fingerprint: str) -> dict[str, Any]:
    """The fields every new case takes from its draft the same way: the secret's hash, the idempotency key and
    fingerprint, the channel, the language it was written in, and who typed it in for the citizen."""
    return {
        "secret_hash": hash_secret(secret),
        "idempotency_key": draft.idempotency_key or None,
        "idempotency_fingerprint": fingerprint if draft.idempotency_key else "",
        "channel": draft.channel,
        "language": draft.language or (get_language() or "id")[:2],
        "created_by": draft.created_by,
    }


def submit_once(
    draft, existing_for_key: Callable, validate: Callable, create: Callable
) -> tuple[Any, str | None, bool]:
    """(case, secret, created): a retry with the same idempotency key returns the first case and no secret;
    the same key with other content raises IdempotencyConflict (a ValidationError)."""
    fingerprint = draft_fingerprint(draft)  # before validation normalises the draft, as for every retry
    if existing := existing_for_key(draft.idempotency_key):
        same_submission(existing.idempotency_fingerprint, fingerprint)
        return existing, None, False
    validate(draft)
    secret = new_secret()
    case, created = create_once(draft.idempotency_key, existing_for_key, lambda: create(draft, secret, fingerprint))
    if not created:  # a concurrent twin with the same key was first
        same_submission(case.idempotency_fingerprint, fingerprint)
    return case, (secret if created else None), created
