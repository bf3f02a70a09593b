"""An SMS/WhatsApp message from a gateway becomes a report, a reply or an opt-out, exactly once.

The bodies and signatures of the gateways are read in gateway_formats.py. Here, per message:

- STOP, BERHENTI (pintu.notifications.consent.is_stop): every consent given with that number is withdrawn
  (each case type records it and audits it), the sender is told once, no report is made;
- otherwise it threads onto a report (inbound.threading: our WhatsApp message it replies to, a tracking
  code, else the open report this number last heard about; BARU at the start asks for a new report) or
  becomes a new report. A new report's reporter gets the usual acknowledgement with code and secret by the
  same channel (the message is their consent: complaints' notify, through the phone transport); a reply is
  answered with a short receipt. Answers go out as deliveries (retried, in the delivery log).
"""

import logging

from django.db import transaction
from django.utils.translation import gettext as _

from pintu.complaints.models import Channel
from pintu.idempotency import create_once
from pintu.interop.inbound.gateway_formats import BadMessage, Batch, GatewayMessage, Receipt
from pintu.interop.inbound.intake import Incoming, Received, find, receive
from pintu.interop.inbound.threading import codes_in_text, starts_new_report
from pintu.interop.models.inbound import Gateway, InboundKind, InboundMessage
from pintu.interop.outbound.phone import answer
from pintu.notifications.consent import channels_label, is_stop, opt_out

log = logging.getLogger(__name__)
CHANNELS = {"sms": Channel.SMS, "whatsapp": Channel.WHATSAPP}

__all__ = ["BadMessage", "Batch", "GatewayMessage", "Receipt", "answer_unusable", "receive_gateway_message"]


def receive_gateway_message(gateway: Gateway, message: GatewayMessage) -> Received:
    """New report, threaded reply or opt-out; raises ValidationError when no report can be made."""
    source = f"gateway:{gateway.slug}"
    if is_stop(message.text):
        return _opt_out(source, message)
    new_report, text = starts_new_report(message.text)
    with transaction.atomic():
        received = receive(
            Incoming(
                source=source,
                external_id=message.id,
                channel=CHANNELS[message.channel],
                text=text,
                sender_phone=message.sender,
                thread_codes=[] if new_report else codes_in_text(text),
                answers="" if new_report else message.answers,
                thread_by_phone=not new_report,
            )
        )
        if received.created and received.message.kind == InboundKind.REPLY:
            answer(message.sender, _reply_answer(received), message.channel, report=received.report)
    return received


def answer_unusable(message: GatewayMessage) -> None:
    """A WhatsApp/SMS message that is no reply and too short for a report: say what we need, once."""
    text = _(
        "Pesan Anda belum dapat kami catat sebagai laporan. Tuliskan masalahnya dengan jelas, paling sedikit satu "
        "kalimat, beserta nama desa atau kecamatannya."
    )
    with transaction.atomic():
        answer(message.sender, text, message.channel, kind="unusable")


def _reply_answer(received: Received) -> str:
    return _(
        "Balasan Anda untuk laporan %(code)s sudah kami terima. Untuk menyampaikan laporan baru, awali pesan "
        "dengan kata BARU."
    ) % {"code": received.report.code}


def _opt_out(source: str, message: GatewayMessage) -> Received:
    def create() -> InboundMessage:
        withdrawn = opt_out(message.sender, channel=message.channel, via="reply")
        stored = InboundMessage.objects.create(
            source=source, external_id=message.id[:200], kind=InboundKind.OPT_OUT,
            note=f"{withdrawn} persetujuan dicabut",
        )  # fmt: skip
        text = _(
            "Anda tidak akan menerima kabar lagi lewat %(channel)s dari Pintu. Laporan dan permohonan Anda tetap "
            "ditangani; lihat perkembangannya di situs dengan kode lacak dan kode rahasia."
        ) % {"channel": channels_label([message.channel])}
        answer(message.sender, text, message.channel, kind="opt_out")
        return stored

    with transaction.atomic():
        stored, created = create_once(f"{source}|{message.id[:200]}", lambda _key: find(source, message.id), create)
    return Received(stored, None, created)
