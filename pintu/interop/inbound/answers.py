"""Answers to forwarded reports coming back (by e-mail, by the endpoint's callback, from SP4N-LAPOR!)."""

from django.db import transaction

from pintu.complaints.models import Report
from pintu.complaints.services.admin import record_external_answer
from pintu.idempotency import create_once
from pintu.interop.inbound.intake import find
from pintu.interop.models.inbound import InboundKind, InboundMessage
from pintu.interop.models.outbound import ForwardingEndpoint


def record_answer(*, source: str, update_id: str, report: Report, text: str) -> tuple[InboundMessage, bool]:
    """The other side answered a forwarded report: its answer becomes the follow-up, once per update id.

    Raises ValidationError when the report is no longer waiting for an outside answer.
    """
    if seen := find(source, update_id):
        return seen, False

    def create() -> InboundMessage:
        message = InboundMessage.objects.create(
            source=source, external_id=update_id[:200], kind=InboundKind.UPDATE, report=report
        )
        record_external_answer(report, user=None, text=text, source=source)
        return message

    with transaction.atomic():
        return create_once(f"{source}|{update_id}", lambda _k: find(source, update_id), create)


def forwarded_report(endpoint: ForwardingEndpoint, code: str) -> Report | None:
    """A report this endpoint's instansi received from us (the only ones it may answer)."""
    return Report.objects.filter(code=(code or "").strip().upper(), forwardings__agency=endpoint.agency).first()
