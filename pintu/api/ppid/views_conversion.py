"""No wrong door (pintu.ppid.requests.conversion): a complaint report of kind permintaan informasi becomes
an information request, and a "request" that is really a complaint becomes a report.

Same gates as the web (pintu/ppid/views/requests_staff.py request_from_report / request_to_report):
`may_convert_report` and the report's selector `reports_convertible_by` (another's report is a 404),
`requests_handled_by` and `require_utama` for a request, then the same service.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.roles import Role
from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.models import AreaLevel
from pintu.api.ppid import serializers_more as m
from pintu.api.ppid.views_staff import TAG, PpidStaff, request_for
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors
from pintu.ppid.requests import conversion, permissions

ConvertsReports = roles(Role.ADMIN_INSTANSI, Role.PPID_UTAMA)


class ReportToRequest(APIView):
    """Admin instansi (reports it sees) or PPID Utama (reports of kind permintaan informasi only)."""

    permission_classes = [ConvertsReports]

    @extend_schema(tags=TAG, summary="Alihkan laporan (permintaan informasi) menjadi permohonan informasi",
                   request=m.FromReportInput, responses={201: m.FromReportResult, **errors(*STAFF)})  # fmt: skip
    def post(self, request, code: str):
        user = request.user
        if not conversion.may_convert_report(user):
            raise exceptions.PermissionDenied(_("Hanya admin instansi atau PPID Utama yang dapat mengalihkan laporan."))
        report = conversion.reports_convertible_by(user).filter(code=code.upper()[:40]).first()
        if report is None:
            raise exceptions.NotFound(_("Laporan tidak ditemukan."))
        form = m.FromReportInput(data=request.data)
        form.is_valid(raise_exception=True)
        done = conversion.convert_report_to_request(user, report, purpose=form.validated_data["purpose"])
        info = done.request
        body = {"id": info.pk, "number": info.number, "slug": info.slug, "status": info.status}
        return Response(body, status=201)


class RequestToReport(APIView):
    """PPID Utama: the request is closed and a report filed with the requester's identity; the new
    tracking code and secret are answered once, as the web page shows them."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Alihkan permohonan menjadi laporan pengaduan (PPID Utama)",
                   request=m.ToReportInput, responses={200: m.ToReportResult, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        info = request_for(request.user, pk)
        permissions.require_utama(request.user)
        form = m.ToReportInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        areas = areas_visible_to(request.user).filter(level=AreaLevel.KECAMATAN, active=True)
        kecamatan = areas.filter(pk=data["kecamatan"]).first()
        if kecamatan is None:
            raise exceptions.ValidationError({"kecamatan": [_("Pilih kecamatan dari daftar.")]})
        done = conversion.convert_request_to_report(
            request.user, info, kecamatan=kecamatan, kind=data["kind"], reason=data["reason"]
        )
        body = {"detail": _("Permohonan dialihkan menjadi laporan pengaduan."), "code": done.report.code,
                "secret": done.secret}  # fmt: skip
        return Response(body, headers={"Cache-Control": "no-store"})
