"""E-mail to the complaint address becomes a report (or a reply threaded to one). Called by the
`ingest_email` and `poll_mailbox` commands; each message is handled once whatever reruns."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pintu.complaints.models import Channel
from pintu.complaints.services.intake import MAX_ATTACHMENTS
from pintu.complaints.workflow import Status
from pintu.files.validation import UploadRejected, clean_upload, format_rejection
from pintu.interop import conf
from pintu.interop.inbound.answers import forwarded_report, record_answer
from pintu.interop.inbound.intake import Incoming, Received, content_id, receive
from pintu.interop.inbound.mailparse import parse_email
from pintu.interop.inbound.threading import thread_codes
from pintu.interop.models.outbound import ForwardingEndpoint
from pintu.privacy.contact import InvalidEmail, validate_email_address

SOURCE = "email"


class Unusable(ValueError):
    """The message is not one we make a report from (too big, no sender, an auto-reply)."""


def ingest_email(raw: bytes) -> Received:
    """Turn one RFC 822 message into a new report or a reply. Raises Unusable or ValidationError.

    The sender of a new report becomes its contact e-mail and receives the tracking code and secret
    through the usual submission e-mail. Attachments pass the same validation as web uploads: a bad
    file is left out (and noted), the report is kept.
    """
    if len(raw) > conf.inbound_max_bytes():
        raise Unusable(_("Pesan terlalu besar."))
    parsed = parse_email(raw)
    if parsed.auto_submitted:
        raise Unusable(_("Balasan otomatis tidak dijadikan laporan."))
    try:
        sender = validate_email_address(parsed.sender_email)
    except InvalidEmail:
        raise Unusable(_("Alamat pengirim tidak valid.")) from None
    files, refused = [], []
    for name, data in parsed.attachments[:MAX_ATTACHMENTS]:
        try:
            files.append(clean_upload(name, data))
        except UploadRejected as exc:
            refused.append(format_rejection(exc, "id"))
    refused += [
        _("Lampiran %(name)s tidak diproses: paling banyak %(n)s lampiran.") % {"name": name, "n": MAX_ATTACHMENTS}
        for name, _data in parsed.attachments[MAX_ATTACHMENTS:]
    ]
    if not parsed.text.strip():
        raise ValidationError({"text": _("Pesan tidak berisi teks.")})
    codes = thread_codes(
        subject=parsed.subject, body=parsed.text, in_reply_to=parsed.in_reply_to, references=parsed.references
    )
    if answered := _instansi_answer(codes, sender, parsed.message_id or content_id(raw), parsed.text):
        return answered
    incoming = Incoming(
        source=SOURCE,
        external_id=parsed.message_id or content_id(raw),
        channel=Channel.EMAIL,
        text=parsed.text,
        subject=parsed.subject,
        sender_email=sender,
        sender_name=parsed.sender_name,
        thread_codes=codes,
        files=files,
        note="\n".join(refused),
    )
    return receive(incoming)


def _instansi_answer(codes: list[str], sender: str, message_id: str, text: str) -> Received | None:
    """An outside instansi answering, by e-mail, a report forwarded to its endpoint address: its answer
    becomes the follow-up (status sync back), once per Message-ID."""
    for code in codes:
        for endpoint in ForwardingEndpoint.objects.filter(adapter="email", active=True, email__iexact=sender):
            report = forwarded_report(endpoint, code)
            if report is not None and report.status == Status.DILIMPAHKAN:
                message, created = record_answer(
                    source=f"callback:{endpoint.slug}", update_id=message_id, report=report, text=text
                )
                return Received(message, report, created)
    return None
