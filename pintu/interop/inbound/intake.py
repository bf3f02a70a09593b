"""One inbound message (e-mail, SMS/WhatsApp, SP4N-LAPOR!) becomes a new report or a reply, exactly once.

The InboundMessage row (unique per source + external id) is created in the same transaction as the
report or reply, so a message delivered twice (mail poller rerun, gateway retry, replayed request)
returns the first outcome instead of a twin.
"""

import hashlib
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from pintu.agencies.models import Area
from pintu.complaints.models import Channel, Report
from pintu.complaints.services import reporter
from pintu.complaints.services.intake import TITLE_MAX, ReportDraft, submit_report
from pintu.files.validation import CleanFile
from pintu.idempotency import create_once
from pintu.interop.inbound.places import kecamatan_for
from pintu.interop.inbound.threading import last_notified_report, report_answered, report_of_our_message
from pintu.interop.models.inbound import InboundKind, InboundMessage
from pintu.notifications.models import PHONE_CHANNELS


@dataclass
class Incoming:
    source: str
    external_id: str
    channel: str
    text: str
    subject: str = ""
    sender_email: str = ""
    sender_phone: str = ""
    sender_name: str = ""
    thread_codes: list[str] = field(default_factory=list)
    files: list[CleanFile] = field(default_factory=list)
    note: str = ""  # e.g. attachments refused
    anonim: bool = False  # the two independent flags of a report (issue #15); LAPOR! sends both
    rahasia: bool = False
    kecamatan: Area | None = None  # None: found in the text, else the configured default
    answers: str = ""  # WhatsApp: the id of our message this one replies to
    thread_by_phone: bool = False  # WhatsApp/SMS: else a reply to the report this number last heard about


@dataclass(frozen=True)
class Received:
    message: InboundMessage
    report: Report | None
    created: bool  # False: this message had been received before
    secret: str | None = None  # only for a new report: the reporter's secret, to tell them once


def content_id(*parts: str | bytes) -> str:
    """External id for a message that carries none: a hash of its content."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else (part or "").encode())
        digest.update(b"\x00")
    return "sha256:" + digest.hexdigest()


def find(source: str, external_id: str) -> InboundMessage | None:
    return InboundMessage.objects.filter(source=source, external_id=external_id[:200]).select_related("report").first()


def title_from(subject: str, text: str) -> str:
    """The subject without Re:/Fwd:, else the first words of the text, cut at a word under the limit."""
    title = " ".join((subject or "").split())
    while title.lower()[:4] in ("re: ", "fw: ") or title.lower()[:5] == "fwd: ":
        title = title.split(" ", 1)[1] if " " in title else ""
    title = title or " ".join((text or "").split())
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return title


def receive(incoming: Incoming) -> Received:
    """Store the message once and turn it into a reply (threaded) or a new report.

    Raises ValidationError when a new report cannot be made from it (too short, no kecamatan).
    """
    external_id = incoming.external_id[:200]
    if seen := find(incoming.source, external_id):
        return Received(seen, seen.report, False)
    target = None
    if incoming.answers and incoming.sender_phone:
        target = report_of_our_message(incoming.answers, incoming.sender_phone)
    target = target or report_answered(incoming.thread_codes, email=incoming.sender_email, phone=incoming.sender_phone)
    if target is None and incoming.thread_by_phone and incoming.sender_phone:
        target = last_notified_report(incoming.sender_phone)
    outcome: dict = {}

    def create() -> InboundMessage:
        message = InboundMessage.objects.create(
            source=incoming.source,
            external_id=external_id,
            kind=InboundKind.REPLY if target else InboundKind.NEW_REPORT,
            note=incoming.note,
        )
        if target:
            message.report = reporter.reply(target, text=incoming.text, files=incoming.files)
        else:
            submitted = submit_report(_draft(incoming))
            message.report, outcome["secret"] = submitted.report, submitted.secret
        message.save(update_fields=["report"])
        return message

    message, created = create_once(
        f"{incoming.source}|{external_id}", lambda _k: find(incoming.source, external_id), create
    )
    return Received(message, message.report, created, outcome.get("secret") if created else None)


def _draft(incoming: Incoming) -> ReportDraft:
    label = dict(Channel.choices).get(incoming.channel, incoming.channel)
    return ReportDraft(
        title=title_from(incoming.subject, incoming.text),
        text=incoming.text,
        kecamatan=incoming.kecamatan or kecamatan_for(incoming.subject, incoming.text),
        anonim=incoming.anonim,
        rahasia=incoming.rahasia,
        channel=incoming.channel,
        name=incoming.sender_name or ("" if incoming.anonim else _("Pelapor melalui %(channel)s") % {"channel": label}),
        email=incoming.sender_email,
        phone=incoming.sender_phone,
        consent=True,  # the automatic answer states purpose and legal basis (see docs/interop.md)
        # who writes to us by WhatsApp/SMS hears back the same way (STOP ends it): the consent is the message
        notify_channels=(incoming.channel,) if incoming.channel in PHONE_CHANNELS and incoming.sender_phone else (),
        files=incoming.files,
    )
