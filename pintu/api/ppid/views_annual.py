"""The staff annual report (the web's ppid:staff_annual and staff_annual_publish): the live figures and
narrative of a year for the Pemkab or one OPD, editing the narrative, and publishing (freezing) it.

The report is chosen by year and OPD code as on the web (an unknown OPD: 404); the web's own rules
(services.may_edit / may_publish) are checked before the narrative is read (403); then the same service
functions as the web page. The PDF/XLSX downloads stay web-only (file downloads).
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.ppid import serializers_annual as sa
from pintu.api.ppid.views_staff import TAG, PpidStaff
from pintu.apikit.schema import STAFF, errors
from pintu.ppid.annual import services
from pintu.ppid.models_objections import SectionKey
from pintu.ppid.views.annual_staff import report_agencies


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


def _answer(user, year: int, agency) -> Response:
    content = services.live_content(year, agency)
    data = {"year": year, "agency": agency.code if agency else None, "body_name": content.body_name,
            "sections": content.sections, "stats": content.stats, "published_at": content.published_at,
            "may_edit": services.may_edit(user, agency),
            "may_publish": services.may_publish(user) and year < timezone.localdate().year}  # fmt: skip
    return Response(sa.AnnualReportSerializer(data).data)


class StaffAnnualReport(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, operation_id="staff_ppid_annual_retrieve", parameters=[sa.AnnualChoiceInput],
                   summary="Laporan tahunan PPID: angka dan narasi satu tahun (Pemkab atau satu OPD)",
                   responses={200: sa.AnnualReportSerializer, **errors(*STAFF)})  # fmt: skip
    def get(self, request):
        year, agency = _choice(request.query_params)
        return _answer(request.user, year, agency)


class StaffAnnualNarrative(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, operation_id="staff_ppid_annual_narrative", request=sa.AnnualNarrativeInput,
                   summary="Simpan narasi laporan tahunan (PPID Utama; PPID Pembantu untuk OPD-nya)",
                   responses={200: sa.AnnualReportSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        year, agency = _choice(request.data)
        if not services.may_edit(request.user, agency):
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

    @extend_schema(tags=TAG, operation_id="staff_ppid_annual_publish", request=sa.AnnualChoiceInput,
                   summary="Umumkan laporan tahunan (PPID Utama): angka dibekukan dan terbit di halaman publik",
                   responses={200: sa.AnnualReportSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        if not services.may_publish(request.user):
            raise exceptions.PermissionDenied(_("Hanya PPID Utama yang dapat mengumumkan laporan tahunan."))
        year, agency = _choice(request.data)
        services.publish_report(request.user, year, agency)
        return _answer(request.user, year, agency)
