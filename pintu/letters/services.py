"""The use cases of a letter: draft, edit or discard a draft, approve and sign, revoke, supersede
(and the offer rules `may_approve`, `may_revoke` for the callers' actions modules).

Each validates, writes in one transaction, appends an audit entry and (when the letter belongs to a
case) an event in the case's history. Nothing is issued unsigned: a letter leaves `draft` only through
`approve_and_sign`, which numbers, renders and signs it with the signatory's certificate in the same
transaction; if signing fails, nothing is stored and the number is given back.

Permission to *draft* is the caller's business (the PPID actions decide who may write which letter);
permission to *sign* and *revoke* is decided here from the region's signatories and delegations
(pintu.letters.authority), because it is a property of the letter, not of the page.
"""

import hashlib
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from pintu.audit.services import audit
from pintu.history.registry import case_type_of, case_types
from pintu.history.services import record_event
from pintu.letters.authority import authority_for, expected_authority, kind_setting, letterhead_for
from pintu.letters.compose import Content, build_view, content_of
from pintu.letters.datacodec import from_json, to_json
from pintu.letters.kinds import Addressee, check_addressee, get_kind
from pintu.letters.models import Letter, Status
from pintu.letters.numbering import take_number, unit_code_for
from pintu.letters.rendering import render_pdf
from pintu.letters.signing import SignRequest, get_service

TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # noqa: S105 (an alphabet) no 0/o, 1/l/i: read aloud from paper without doubt
TOKEN_LENGTH = 16  # 31^16 ~ 2^79


class LetterNotSigned(Exception):
    """A draft was asked for as if it were an issued letter (never delivered to the addressee)."""


def new_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def _parse(kind_key: str, data, addressee, attachments) -> Content:
    kind = get_kind(kind_key)
    parsed = from_json(kind.Data, data)
    kind.check(parsed)
    person = from_json(Addressee, addressee, prefix="addressee.")
    check_addressee(person)
    items = [str(item).strip() for item in (attachments or ()) if str(item).strip()]
    return Content(kind, parsed, person, items)


def _context(content: Content) -> dict:
    return {"data": to_json(content.data), "addressee": to_json(content.addressee), "attachments": content.attachments}


def case_of(letter: Letter):
    """The case a letter belongs to (through the history registry), or None."""
    if not letter.case_type:
        return None
    for case_type in case_types():
        if case_type.label == letter.case_type:
            return case_type.model.objects.filter(pk=letter.case_id).first()
    return None


def _event(letter: Letter, kind: str, *, actor, reason: str = "", at=None) -> None:
    case = case_of(letter)
    if case is not None:
        payload = {"letter": letter.pk, "kind": letter.kind, "number": letter.number}
        record_event(case, kind, actor=actor, agency=letter.agency, reason=reason, payload=payload, at=at)


@transaction.atomic
def draft_letter(
    kind: str,
    *,
    data,
    addressee,
    agency,
    drafter,
    case=None,
    case_reference: str = "",
    attachments=(),
    sifat: str = "",
    hal: str = "",
    supersedes: Letter | None = None,
    at=None,
) -> Letter:
    """A new draft of `kind` for a case of `agency`. `data`/`addressee`: dicts (or the kind's dataclasses).
    `at`: the time the case's history records (the demo's generated year only, as in `approve_and_sign`)."""
    content = _parse(kind, data, addressee, attachments)
    setting = kind_setting(kind)
    letter = Letter.objects.create(
        kind=kind,
        agency=agency,
        case_type=case_type_of(case).label if case is not None else "",
        case_id=case.pk if case is not None else None,
        case_reference=case_reference,
        context=_context(content),
        sifat=(sifat or setting.sifat).strip(),
        hal=(hal or setting.hal or content.kind.subject(content.data)).strip(),
        token=new_token(),
        supersedes=supersedes,
        drafted_by=drafter,
    )
    audit("letter.drafted", actor=drafter, target=letter, details={"kind": kind, "supersedes": letter.supersedes_id})
    _event(letter, "letter_drafted", actor=drafter, at=at)
    return letter


def _locked_draft(letter: Letter) -> Letter:
    letter = Letter.objects.select_for_update().select_related("agency").get(pk=letter.pk)
    if letter.status != Status.DRAFT:
        raise ValidationError("Surat ini sudah ditandatangani dan tidak dapat diubah.")
    return letter


@transaction.atomic
def update_draft(
    letter: Letter, *, editor, data=None, addressee=None, attachments=None, sifat: str = "", hal: str = ""
) -> Letter:
    letter = _locked_draft(letter)
    current = letter.context
    content = _parse(
        letter.kind,
        current.get("data") if data is None else data,
        current.get("addressee") if addressee is None else addressee,
        current.get("attachments") if attachments is None else attachments,
    )
    letter.context = _context(content)
    letter.sifat = sifat.strip() or letter.sifat
    letter.hal = hal.strip() or letter.hal
    letter.save(update_fields=["context", "sifat", "hal"])
    audit("letter.draft_updated", actor=editor, target=letter, details={"kind": letter.kind})
    return letter


@transaction.atomic
def discard_draft(letter: Letter, *, user) -> None:
    letter = _locked_draft(letter)
    _event(letter, "letter_discarded", actor=user)
    audit("letter.discarded", actor=user, target=letter, details={"kind": letter.kind})
    letter.delete()


@transaction.atomic
def approve_and_sign(letter: Letter, *, user, passphrase: str | None = None, at=None) -> Letter:
    """Approve the draft and sign it: number, render, PAdES-sign, store, mark a corrected letter superseded.

    Raises PermissionDenied when `user` may not sign this kind for this unit today, ValidationError
    for a draft that is no longer valid, SigningError (pintu.letters.signing) when signing fails.
    `at` (an aware datetime in the past) is for the demo's generated year only (pintu.demo.year.letters): the
    letter is numbered, dated and recorded as signed on that day, as it would have been; pages, the API
    and every use case sign now.
    """
    letter = _locked_draft(letter)
    signed_at = at or timezone.now()
    today = timezone.localdate(signed_at)
    authority = authority_for(letter.kind, letter.agency, user, today)
    if authority is None:
        raise PermissionDenied("Anda tidak berwenang menyetujui dan menandatangani jenis surat ini untuk unit ini.")
    content = content_of(letter)
    content.kind.check(content.data)
    setting = kind_setting(letter.kind)
    letterhead = letterhead_for(authority.principal.agency)
    signer = authority.signatory
    session = get_service().open(
        SignRequest(
            signer_name=signer.name,
            reason=f"{content.kind.label}: {letter.hal}",
            location=letterhead.place,
            certificate=signer.certificate,
            signing_id=signer.signing_id,
            passphrase=passphrase,
        )
    )  # opened before numbering: a wrong passphrase costs no number
    serial, number = take_number(
        setting.numbering, unit_code=unit_code_for(setting.numbering, letterhead.unit_code), on=today
    )
    view = build_view(
        content,
        setting=setting,
        letterhead=letterhead,
        authority=authority,
        sifat=letter.sifat,
        hal=letter.hal,
        number=number,
        dated=today,
        token=letter.token,
        signing_note=session.note,
    )
    pdf = session.sign(render_pdf(view))
    letter.number, letter.serial, letter.year = number, serial, today.year
    letter.place, letter.dated = letterhead.place, today
    letter.signatory = signer
    letter.signer_name, letter.signer_post, letter.signer_nip = signer.name, authority.post_text, signer.nip
    letter.signed_by, letter.signed_at = user, signed_at
    letter.pdf, letter.sha256 = pdf, hashlib.sha256(pdf).hexdigest()
    letter.status = Status.ISSUED
    letter.save()
    if letter.supersedes_id:
        _mark_superseded(letter.supersedes_id, by=letter, actor=user)
    audit(
        "letter.signed",
        actor=user,
        target=letter,
        details={"kind": letter.kind, "number": number, "sha256": letter.sha256, "form": authority.form},
    )
    _event(letter, "letter_signed", actor=user, at=at)
    return letter


def _mark_superseded(pk: int, *, by: Letter, actor) -> None:
    old = Letter.objects.select_for_update().get(pk=pk)
    if old.status != Status.ISSUED:
        return
    old.status, old.superseded_at = Status.SUPERSEDED, timezone.now()
    old.save(update_fields=["status", "superseded_at"])
    audit("letter.superseded", actor=actor, target=old, details={"by": by.pk, "number": by.number})
    _event(old, "letter_superseded", actor=actor)


@transaction.atomic
def revoke(letter: Letter, *, user, reason: str) -> Letter:
    """Revoke an issued letter (the verification page says so from now on). Reason required."""
    letter = Letter.objects.select_for_update().select_related("agency").get(pk=letter.pk)
    if letter.status != Status.ISSUED:
        raise ValidationError("Hanya surat yang berlaku yang dapat dicabut.")
    if authority_for(letter.kind, letter.agency, user, timezone.localdate()) is None:
        raise PermissionDenied("Anda tidak berwenang mencabut surat ini.")
    if not (reason or "").strip():
        raise ValidationError({"reason": "Alasan pencabutan wajib ditulis; alasan ini tampil pada halaman verifikasi."})
    letter.status, letter.revoked_at, letter.revoked_by = Status.REVOKED, timezone.now(), user
    letter.revocation_reason = reason.strip()
    letter.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
    audit("letter.revoked", actor=user, target=letter, details={"kind": letter.kind, "number": letter.number})
    _event(letter, "letter_revoked", actor=user, reason=letter.revocation_reason)
    return letter


@transaction.atomic
def supersede(
    letter: Letter, *, drafter, data=None, addressee=None, attachments=None, sifat: str = "", hal: str = ""
) -> Letter:
    """A draft correcting an issued letter; when it is signed, the old one becomes superseded."""
    letter = Letter.objects.select_for_update().get(pk=letter.pk)
    if letter.status != Status.ISSUED:
        raise ValidationError("Hanya surat yang berlaku yang dapat diperbaiki dengan surat pengganti.")
    if letter.corrections.filter(status=Status.DRAFT).exists():
        raise ValidationError("Sudah ada draf surat pengganti untuk surat ini.")
    context = letter.context
    return draft_letter(
        letter.kind,
        data=context.get("data") if data is None else data,
        addressee=context.get("addressee") if addressee is None else addressee,
        attachments=context.get("attachments") if attachments is None else attachments,
        agency=letter.agency,
        drafter=drafter,
        case=case_of(letter),
        case_reference=letter.case_reference,
        sifat=sifat or letter.sifat,
        hal=hal or letter.hal,
        supersedes=letter,
    )


def may_approve(letter: Letter, user) -> bool:
    """The offer rule of "approve and sign" (for the callers' actions modules): a draft, and `user` signs it."""
    today = timezone.localdate()
    return letter.status == Status.DRAFT and authority_for(letter.kind, letter.agency, user, today) is not None


def may_revoke(letter: Letter, user) -> bool:
    today = timezone.localdate()
    return letter.status == Status.ISSUED and authority_for(letter.kind, letter.agency, user, today) is not None


def signed_pdf(letter: Letter) -> bytes:
    """The issued file, exactly as signed; a draft is never handed out as a letter."""
    if letter.status == Status.DRAFT or not letter.pdf:
        raise LetterNotSigned("Surat ini belum disetujui dan ditandatangani.")
    return bytes(letter.pdf)


def draft_pdf(letter: Letter) -> bytes:
    """A draft rendered for the drafter and the signatory to read: watermarked, unnumbered, unsigned."""
    if letter.status != Status.DRAFT:
        return signed_pdf(letter)
    setting = kind_setting(letter.kind)
    authority = expected_authority(letter.kind, letter.agency)
    letterhead = letterhead_for(authority.principal.agency if authority else letter.agency)
    view = build_view(
        content_of(letter),
        setting=setting,
        letterhead=letterhead,
        authority=authority,
        sifat=letter.sifat,
        hal=letter.hal,
        number="(diberikan saat ditandatangani)",
        dated=None,
        watermark="DRAF",
    )
    return render_pdf(view)
