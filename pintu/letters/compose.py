"""From a letter's stored data and the region's configuration to the `LetterView` a template renders."""

import datetime as dt
import mimetypes
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from pintu.letters import wording
from pintu.letters.authority import Authority
from pintu.letters.datacodec import from_json
from pintu.letters.kinds import Addressee, get_kind
from pintu.letters.models import KindSetting, Letter, Letterhead
from pintu.letters.nip import grouped
from pintu.letters.rendering import LetterheadView, LetterView, SignatureView, data_uri, qr_uri


@dataclass(frozen=True)
class Content:
    """What a caller gave for one letter, parsed: the kind, its data, the addressee and attachments."""

    kind: type
    data: object
    addressee: Addressee
    attachments: list[str]


def content_of(letter: Letter) -> Content:
    kind = get_kind(letter.kind)
    context = letter.context
    return Content(
        kind=kind,
        data=from_json(kind.Data, context.get("data", {})),
        addressee=from_json(Addressee, context.get("addressee", {})),
        attachments=list(context.get("attachments", [])),
    )


def verify_url(token: str) -> str:
    return settings.BASE_URL + reverse("letters:verify", args=[token])


def crest_uri(letterhead: Letterhead) -> str:
    if not letterhead.crest:
        return ""
    try:
        with letterhead.crest.open("rb") as handle:
            content = handle.read()
    except OSError:  # a crest file lost from the media store must not stop the letter
        return ""
    mime = mimetypes.guess_type(letterhead.crest.name)[0] or "image/png"
    return data_uri(content, mime)


def letterhead_view(letterhead: Letterhead) -> LetterheadView:
    return LetterheadView(
        government_name=letterhead.government_name,
        unit_name=letterhead.unit_name,
        address=letterhead.address,
        postcode=letterhead.postcode,
        phone=letterhead.phone,
        email=letterhead.email,
        website=letterhead.website,
    )


def signature_view(authority: Authority | None) -> SignatureView:
    if authority is None:
        return SignatureView(post_lines=["(penanda tangan untuk jenis surat ini belum diatur)"], name="-", nip="-")
    signer = authority.signatory
    return SignatureView(post_lines=authority.post_lines, name=signer.name, nip=grouped(signer.nip), rank=signer.rank)


def closing_text(setting: KindSetting, kind, addressee: Addressee) -> str:
    template = setting.closing or kind.default_closing
    return template.replace("{sapaan}", addressee.pronoun)


def build_view(
    content: Content,
    *,
    setting: KindSetting,
    letterhead: Letterhead,
    authority: Authority | None,
    sifat: str,
    hal: str,
    number: str,
    dated: dt.date | None,
    token: str = "",
    signing_note: str = "",
    watermark: str = "",
) -> LetterView:
    """Everything the template shows. `token` and `signing_note` only for a signed letter."""
    kind, data = content.kind, content.data
    body_name = letterhead.government_name
    url = verify_url(token) if token else ""
    return LetterView(
        template=kind.template,
        title=kind.heading(data),
        pdf_title=f"{kind.label} {number}".strip(),
        letterhead=letterhead_view(letterhead),
        body_name=body_name,
        number=number,
        sifat=sifat,
        hal=hal,
        attachments=content.attachments,
        attachment_count=wording.attachment_count(content.attachments),
        place=letterhead.place,
        date_text=wording.long_date(dated) if dated else "(tanggal penandatanganan)",
        addressee=content.addressee,
        data=data,
        rows=kind.rows(data, body_name=body_name),
        closing=closing_text(setting, kind, content.addressee),
        signature=signature_view(authority),
        copies_to=[line.strip() for line in setting.copies_to.splitlines() if line.strip()],
        crest_uri=crest_uri(letterhead),
        verify_url=url,
        qr_uri=qr_uri(url) if url else "",
        signing_note=signing_note,
        signed=bool(token),
        watermark="" if token else (watermark or "DRAF"),
    )
