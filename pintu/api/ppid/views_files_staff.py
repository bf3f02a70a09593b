"""PPID officers' files over the API: the DIP import (CSV/XLSX into drafts), the registers' CSV/XLSX
exports, a request's documents and the requester's identity files, the live annual report as PDF/XLSX
(the web's ppid:staff_dip_import, staff_requests_csv/xlsx, staff_objections_csv/xlsx,
staff_request_document, staff_request_identity_file, staff_annual_pdf/xlsx).

Same rules as the web pages, through the same functions: rows from requests_handled_by /
objections_visible_to (a Pembantu exports only its agency's rows), exports audited
(pintu.ppid.downloads), the import is pintu.ppid.io.import_dip (all or nothing, errors per row), an
identity file is opened only by identity.open_identity_file (history event + audit entry each time).
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.response import Response

from pintu.api.ppid import serializers_annual as sa
from pintu.api.ppid import serializers_files as sf
from pintu.api.ppid.views_annual import _choice as annual_choice
from pintu.api.ppid.views_files import FileView, per_format
from pintu.api.ppid.views_staff import TAG, PpidStaff, request_for
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import STAFF, binary, errors
from pintu.files.limits import SUPPORTED_TYPES
from pintu.ppid import downloads, io
from pintu.ppid.requests import identity
from pintu.ppid.selectors import register_agencies_for
from pintu.ppid.views.requests_public import serve_bytes, serve_document


class StaffFileView(FileView):
    """A file endpoint for PPID officers (the web's staff_view gate)."""

    permission_classes = [PpidStaff]


class RequestsExport(StaffFileView):
    """The request register the caller handles, with the register page's filters; audited."""

    def get(self, request):
        form = sf.RequestExportFilter(data=request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        qs = downloads.filtered_requests(request.user, status=data["status"], q=data["q"], overdue=data["overdue"])
        return downloads.requests_export(qs, self.fmt, http_request=request).response()


class ObjectionsExport(StaffFileView):
    """The objection register the caller may see, with the register page's filters; audited."""

    def get(self, request):
        form = sf.ObjectionExportFilter(data=request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        qs = downloads.filtered_objections(request.user, status=data["status"], grounds=data["grounds"],
                                           year=data["year"])  # fmt: skip
        return downloads.objections_export(qs, self.fmt, http_request=request).response()


class AnnualDownload(StaffFileView):
    """The annual report of a year (Pemkab or one OPD) with the figures as they are now."""

    def get(self, request):
        year, agency = annual_choice(request.query_params)
        return downloads.live_annual(year, agency, self.fmt).response()


class RequestDocumentFile(StaffFileView):
    """A notice or delivered document of a request the caller handles; each download is audited."""

    @extend_schema(tags=TAG, operation_id="staff_ppid_request_document",
                   summary="Unduh dokumen permohonan (pemberitahuan tertulis atau informasi yang diserahkan)",
                   responses={**binary(*sorted(SUPPORTED_TYPES), description="Berkas dokumen"),
                              **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int, doc_pk: int):
        info = request_for(request.user, pk)
        document = downloads.request_document(info, checked_id(doc_pk), http_request=request)
        if document is None:
            raise exceptions.NotFound(_("Dokumen tidak ditemukan."))
        return serve_document(document)


class RequestIdentityFile(StaffFileView):
    """The requester's identity document or proxy letter, decrypted for the PPID handling the request;
    every open is an internal history event and an audit entry; never cached."""

    @extend_schema(tags=TAG, operation_id="staff_ppid_request_identity_file",
                   summary="Unduh dokumen identitas atau surat kuasa pemohon (tercatat di riwayat dan audit)",
                   parameters=[OpenApiParameter("kind", str, OpenApiParameter.PATH, enum=list(identity.FILE_KINDS),
                                                description="identity: kartu identitas; proxy: surat kuasa")],
                   responses={**binary(*sorted(SUPPORTED_TYPES), description="Berkas identitas (tidak disimpan "
                                       "di cache)"), **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int, kind: str):
        info = request_for(request.user, pk)
        if kind not in identity.FILE_KINDS:
            raise exceptions.NotFound(_("Berkas tidak ditemukan."))
        try:
            opened = identity.open_identity_file(info, kind, user=request.user, http_request=request)
        except FileNotFoundError:
            raise exceptions.NotFound(_("Berkas tidak ditemukan.")) from None
        return serve_bytes(opened.content, opened.content_type, opened.name, attachment=True)


class DipImport(StaffFileView):
    """The web's import form: one agency the caller keeps, one CSV/XLSX; every row a draft, or none."""

    @extend_schema(tags=TAG, operation_id="staff_ppid_dip_import",
                   summary="Impor DIP dari CSV/XLSX sebagai draf (semua baris atau tidak sama sekali)",
                   request={"multipart/form-data": sf.DipImportInput},
                   responses={201: sf.DipImportResult, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        agencies = register_agencies_for(request.user).order_by("name")
        if not agencies.exists():
            raise exceptions.PermissionDenied(_("Hanya PPID Pembantu atau PPID Utama yang mengelola DIP."))
        form = sf.DipImportInput(data=request.data)
        form.is_valid(raise_exception=True)
        code = form.validated_data["agency"]
        agency = agencies.filter(code=code).first() if code else None
        if agency is None and not code and agencies.count() == 1:
            agency = agencies.first()
        if agency is None:
            raise exceptions.ValidationError({"agency": [_("Pilih instansi dari daftar.")]})
        upload = form.validated_data["file"]
        try:
            if upload.size > io.MAX_IMPORT_BYTES:
                raise io.DipImportError([_("Berkas terlalu besar (paling besar 5 MB).")])
            result = io.import_dip(request.user, agency, upload.name, upload.read())
        except io.DipImportError as exc:
            raise exceptions.ValidationError({"file": exc.errors}) from None
        return Response(sf.DipImportResult({"count": result.count, "items": result.created}).data, status=201)


REQUESTS_EXPORT = {
    fmt: per_format(RequestsExport, fmt, operation_id=f"staff_ppid_requests_{fmt}", tags=TAG, codes=STAFF,
                    parameters=[sf.RequestExportFilter],
                    summary=f"Unduh register permohonan ({fmt.upper()}), dengan saringan register")
    for fmt in downloads.FORMATS
}  # fmt: skip
OBJECTIONS_EXPORT = {
    fmt: per_format(ObjectionsExport, fmt, operation_id=f"staff_ppid_objections_{fmt}", tags=TAG, codes=STAFF,
                    parameters=[sf.ObjectionExportFilter],
                    summary=f"Unduh register keberatan ({fmt.upper()}), dengan saringan register")
    for fmt in downloads.FORMATS
}  # fmt: skip
ANNUAL_DOWNLOAD = {
    fmt: per_format(AnnualDownload, fmt, operation_id=f"staff_ppid_annual_{fmt}", tags=TAG, codes=STAFF,
                    parameters=[sa.AnnualChoiceInput],
                    summary=f"Unduh laporan tahunan PPID dengan angka saat ini ({fmt.upper()})")
    for fmt in ("pdf", "xlsx")
}  # fmt: skip
