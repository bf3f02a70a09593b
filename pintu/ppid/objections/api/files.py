"""The objection register as CSV/XLSX for PPID officers (the web's ppid:staff_objections_csv/xlsx):
rows from objections_visible_to with the register page's filters, every export audited."""

from drf_spectacular.utils import extend_schema

from pintu.apikit.schema import STAFF
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.api.files import FileView, document_responses, per_formats
from pintu.ppid.downloads import FORMATS
from pintu.ppid.objections import register
from pintu.ppid.objections.api.serializers import ObjectionExportFilter
from pintu.ppid.objections.api.staff import objection_for
from pintu.ppid.objections.documents import answer_draft_response


class ObjectionsExport(FileView):
    """The objection register the caller may see, with the register page's filters; audited."""

    permission_classes = [PpidStaff]

    def get(self, request):
        form = ObjectionExportFilter(data=request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        qs = register.filtered_objections(request.user, status=data["status"], grounds=data["grounds"],
                                          year=data["year"])  # fmt: skip
        return register.objections_export(qs, self.fmt, http_request=request).response()


OBJECTIONS_EXPORT = per_formats(
    ObjectionsExport, FORMATS, operation_id="staff_ppid_objections_{fmt}", tags=TAG, codes=STAFF,
    parameters=[ObjectionExportFilter], summary="Unduh register keberatan ({FMT}), dengan saringan register",
)  # fmt: skip


class AnswerDraft(FileView):
    """The draft answer waiting for the signatory: watermarked DRAF, unnumbered, unsigned (staff only)."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, operation_id="staff_ppid_objection_letter_draft",
                   summary="Pratinjau draf surat tanggapan keberatan yang menunggu persetujuan dan tanda tangan",
                   responses=document_responses(*STAFF))  # fmt: skip
    def get(self, request, pk: int):
        return answer_draft_response(objection_for(request.user, pk), http_request=request)
