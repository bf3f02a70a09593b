"""Information requests on the staff API: the inbox, one request, its actions, a request received at the
desk, and the conversions between a complaint report and a request.

Reads start from requests_handled_by (another agency's request is a 404). Every action is
requests.actions.ACTIONS, the list the staff page uses: who may take it is checked before any input is
read (a 403), the serializer gives `perform` the same keys the page's form gives, and the service
answers a wrong state with its own sentence (a 400).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.roles import Role
from pintu.apikit.actions import CaseActionView
from pintu.apikit.idempotency import IDEMPOTENCY_HEADER, scoped_key
from pintu.apikit.ids import row_or_404
from pintu.apikit.permissions import roles
from pintu.apikit.refs import MessageSerializer
from pintu.apikit.schema import STAFF, action_schema, errors, list_schema
from pintu.history.selectors import events_visible_to
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.permissions import require_utama
from pintu.ppid.requests import conversion, identity, services
from pintu.ppid.requests.actions import ACTIONS
from pintu.ppid.requests.api import serializers as s
from pintu.ppid.requests.api.public import request_draft, submitted
from pintu.ppid.requests.models import STATUS_CHOICES
from pintu.ppid.requests.selectors import requests_handled_by

ConvertsReports = roles(Role.ADMIN_INSTANSI, Role.PPID_UTAMA)
DESK_ONLY_UTAMA = gettext_lazy("Hanya PPID Utama yang mencatat permohonan dari loket, lisan, surat, atau e-mail.")


def request_for(user, pk: int):
    return row_or_404(requests_handled_by(user), pk, _("Permohonan tidak ditemukan."))


def staff_request_body(user, info) -> dict:
    events = events_visible_to(user).filter(case_type="info_request", case_id=info.pk).order_by("at", "pk")
    context = {"identity": identity.identity_for_staff(user, info), "events": events, "staff": True, "user": user}
    return s.PpidRequestSerializer(info, context=context).data


@list_schema(
    tags=TAG,
    summary="Kotak masuk permohonan informasi",
    parameters=[OpenApiParameter("status", str, enum=[v for v, _label in STATUS_CHOICES])],
    codes=STAFF,
)
class StaffRequestList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.PpidRequestListSerializer

    def get_queryset(self):
        qs = requests_handled_by(self.request.user)
        if self.request.query_params.get("status") in dict(STATUS_CHOICES):
            qs = qs.filter(status=self.request.query_params["status"])
        return qs


class StaffRequestDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu permohonan (petugas)", responses={200: s.PpidRequestSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(staff_request_body(request.user, request_for(request.user, pk)))


# --- the actions (requests.actions.ACTIONS) -------------------------------------------------------------


class RequestAction(CaseActionView):
    """One action of requests.actions on a request the caller handles: refused (403) before the body is read
    when it is not theirs to take; the body is checked by the action's serializer; the service has the last
    word (a 400 with its own sentence)."""

    permission_classes = [PpidStaff]
    actions = ACTIONS
    serializer = s.PpidReasonInput

    def case_for(self, user, pk: int):
        return request_for(user, pk)

    def serializer_context(self, request, info) -> dict:
        return {"user": request.user}

    def answer(self, request, info, outcome) -> Response:
        return Response({"detail": outcome.message})


class RequestToReport(RequestAction):
    """PPID Utama: the request is closed and a report filed with the requester's identity; the new tracking
    code and secret are answered once, as the web page shows them."""

    action = "convert_to_report"
    serializer = s.ToReportInput

    def answer(self, request, info, outcome) -> Response:
        body = {"detail": outcome.message, "code": outcome.created[0], "secret": outcome.secret}
        return Response(body, headers={"Cache-Control": "no-store"})


def _action_view(action: str, serializer, summary: str, request_schema="same", base=RequestAction, response=None):
    """An endpoint for one action, with its own schema (summary, body, answer)."""
    view = type(f"Request_{action}", (base,), {"action": action, "serializer": serializer, "__doc__": base.__doc__})
    body = {} if request_schema == "same" else {"request": request_schema}
    return action_schema(tags=TAG, summary=summary, answer=response or MessageSerializer, codes=STAFF, **body)(view)


#: URL segment -> endpoint (api:staff_ppid_request_<segment with _>).
ACTION_VIEWS = {
    "assign": _action_view("assign", s.PpidAssignInput, "Tugaskan ke PPID Pembantu (PPID Utama)"),
    "mark-incomplete": _action_view("mark_incomplete", s.PpidReasonInput, "Tandai perlu dilengkapi"),
    "complete": _action_view("complete", s.PpidReasonInput, "Tandai lengkap (hitungan dimulai)"),
    "extend": _action_view("extend", s.PpidExtendInput, "Perpanjang jangka waktu (sekali, maks. 7 hari kerja)"),
    "notice": _action_view("issue_notice", s.PpidNoticeInput, "Terbitkan pemberitahuan tertulis (keputusan)"),
    "sign-letter": _action_view("sign_letter", s.PpidReasonInput,
                                "Setujui dan tandatangani draf surat (penanda tangan jenis surat itu)",
                                request_schema=None),
    "discard-letter": _action_view("discard_letter", s.PpidReasonInput, "Batalkan draf surat yang menunggu",
                                   request_schema=None),
    "notice-receipt": _action_view("record_receipt", s.PpidNoticeReceiptInput,
                                   "Catat tanggal pemberitahuan diterima pemohon (awal batas keberatan)"),
    "payment": _action_view("record_payment", s.PpidReasonInput, "Catat pembayaran biaya", request_schema=None),
    "close": _action_view("close", s.PpidReasonInput, "Tutup permohonan"),
    "deliver": _action_view("deliver", s.PpidDeliverInput, "Serahkan informasi (berkas dan/atau catatan)",
                            request_schema={"multipart/form-data": s.PpidDeliverInput,
                                            "application/json": s.PpidDeliverInput}),
    "to-report": _action_view("convert_to_report", s.ToReportInput,
                              "Alihkan permohonan menjadi laporan pengaduan (PPID Utama)", base=RequestToReport,
                              response=s.ToReportResult),
}  # fmt: skip


# --- a request received at the desk, orally, by letter or e-mail ------------------------------------------


class StaffRequestRegister(APIView):
    """The web's staff request form: the same fields as the public submission plus the channel and when it
    was received (PPID Utama, checked before the body is read). The secret is answered once, for the
    officer to hand to the requester."""

    permission_classes = [PpidStaff]

    @extend_schema(
        tags=TAG, summary="Catat permohonan dari loket, lisan, surat, atau e-mail (PPID Utama)",
        parameters=[IDEMPOTENCY_HEADER],
        request={"multipart/form-data": s.StaffRequestRegisterInput, "application/json": s.StaffRequestRegisterInput},
        responses={201: s.PpidRequestSubmittedSerializer, 200: s.PpidRequestSubmittedSerializer, **errors(*STAFF, 422)},
    )  # fmt: skip
    def post(self, request):
        require_utama(request.user, DESK_ONLY_UTAMA)
        form = s.StaffRequestRegisterInput(data=request.data)
        form.is_valid(raise_exception=True)
        result = services.register_request(request.user, request_draft(request, form, scoped_key(request)))
        response = submitted(result)
        response["Cache-Control"] = "no-store"
        return response


# --- a complaint report of kind "permintaan informasi" becomes a request ----------------------------------


class ReportToRequest(APIView):
    """Admin instansi (reports it sees) or PPID Utama (reports of kind permintaan informasi only), through
    the report's selector `reports_convertible_by` (another's report is a 404), then the same service."""

    permission_classes = [ConvertsReports]

    @extend_schema(tags=TAG, summary="Alihkan laporan (permintaan informasi) menjadi permohonan informasi",
                   request=s.FromReportInput, responses={201: s.FromReportResult, **errors(*STAFF)})  # fmt: skip
    def post(self, request, code: str):
        user = request.user
        if not conversion.may_convert_report(user):
            raise exceptions.PermissionDenied(_("Hanya admin instansi atau PPID Utama yang dapat mengalihkan laporan."))
        report = conversion.reports_convertible_by(user).filter(code=code.upper()[:40]).first()
        if report is None:
            raise exceptions.NotFound(_("Laporan tidak ditemukan."))
        form = s.FromReportInput(data=request.data)
        form.is_valid(raise_exception=True)
        done = conversion.convert_report_to_request(user, report, purpose=form.validated_data["purpose"])
        info = done.request
        body = {"id": info.pk, "number": info.number, "slug": info.slug, "status": info.status}
        return Response(body, status=201)
