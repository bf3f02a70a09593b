"""GeoReport v2 endpoints: plain Django views (not DRF), so they stay out of the DRF OpenAPI schema.

Every response is XML or JSON as the URL's extension asks; every error is the specification's
<errors> document with the matching HTTP status. Reads start from public_reports().
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from pintu.complaints.selectors import public_reports
from pintu.open311 import documents
from pintu.open311.errors import Open311Error
from pintu.open311.filters import MAX_RESULTS, parse_filters
from pintu.open311.intake import authenticate, create_service_request, created_document
from pintu.open311.models import Open311Request
from pintu.open311.render import CONTENT_TYPES, FORMATS, render
from pintu.web.middleware import has_nul

CHANGESET = "2026-12-01T00:00:00+07:00"  # when this endpoint's behaviour last changed


def jurisdiction_id() -> str:
    return getattr(settings, "OPEN311_JURISDICTION_ID", "") or urlsplit(settings.BASE_URL).hostname or "localhost"


def respond(fmt: str, root: str, document, status: int = 200) -> HttpResponse:
    return HttpResponse(render(fmt, root, document), status=status, content_type=CONTENT_TYPES[fmt])


def open311(methods=("GET",)):
    """Check the format, the method and jurisdiction_id; turn Open311Error into the error document."""

    def decorate(view):
        @csrf_exempt  # clients authenticate with api_key, not a session cookie
        @wraps(view)
        def wrapper(request, *args, fmt: str, **kwargs):
            shown = fmt if fmt in FORMATS else "xml"
            try:
                if fmt not in FORMATS:
                    raise Open311Error(400, _("Format tidak didukung: pakai .xml atau .json."))
                if has_nul(request) or any("\x00" in str(value) for value in kwargs.values()):
                    raise Open311Error(400, _("Parameter berisi karakter yang tidak diizinkan (NUL)."))
                if request.method not in methods:
                    raise Open311Error(405, _("Metode %(method)s tidak didukung di sini.") % {"method": request.method})
                params = request.POST if request.method == "POST" else request.GET
                given = (params.get("jurisdiction_id") or "").strip()
                if given and given != jurisdiction_id():
                    raise Open311Error(404, _("jurisdiction_id tidak dikenal: %(id)s") % {"id": given})
                return view(request, *args, fmt=fmt, **kwargs)
            except Open311Error as error:
                response = respond(shown, "errors", error.document(), status=error.status)
                if error.status == 405:
                    response["Allow"] = ", ".join(methods)
                return response

        wrapper.refuses_nul_itself = True  # answered above in the specification's error list, not as a web page
        return wrapper

    return decorate


@open311()
def discovery(request, fmt: str):
    base = request.build_absolute_uri(reverse("open311:root"))
    document = {
        "changeset": CHANGESET,
        "contact": _("Pengelola pengaduan Pemerintah Kabupaten: %(url)s") % {"url": settings.BASE_URL + "/"},
        "key_service": _("Kunci API diberikan oleh administrator sistem Pintu."),
        "endpoints": [
            {
                "specification": documents.SPECIFICATION,
                "url": base.rstrip("/"),
                "changeset": CHANGESET,
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }
        ],
    }
    return respond(fmt, "discovery", document)


@open311()
def services(request, fmt: str):
    return respond(fmt, "services", [documents.service_document(c) for c in documents.public_categories()])


@open311()
def service_definition(request, service_code: str, fmt: str):
    category = documents.public_categories().filter(code=service_code).first()
    if category is None:
        raise Open311Error(404, _("service_code tidak dikenal: %(code)s") % {"code": service_code})
    return respond(fmt, "service_definition", documents.service_definition(category))


def _public_requests():
    related = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")
    return documents.with_public_notes(public_reports().select_related(*related))


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@open311(methods=("GET", "POST"))
def service_requests(request, fmt: str):
    if request.method == "POST":
        client = authenticate(request.POST.get("api_key", ""))
        created = create_service_request(client, request.POST)
        return respond(fmt, "service_requests", created_document(created), status=201)
    filters = parse_filters(request.GET, now=timezone.now(), tz=timezone.get_current_timezone())
    reports = _public_requests()
    if filters.service_request_ids:
        reports = reports.filter(code__in=filters.service_request_ids)
    else:
        reports = reports.filter(submitted_at__gte=filters.start, submitted_at__lte=filters.end)
        if filters.service_codes:
            reports = reports.filter(category__code__in=filters.service_codes)
        if filters.statuses and len(set(filters.statuses)) == 1:
            closed = list(documents.CLOSED_STATUSES)
            if filters.statuses[0] == "closed":
                reports = reports.filter(status__in=closed)
            else:
                reports = reports.exclude(status__in=closed)
    reports = reports.order_by("-submitted_at", "-pk")[:MAX_RESULTS]
    return respond(fmt, "service_requests", documents.request_documents(reports, base_url=_base_url(request)))


@open311()
def service_request(request, service_request_id: str, fmt: str):
    report = _public_requests().filter(code=service_request_id).first()
    if report is None:
        raise Open311Error(404, _("service_request_id tidak ditemukan: %(id)s") % {"id": service_request_id})
    return respond(fmt, "service_requests", documents.request_documents([report], base_url=_base_url(request)))


@open311()
def token(request, token: str, fmt: str):
    link = Open311Request.objects.select_related("report").filter(token=token).first()
    if link is None:
        raise Open311Error(404, _("token tidak ditemukan."))
    return respond(fmt, "service_requests", [{"service_request_id": link.report.code, "token": link.token}])
