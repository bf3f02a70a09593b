"""What leaves Pintu about a report. Every outbound payload is built here, so the rules sit in one place:

- forwarding to an instansi: the report's content (the receiving body handles it) and, unless the
  report is anonim, the reporter's name, e-mail and phone (they must be able to answer them) when the
  endpoint allows it; never the NIK; a rahasia report is flagged `confidential` (not public, but it may
  be forwarded);
- public event for subscribers: code, status, category, kecamatan, event kind and time. Nothing else;
- a WhatsApp/SMS message to a citizen: the number, the text and the WhatsApp template with its parameters
  (the whole payload is encrypted, like every Delivery's); once sent only what kind of message it was and
  the number masked stay (`sent_summary`): the text may hold a tracking secret.
"""

from django.conf import settings
from django.urls import reverse

from pintu.complaints.identity import contact_for_forwarding
from pintu.complaints.models import Report
from pintu.history.models import Event
from pintu.notifications.channels import PhoneMessage
from pintu.privacy.contact import mask_phone

SCHEMA = "pintu.interop/1"


def _report_core(report: Report) -> dict:
    return {
        "code": report.code,
        "status": report.status,
        "category": report.category.code if report.category_id else None,
        "kecamatan": report.kecamatan.name if report.kecamatan_id else None,
        "kecamatan_code": report.kecamatan.code if report.kecamatan_id else None,
    }


def forwarding_payload(report: Report, forwarding, endpoint) -> dict:
    event = Event.objects.for_case("report", report.pk).filter(kind="forward_out").order_by("-pk").first()
    return {
        "schema": SCHEMA,
        "type": "forwarding",
        "report": {
            **_report_core(report),
            "title": report.title,
            "text": report.text,
            "kind": report.kind,
            "desa": report.desa.name if report.desa_id else None,
            "incident_date": report.incident_date.isoformat() if report.incident_date else None,
            "submitted_at": report.submitted_at.isoformat(),
            "channel": report.channel,
            "anonymous": report.anonim,
            "confidential": report.rahasia,
        },
        "reporter": contact_for_forwarding(report) if endpoint.include_contact else {},
        "forwarding": {
            "reason": event.reason if event else "",
            "follow_up_date": forwarding.follow_up_date.isoformat(),
            "answer_url": settings.BASE_URL + reverse("interop:callback", args=[endpoint.slug]),
        },
    }


def public_event_payload(event: Event, report: Report) -> dict:
    return {
        "schema": SCHEMA,
        "type": "report_event",
        "event_id": event.pk,
        "event": event.kind,
        "at": event.at.isoformat(),
        "report": _report_core(report),
    }


def follow_up_payload(event: Event, report: Report, lapor_id: str) -> dict:
    return {
        "schema": SCHEMA,
        "type": "follow_up",
        "lapor_id": lapor_id,
        "code": report.code,
        "status": event.status_to or report.status,
        "text": event.reason,
        "at": event.at.isoformat(),
    }


def phone_payload(message: PhoneMessage) -> dict:
    return {
        "channel": message.channel,
        "to": message.to,
        "language": message.language,
        "text": message.text,
        "template": message.template,
        "params": list(message.params),
        "code_button": message.code_button,
        "kind": message.kind,
        "fallback": message.fallback,
    }


def sent_summary(payload: dict) -> dict:
    """What the delivery log keeps of a phone message once it is sent."""
    return {"channel": payload.get("channel", ""), "kind": payload.get("kind", ""), "to": mask_phone(payload.get("to"))}
