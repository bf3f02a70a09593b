"""The annual report on the staff API: the live figures and narrative of a year for the Pemkab or one OPD,
editing the narrative, publishing (freezing) it and the live PDF/XLSX (the web's ppid:staff_annual,
staff_annual_publish, staff_annual_pdf/xlsx).

The report is chosen by year and OPD code as on the web (an unknown OPD: 404); annual.permissions
(may_edit / may_publish) is checked before the narrative is read (403); then the same service functions
as the web page.
"""

from functools import partial

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import STAFF, errors
from pintu.ppid.annual import downloads, services
from pintu.ppid.annual.api import serializers as sa
from pintu.ppid.annual.models import SectionKey
from pintu.ppid.annual.permissions import may_edit, may_publish
from pintu.ppid.annual.selectors import report_agencies
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.api.files import FileView, per_formats


def _choice(data) -> tuple[int, object]:
    """(year, agency or None); the year defaults to last year, an unknown OPD code is a 404."""
    form = sa.AnnualChoiceInput(data=data)
    form.is_valid(raise_exception=True)
    year = form.validated_data.get("tahun") or timezone.localdate().year - 1
    code = form.validated_data["instansi"]
    agency = report_agencies().filter(code=code).first() if code else None
    if code and agency is None:
        raise exceptions.NotFound(_("Instansi tidak ditemukan."))
    return year, agency


#: The schema of the operations that answer the report (_answer): the same tag, answer and errors.
report_schema = partial(extend_schema, tags=TAG, responses={200: sa.AnnualReportSerializer, **errors(*STAFF)})


def _answer(user, year: int, agency) -> Response:
    content = services.live_content(year, agency)
    data = {"year": year, "agency": agency.code if agency else None, "body_name": content.body_name,
            "sections": content.sections, "stats": content.stats, "published_at": content.published_at,
            "may_edit": may_edit(user, agency),
            "may_publish": may_publish(user) and year < timezone.localdate().year}  # fmt: skip
    return Response(sa.AnnualReportSerializer(data).data)


class StaffAnnualReport(APIView):
    permission_classes = [PpidStaff]

    @report_schema(operation_id="staff_ppid_annual_retrieve", parameters=[sa.AnnualChoiceInput],
                   summary="Laporan tahunan PPID: angka dan narasi satu tahun (Pemkab atau satu OPD)")  # fmt: skip
    def get(self, request):
        year, agency = _choice(request.query_params)
        return _answer(request.user, year, agency)


class StaffAnnualNarrative(APIView):
    permission_classes = [PpidStaff]

    @report_schema(operation_id="staff_ppid_annual_narrative", request=sa.AnnualNarrativeInput,
                   summary="Simpan narasi laporan tahunan (PPID Utama; PPID Pembantu untuk OPD-nya)")  # fmt: skip
    def post(self, request):
        year, agency = _choice(request.data)
        if not may_edit(request.user, agency):
            raise exceptions.PermissionDenied(_("Anda tidak dapat mengubah laporan tahunan ini."))
        form = sa.AnnualNarrativeInput(data=request.data)
        form.is_valid(raise_exception=True)
        texts = {key: form.validated_data[key] for key in SectionKey.values if key in form.validated_data}
        if not texts:
            raise exceptions.ValidationError({"sections": [_("Isi sedikitnya satu bagian narasi.")]})
        services.save_sections(request.user, year, agency, texts)
        return _answer(request.user, year, agency)


class StaffAnnualPublish(APIView):
    permission_classes = [PpidStaff]

    @report_schema(operation_id="staff_ppid_annual_publish", request=sa.AnnualChoiceInput,
                   summary="Umumkan laporan tahunan (PPID Utama): angka dibekukan dan terbit di halaman publik",
                   )  # fmt: skip
    def post(self, request):
        if not may_publish(request.user):
            raise exceptions.PermissionDenied(_("Hanya PPID Utama yang dapat mengumumkan laporan tahunan."))
        year, agency = _choice(request.data)
        services.publish_report(request.user, year, agency)
        return _answer(request.user, year, agency)


class AnnualDownload(FileView):
    """The annual report of a year (Pemkab or one OPD) with the figures as they are now."""

    permission_classes = [PpidStaff]

    def get(self, request):
        year, agency = _choice(request.query_params)
        return downloads.live_annual(year, agency, self.fmt).response()


ANNUAL_DOWNLOAD = per_formats(
    AnnualDownload, downloads.FORMATS, operation_id="staff_ppid_annual_{fmt}", tags=TAG, codes=STAFF,
    parameters=[sa.AnnualChoiceInput], summary="Unduh laporan tahunan PPID dengan angka saat ini ({FMT})",
)  # fmt: skip
