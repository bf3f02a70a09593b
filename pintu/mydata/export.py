"""Everything Pintu holds about one account, as one ZIP (the right of access, UU 27/2022 Pasal 7-8).

data.json: the account, the reports it sent (with the contact given, NIK included, decrypted), the
information requests (with the identity given), the objections, and each case's events as the
reporter sees them (public and reporter events; internal notes of officers are not the person's
data). files/: the attachments the person uploaded and their identity documents, decrypted.
ringkasan.html: the same data for a person to read or print (pintu.mydata.export_summary).

Cases come from the same selectors as the citizen's own pages (report_ids_of_reporter,
request_ids_of_requester, objections_of_requester), so nobody else's case can slip in.
"""

from __future__ import annotations

import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone

from pintu.complaints.models import Attachment, Report, ReporterContact
from pintu.complaints.selectors import report_ids_of_reporter
from pintu.history.registry import case_type_of
from pintu.history.selectors import timeline_for_reporter
from pintu.mydata.export_summary import render_summary
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.selectors import request_ids_of_requester
from pintu.privacy.crypto import DecryptionError, decrypt_bytes

SUMMARY_NAME = "ringkasan.html"
ACCOUNT_FIELDS = ("username", "email", "full_name", "first_name", "last_name", "phone", "language", "date_joined",
                  "last_login")  # fmt: skip


def _events(case) -> list[dict]:
    rows = timeline_for_reporter(case_type_of(case).label, case.pk)
    return [
        {"at": e.at, "kind": e.kind, "status_from": e.status_from, "status_to": e.status_to, "text": e.reason}
        for e in rows
    ]


def _report(report: Report, files: dict[str, bytes]) -> dict:
    contact = ReporterContact.objects.filter(report=report).first()
    data = {
        "code": report.code, "kind": report.kind, "title": report.title, "text": report.text,
        "category": report.category.name if report.category else None, "kecamatan": str(report.kecamatan),
        "desa": str(report.desa) if report.desa else None, "latitude": report.latitude,
        "longitude": report.longitude, "incident_date": report.incident_date, "anonim": report.anonim,
        "rahasia": report.rahasia, "channel": report.channel, "status": report.status,
        "submitted_at": report.submitted_at,
        "closed_at": report.closed_at, "rating": report.rating, "rating_comment": report.rating_comment,
        "contact": None if contact is None else {
            "name": contact.name, "email": contact.email, "phone": contact.phone, "nik": contact.nik,
            "consent_at": contact.consent_at,
        },
        "events": _events(report),
        "files": [],
    }  # fmt: skip
    for item in Attachment.objects.filter(report=report, uploaded_by_reporter=True):
        path = f"files/laporan-{report.code}/{item.pk}-{item.original_name}"
        try:
            with item.file.open("rb") as handle:
                files[path] = handle.read()
        except (FileNotFoundError, ValueError):
            continue
        data["files"].append(path)
    return data


def _request(info: InformationRequest, files: dict[str, bytes]) -> dict:
    identity = RequesterIdentity.objects.filter(request=info).first()
    data = {
        "number": info.number, "requester_kind": info.requester_kind, "information": info.information,
        "purpose": info.purpose, "obtain_method": info.obtain_method, "delivery_method": info.delivery_method,
        "status": info.status, "received_at": info.received_at, "decision": info.decision,
        "closed_at": info.closed_at, "events": _events(info), "files": [],
        "identity": None if identity is None else {
            "name": identity.name, "address": identity.address, "occupation": identity.occupation,
            "phone": identity.phone, "email": identity.email, "id_number": identity.id_number,
            "consent_at": identity.consent_at,
        },
    }  # fmt: skip
    for kind in ("identity", "proxy"):
        stored = getattr(identity, f"{kind}_file", None) if identity else None
        if not stored:
            continue
        path = f"files/permohonan-{info.slug}/{kind}-{getattr(identity, f'{kind}_file_name')}"
        try:
            with stored.open("rb") as handle:
                files[path] = decrypt_bytes(handle.read())
        except (FileNotFoundError, ValueError, DecryptionError):
            continue
        data["files"].append(path)
    return data


def _objection(objection) -> dict:
    return {
        "number": objection.number, "request": objection.request.number if objection.request_id else None,
        "requester_name": objection.requester_name, "proxy_name": objection.proxy_name,
        "contact": objection.contact, "grounds": objection.grounds, "information": objection.information,
        "description": objection.description, "filed_at": objection.filed_at, "status": objection.status,
        "events": _events(objection),
    }  # fmt: skip


def collect(user) -> tuple[dict, dict[str, bytes]]:
    """(data, files) for `user`: only cases linked to this account."""
    files: dict[str, bytes] = {}
    reports = Report.objects.filter(pk__in=report_ids_of_reporter(user)).select_related("category", "kecamatan", "desa")
    requests = InformationRequest.objects.filter(pk__in=request_ids_of_requester(user))
    data = {
        "generated_at": timezone.now(),
        "account": {name: getattr(user, name) for name in ACCOUNT_FIELDS},
        "reports": [_report(report, files) for report in reports.order_by("submitted_at", "pk")],
        "information_requests": [_request(info, files) for info in requests.order_by("received_at", "pk")],
        "objections": [_objection(o) for o in objections_of_requester(user).order_by("filed_at", "pk")],
    }
    return data, files


def build_zip(user) -> tuple[bytes, dict]:
    """The ZIP and a summary of what is in it (counts only, for the audit entry)."""
    data, files = collect(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
        archive.writestr(SUMMARY_NAME, render_summary(data))  # the same data, readable (export_summary)
        for path, content in files.items():
            archive.writestr(path, content)
    summary = {
        "reports": len(data["reports"]),
        "information_requests": len(data["information_requests"]),
        "objections": len(data["objections"]),
        "files": len(files),
    }
    return buffer.getvalue(), summary


def zip_response(content: bytes):
    """The download of the ZIP (web page and API alike): dated file name, never cached."""
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="data-saya-{timezone.localdate().isoformat()}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response
