"""Removing a person from a case while the case, and every figure built on it, stays.

The same functions serve erasure on request (pintu.mydata.services.erase_account) and the retention
sweep (pintu.mydata.retention), so both leave exactly the same kind of record behind:

* contact and identity rows: name becomes "[dihapus]"; e-mail, phone, NIK (and its blind index),
  address are emptied; identity files (KTP scans, proxy letters) are deleted from storage;
* the case keeps its category, area, dates, status, agency, clocks and events, so every count,
  deadline figure and annual report is unchanged; only the link to the account is cut;
* texts the person wrote (title, description, replies, rating comment, objection grounds) stay, with
  their name, e-mail, phone, NIK and address cut out wherever they appear (pintu.privacy.redact),
  including in history events, the search index and pending outbound deliveries;
* an internal event "personal_data_erased" marks the case: it is how the retention sweep knows the
  case is done (idempotent) and how officers see why the contact is gone.

Occupation and requester kind stay: PPID reports count requests by them, and they do not identify a
person on their own. Notice letters already issued (PDF) stay: they are the agency's archived letters.
"""

from __future__ import annotations

from django.db import transaction

from pintu.complaints import search
from pintu.complaints.models import Attachment, Report, ReporterContact
from pintu.history.models import Event, Visibility
from pintu.history.registry import case_type_of
from pintu.history.services import record_event
from pintu.interop.models.outbound import Delivery
from pintu.mydata.history_redaction import redact_events
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.privacy.redact import REDACTED, Needles, redact, redact_json

ERASED_EVENT = "personal_data_erased"
#: The texts of a report the reporter wrote or that were made from them, with their column's length (None: text).
REPORT_TEXTS = (("title", 150), ("text", None), ("rating_comment", None), ("public_title", 200), ("public_text", None))


def needles_for_user(user) -> Needles:
    needles = Needles()
    if user is None:
        return needles
    names = (user.full_name, user.get_full_name(), f"{user.first_name} {user.last_name}")
    needles.add_person(names=names, details=(user.email, user.username), phone=user.phone)
    return needles


def needles_for_report(report: Report) -> Needles:
    needles = Needles()
    contact = ReporterContact.objects.filter(report=report).first()
    if contact is not None:
        needles.add_person(names=(contact.name,), details=(contact.email, contact.nik), phone=contact.phone)
    return needles


def needles_for_request(info: InformationRequest) -> Needles:
    needles = Needles()
    identity = RequesterIdentity.objects.filter(request=info).first()
    if identity is not None:
        details = (identity.email, identity.id_number, identity.address)
        needles.add_person(names=(identity.name,), details=details, phone=identity.phone)
    for objection in Objection.objects.filter(request=info):
        add_objection(needles, objection)
    return needles


def add_objection(needles: Needles, objection: Objection) -> None:
    """The objector's and their proxy's names and the contact they gave (an e-mail or a phone number)."""
    names = (objection.requester_name, objection.proxy_name)
    needles.add_person(names=names, details=(objection.contact,), phone=objection.contact)


def is_anonymised(case) -> bool:
    return Event.objects.filter(case_type=case_type_of(case).label, case_id=case.pk, kind=ERASED_EVENT).exists()


def _mark(case, *, cause: str, actor, events: int) -> None:
    payload = {"cause": cause, "events": events}
    record_event(case, ERASED_EVENT, actor=actor, visibility=Visibility.INTERNAL, payload=payload)


@transaction.atomic
def anonymise_report(report: Report, *, cause: str, extra: Needles | None = None, actor=None) -> int:
    """Remove the reporter from `report`; returns how many history events had text cut."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    needles = needles_for_report(report)
    if extra:
        needles.update(extra)
    ReporterContact.objects.filter(report=report).update(
        name=REDACTED, email="", phone="", phone_index="", nik="", nik_index=""
    )  # the WhatsApp/SMS consent's channels and times stay: they name nobody once the number is gone
    for field, limit in REPORT_TEXTS:
        setattr(report, field, redact(getattr(report, field), needles)[:limit])
    report.search_text = search.document_text(report)
    texts = {field: getattr(report, field) for field, _limit in REPORT_TEXTS}
    Report.objects.filter(pk=report.pk).update(**texts, search_text=report.search_text, reporter_user=None)
    search.index(report)
    for attachment in Attachment.objects.filter(report=report):
        name = redact(attachment.original_name, needles)
        if name != attachment.original_name:
            Attachment.objects.filter(pk=attachment.pk).update(original_name=name[:150])
    _redact_deliveries(report, needles)
    events = redact_events(case_type_of(report).label, [report.pk], needles)
    _mark(report, cause=cause, actor=actor, events=events)
    return events


def _redact_deliveries(report: Report, needles: Needles) -> None:
    """Outbound copies (forwardings, webhooks) still waiting in the outbox carry the contact too."""
    for delivery in Delivery.objects.filter(report=report):
        payload = redact_json(delivery.payload, needles)
        if payload != delivery.payload:
            Delivery.objects.filter(pk=delivery.pk).update(payload=payload)


def _delete_identity_files(identity: RequesterIdentity) -> None:
    for kind in ("identity", "proxy"):
        stored = getattr(identity, f"{kind}_file")
        if stored:
            name, storage = stored.name, stored.storage
            transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))


@transaction.atomic
def delete_identity_files(info: InformationRequest) -> bool:
    """Only the KTP scan and proxy letter of a request (their own, shorter retention period)."""
    identity = RequesterIdentity.objects.select_for_update().filter(request=info).first()
    if identity is None or not (identity.identity_file or identity.proxy_file):
        return False
    _delete_identity_files(identity)
    RequesterIdentity.objects.filter(pk=identity.pk).update(
        identity_file="", identity_file_name="", identity_file_type="",
        proxy_file="", proxy_file_name="", proxy_file_type="",
    )  # fmt: skip
    record_event(info, "identity_files_deleted", visibility=Visibility.INTERNAL)
    return True


@transaction.atomic
def anonymise_request(info: InformationRequest, *, cause: str, extra: Needles | None = None, actor=None) -> int:
    """Remove the requester from an information request and its objections; returns events rewritten."""
    info = InformationRequest.objects.select_for_update().get(pk=info.pk)
    needles = needles_for_request(info)
    if extra:
        needles.update(extra)
    identity = RequesterIdentity.objects.filter(request=info).first()
    if identity is not None:
        _delete_identity_files(identity)
        RequesterIdentity.objects.filter(pk=identity.pk).update(
            name=REDACTED, address="", phone="", phone_index="", email="", id_number="", id_number_index="",
            identity_file="", identity_file_name="", identity_file_type="",
            proxy_file="", proxy_file_name="", proxy_file_type="",
        )  # fmt: skip
    InformationRequest.objects.filter(pk=info.pk).update(
        information=redact(info.information, needles),
        purpose=redact(info.purpose, needles),
        close_reason=redact(info.close_reason, needles),
        requester_user=None,
    )
    events = redact_events(case_type_of(info).label, [info.pk], needles)
    for objection in Objection.objects.filter(request=info):
        events += _anonymise_objection(objection, needles)
    _mark(info, cause=cause, actor=actor, events=events)
    return events


def _anonymise_objection(objection: Objection, needles: Needles) -> int:
    Objection.objects.filter(pk=objection.pk).update(
        requester_name=REDACTED,
        proxy_name=REDACTED if objection.proxy_name else "",
        contact="",
        information=redact(objection.information, needles),
        description=redact(objection.description, needles),
        filer=None,
    )
    return redact_events(case_type_of(objection).label, [objection.pk], needles)


@transaction.atomic
def anonymise_objection(objection: Objection, *, cause: str, extra: Needles | None = None, actor=None) -> int:
    """An objection filed without a request of this person's (e.g. about a DIP item)."""
    needles = Needles()
    add_objection(needles, objection)
    if extra:
        needles.update(extra)
    events = _anonymise_objection(objection, needles)
    _mark(objection, cause=cause, actor=actor, events=events)
    return events
