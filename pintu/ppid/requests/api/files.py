"""A request's files for PPID officers on the API: the register as CSV/XLSX, a request's documents and the
requester's identity files (the web's ppid:staff_requests_csv/xlsx, staff_request_document,
staff_request_identity_file), through the same functions as the pages.

Rows from requests_handled_by (a PPID Pembantu exports only its agency's rows), exports audited
(requests.register), an identity file opened only by identity.open_identity_file (a history event and
an audit entry each time, never cached).
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions

from pintu.apikit.ids import checked_id
from pintu.apikit.schema import STAFF
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.api.files import FileView, document_responses, per_formats
from pintu.ppid.downloads import FORMATS
from pintu.ppid.requests import identity, register
from pintu.ppid.requests.api.serializers import RequestExportFilter
from pintu.ppid.requests.api.staff import request_for
from pintu.ppid.requests.documents import draft_letter_response, opened_document, serve_bytes, serve_document

IDENTITY_FILE = "Berkas identitas (tidak disimpan di cache)"


class StaffFileView(FileView):
    """A file endpoint for PPID officers (the web's staff_view gate)."""

    permission_classes = [PpidStaff]


class RequestsExport(StaffFileView):
    """The request register the caller handles, with the register page's filters; audited."""

    def get(self, request):
        form = RequestExportFilter(data=request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        qs = register.filtered_requests(request.user, status=data["status"], q=data["q"], overdue=data["overdue"])
        return register.requests_export(qs, self.fmt, http_request=request).response()


class RequestDocumentFile(StaffFileView):
    """A notice or delivered document of a request the caller handles; each download is audited."""

    @extend_schema(tags=TAG, operation_id="staff_ppid_request_document",
                   summary="Unduh dokumen permohonan (pemberitahuan tertulis atau informasi yang diserahkan)",
                   responses=document_responses(*STAFF))  # fmt: skip
    def get(self, request, pk: int, doc_pk: int):
        info = request_for(request.user, pk)
        document = opened_document(info, checked_id(doc_pk), http_request=request)
        if document is None:
            raise exceptions.NotFound(_("Dokumen tidak ditemukan."))
        return serve_document(document)


class RequestLetterDraft(StaffFileView):
    """The draft letter (decision or extension) waiting for the signatory: watermarked, unnumbered, unsigned."""

    @extend_schema(tags=TAG, operation_id="staff_ppid_request_letter_draft",
                   summary="Pratinjau draf surat yang menunggu persetujuan dan tanda tangan",
                   responses=document_responses(*STAFF))  # fmt: skip
    def get(self, request, pk: int):
        return draft_letter_response(request_for(request.user, pk), http_request=request)


class RequestIdentityFile(StaffFileView):
    """The requester's identity document or proxy letter, decrypted for the PPID handling the request;
    every open is an internal history event and an audit entry; never cached."""

    @extend_schema(tags=TAG, operation_id="staff_ppid_request_identity_file",
                   summary="Unduh dokumen identitas atau surat kuasa pemohon (tercatat di riwayat dan audit)",
                   parameters=[OpenApiParameter("kind", str, OpenApiParameter.PATH, enum=list(identity.FILE_KINDS),
                                                description="identity: kartu identitas; proxy: surat kuasa")],
                   responses=document_responses(*STAFF, description=IDENTITY_FILE))  # fmt: skip
    def get(self, request, pk: int, kind: str):
        info = request_for(request.user, pk)
        if kind not in identity.FILE_KINDS:
            raise exceptions.NotFound(_("Berkas tidak ditemukan."))
        try:
            opened = identity.open_identity_file(info, kind, user=request.user, http_request=request)
        except FileNotFoundError:
            raise exceptions.NotFound(_("Berkas tidak ditemukan.")) from None
        return serve_bytes(opened.content, opened.content_type, opened.name, attachment=True)


REQUESTS_EXPORT = per_formats(
    RequestsExport, FORMATS, operation_id="staff_ppid_requests_{fmt}", tags=TAG, codes=STAFF,
    parameters=[RequestExportFilter], summary="Unduh register permohonan ({FMT}), dengan saringan register",
)  # fmt: skip
