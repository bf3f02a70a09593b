"""What GeoReport v2 returns, field by field, built only from public data.

Services are the active complaint categories. A service request is a report from
pintu.complaints.selectors.public_reports() (never rahasia, never unverified or archived); it carries
no name, e-mail, phone, NIK or actor, and its point is rounded to about 100 m. Field order follows
the specification.
"""

import datetime
from decimal import Decimal

from django.contrib.auth.models import AnonymousUser
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.models import AreaLevel
from pintu.categories.selectors import categories_visible_to
from pintu.complaints.models import Attachment, Privacy, Report
from pintu.complaints.workflow import CLOSED, Status
from pintu.history.models import Event, Visibility
from pintu.textnorm.redaction import redact

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
#: Forwarded out of the Pemkab: nothing is left to do here, so Open311 clients see it closed.
CLOSED_STATUSES = frozenset(CLOSED) | {Status.DILIMPAHKAN}
POINT_DECIMALS = Decimal("0.001")  # about 110 m: where the problem is, not whose door it is
PRIVACY_VALUES = (Privacy.BIASA, Privacy.ANONIM, Privacy.RAHASIA)


def w3c(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    return timezone.localtime(value).isoformat(timespec="seconds")


def open_or_closed(status: str) -> str:
    return "closed" if status in CLOSED_STATUSES else "open"


def public_categories():
    return categories_visible_to(AnonymousUser()).filter(active=True).select_related("parent")


def kecamatan_areas():
    return areas_visible_to(AnonymousUser()).filter(level=AreaLevel.KECAMATAN).exclude(code="").order_by("name")


def service_document(category) -> dict:
    language = (get_language() or "id")[:2]
    group = category.parent.label(language) if category.parent_id else (category.lapor_main or "")
    return {
        "service_code": category.code,
        "service_name": category.label(language),
        "description": category.lapor_main or category.label(language),
        "metadata": True,
        "type": "realtime",
        "keywords": "",
        "group": group,
    }


def service_definition(category) -> dict:
    """Attributes every service takes: where (kecamatan), a title, and how private the report is."""
    kecamatan_values = [{"key": area.code, "name": area.name} for area in kecamatan_areas()]
    privacy_names = {
        Privacy.BIASA: _("Biasa: nama Anda diketahui petugas, laporan tampil publik tanpa nama"),
        Privacy.ANONIM: _("Anonim: nama Anda tidak diketahui petugas yang menangani"),
        Privacy.RAHASIA: _("Rahasia: laporan tidak pernah tampil publik"),
    }
    yes_no = [{"key": "true", "name": _("Ya")}, {"key": "false", "name": _("Tidak")}]
    return {
        "service_code": category.code,
        "attributes": [
            {
                "variable": True,
                "code": "kecamatan",
                "datatype": "singlevaluelist",
                "required": False,
                "datatype_description": _(
                    "Kode Kemendagri kecamatan. Wajib bila address_id (kode desa/kelurahan) tidak diisi."
                ),
                "order": 1,
                "description": _("Kecamatan tempat masalah terjadi"),
                "values": kecamatan_values,
            },
            {
                "variable": True,
                "code": "title",
                "datatype": "string",
                "required": False,
                "datatype_description": _("Paling banyak 150 karakter; bila kosong diambil dari awal deskripsi."),
                "order": 2,
                "description": _("Judul laporan"),
                "values": [],
            },
            {
                "variable": True,
                "code": "anonim",
                "datatype": "singlevaluelist",
                "required": False,
                "datatype_description": _("Bawaan: tidak bila nama diisi, ya bila tidak. Bebas dari rahasia."),
                "order": 3,
                "description": _("Anonim: nama Anda tidak diketahui petugas yang menangani"),
                "values": yes_no,
            },
            {
                "variable": True,
                "code": "rahasia",
                "datatype": "singlevaluelist",
                "required": False,
                "datatype_description": _("Bawaan: tidak. Bebas dari anonim."),
                "order": 4,
                "description": _("Rahasia: laporan tidak pernah tampil publik"),
                "values": yes_no,
            },
            {
                "variable": True,
                "code": "privacy",
                "datatype": "singlevaluelist",
                "required": False,
                "datatype_description": _("USANG, dihapus pada rilis berikutnya: pakai anonim dan rahasia."),
                "order": 5,
                "description": _("Kerahasiaan laporan"),
                "values": [{"key": value, "name": privacy_names[value]} for value in PRIVACY_VALUES],
            },
        ],
    }


def _rounded(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(POINT_DECIMALS))


def with_public_notes(reports):
    """Annotate each report with the text of its latest public follow-up (status_notes)."""
    latest = Event.objects.filter(
        case_type="report", case_id=OuterRef("pk"), kind="follow_up", visibility=Visibility.PUBLIC
    ).order_by("-at", "-pk")
    return reports.annotate(public_note=Subquery(latest.values("reason")[:1]))


def expected(report: Report) -> datetime.datetime | None:
    """The resolution due date, as the end of that day in the kabupaten's time zone."""
    if report.resolve_due is None or report.status in CLOSED_STATUSES:
        return None
    end_of_day = datetime.datetime.combine(report.resolve_due, datetime.time(23, 59, 59))
    return timezone.make_aware(end_of_day)


def request_document(report: Report, *, media_url: str | None, base_url: str) -> dict:
    language = (get_language() or "id")[:2]
    area = report.desa or report.kecamatan
    address = ", ".join(
        part for part in (report.desa.name if report.desa_id else "", _("Kec. %s") % report.kecamatan.name) if part
    )
    agency = report.forwarded_to if report.status == Status.DILIMPAHKAN and report.forwarded_to_id else None
    agency = agency or report.assigned_agency
    document = {
        "service_request_id": report.code,
        "status": open_or_closed(report.status),
        "status_notes": redact(getattr(report, "public_note", None) or "") or None,
        "service_name": report.category.label(language) if report.category_id else None,
        "service_code": report.category.code if report.category_id else None,
        "description": report.public_text,  # the public version: personal data replaced by markers
        "agency_responsible": agency.name if agency else None,
        "service_notice": None,
        "requested_datetime": w3c(report.submitted_at),
        "updated_datetime": w3c(report.status_changed_at),
        "expected_datetime": w3c(expected(report)),
        "address": address,
        "address_id": area.code or None,
        "zipcode": None,
        "lat": _rounded(report.latitude),
        "long": _rounded(report.longitude),
    }
    if media_url:
        document["media_url"] = base_url + media_url
    return document


def first_public_attachment_urls(reports: list[Report]) -> dict[int, str]:
    """report pk -> path of its first public attachment (the public may download those)."""
    urls: dict[int, str] = {}
    items = Attachment.objects.filter(report__in=reports, visibility=Visibility.PUBLIC).order_by("created_at", "pk")
    for item in items.values("pk", "report_id"):
        urls.setdefault(item["report_id"], reverse("complaints:attachment", args=[item["pk"]]))
    return urls


def request_documents(reports, *, base_url: str) -> list[dict]:
    reports = list(reports)
    media = first_public_attachment_urls(reports)
    return [request_document(r, media_url=media.get(r.pk), base_url=base_url) for r in reports]
