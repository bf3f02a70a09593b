"""Public complaint endpoints: submit, the public list and detail, and the reporter's tracking.

The reporter proves ownership per request with the tracking code in the path and the secret in the
`X-Tracking-Secret` header (or by being signed in as the report's own account). A wrong pair gets one
generic 404, whether the code exists or not, at the cost of the same password check.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from pintu.api.complaints import serializers_public as s
from pintu.apikit.idempotency import scoped_key
from pintu.apikit.schema import READ_PUBLIC, WRITE_PUBLIC, errors
from pintu.apikit.uploads import cleaned_files
from pintu.complaints import catalogue
from pintu.complaints.models import Channel, Report
from pintu.complaints.selectors import public_reports, reports_visible_to
from pintu.complaints.services import reporter
from pintu.complaints.services.accept import accept_report, pending_for
from pintu.complaints.services.base import secret_matches
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.complaints.workflow import Status
from pintu.history.models import Visibility
from pintu.history.selectors import public_timeline, timeline_for_reporter
from pintu.privacy.tracking import DUMMY_HASH
from pintu.security import ratelimit
from pintu.security.throttles import ApiSubmitThrottle

TAG = ["laporan (publik)"]
RELATED = ("category", "kecamatan", "desa", "assigned_agency")
SECRET_HEADER = OpenApiParameter(
    "X-Tracking-Secret", str, OpenApiParameter.HEADER, required=False,
    description="Kode rahasia laporan (XXXX-XXXX). Tidak perlu bila masuk sebagai akun pelapor.",
)  # fmt: skip
IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key", str, OpenApiParameter.HEADER, required=False,
    description="Kunci unik per kiriman (maks. 200 karakter, mis. UUID); kiriman ulang dengan kunci sama "
    "dari pengirim yang sama mengembalikan kiriman pertama.",
)  # fmt: skip


class PublicReportList(generics.ListAPIView):
    serializer_class = s.PublicReportListSerializer

    @extend_schema(tags=TAG, summary="Daftar laporan publik", responses={200: s.PublicReportListSerializer(many=True),
                   **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return public_reports().select_related(*RELATED)


def public_context(report: Report) -> dict:
    events = public_timeline("report", report.pk).order_by("at", "pk")  # = events_visible_to(anonymous), fast
    return {"events": events, "attachments": report.attachments.filter(visibility=Visibility.PUBLIC)}


class PublicReportDetail(APIView):
    @extend_schema(tags=TAG, summary="Satu laporan publik", responses={200: s.PublicReportSerializer,
                   **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, code: str):
        report = get_object_or_404(public_reports().select_related(*RELATED), code=code.upper())
        return Response(s.PublicReportSerializer(report, context=public_context(report)).data)


class ReportSubmit(APIView):
    throttle_classes = [*api_settings.DEFAULT_THROTTLE_CLASSES, ApiSubmitThrottle]  # same limit as the web form

    @extend_schema(
        tags=TAG, summary="Kirim laporan baru", parameters=[IDEMPOTENCY_HEADER],
        request={"application/json": s.ReportSubmitSerializer, "multipart/form-data": s.ReportSubmitSerializer},
        responses={201: s.SubmittedSerializer, 202: s.SubmittedSerializer, 200: s.SubmittedSerializer,
                   **errors(*WRITE_PUBLIC)},
        description="Tanpa lampiran, laporan diterima lalu dibangun oleh pekerja latar: jawabannya 202 dengan kode "
        "dan kode rahasia yang langsung berlaku (`processing: true`; pelacakan menjawab 202 sampai laporan "
        "selesai dibangun, biasanya dalam hitungan detik). Dengan lampiran, atau bila pekerja sudah "
        "membangunnya, jawabannya 201 dengan status laporan. Kiriman ulang dengan Idempotency-Key yang sama: 200.",
    )  # fmt: skip
    def post(self, request):
        key = scoped_key(request)
        form = s.ReportSubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        user = request.user if request.user.is_authenticated else None
        draft = ReportDraft(  # areas and categories: what the public may choose (catalogue.py: a snapshot)
            title=data["title"], text=data["text"], kind=data["kind"],
            category=catalogue.active_category(data.get("category")),
            kecamatan=catalogue.active_area(data["kecamatan"]),
            desa=catalogue.active_area(data.get("desa")),
            latitude=data.get("latitude"), longitude=data.get("longitude"), incident_date=data.get("incident_date"),
            privacy=data["privacy"], channel=Channel.API, name=data["name"], email=data["email"],
            phone=data["phone"], nik=data["nik"],
            files=cleaned_files(request), idempotency_key=key, reporter_user=user,
        )  # fmt: skip
        if data.get("category") and draft.category is None:
            raise exceptions.ValidationError({"category": [_("Pilih kategori dari daftar.")]})
        if data.get("desa") and draft.desa is None:
            raise exceptions.ValidationError({"desa": [_("Desa/kelurahan itu tidak ada di kecamatan yang dipilih.")]})
        if draft.files:
            done = submit_report(draft)
            code, secret, created, report = done.report.code, done.secret, done.created, done.report
        else:  # answered after one short write; the worker builds the report (services/accept.py)
            accepted = accept_report(draft)
            code, secret, created, report = accepted.code, accepted.secret, accepted.created, accepted.report
        body = {"code": code, "secret": secret, "created": created, "processing": report is None,
                "status": report.status if report else None}  # fmt: skip
        code_ = 200 if not created else (201 if report else 202)
        return Response(body, status=code_)  # = SubmittedSerializer(body).data, without its per-call field copies


class ReportStillPending(exceptions.APIException):
    """The caller proved the secret of a report that is accepted and not yet built."""

    status_code = 409
    default_code = "processing"

    def __init__(self, code: str):
        super().__init__(_("Laporan %(code)s sudah diterima dan sedang diproses. Coba lagi dalam beberapa detik.")
                         % {"code": code})  # fmt: skip
        self.code = code


def tracked_report(request, code: str) -> Report:
    """The report if the caller proved to be its reporter; else 404 (never telling which part was wrong)."""
    code = (code or "").upper()
    user = request.user
    if user.is_authenticated:
        own = reports_visible_to(user).filter(reporter_user=user, code=code).select_related(*RELATED).first()
        if own is not None:
            return own
    wait = ratelimit.blocked(request, "tracking", [code])  # secrets must not be guessable through the API
    if wait is not None:
        raise exceptions.Throttled(wait)
    secret = request.headers.get("X-Tracking-Secret", "")
    report = Report.objects.select_related(*RELATED).filter(code=code).first()  # proven by the secret below
    if secret_matches(report or Report(secret_hash=DUMMY_HASH), secret) and report is not None:
        return report
    if report is None and pending_for(code, secret) is not None:
        raise ReportStillPending(code)
    ratelimit.count_failure(request, "tracking", [code])
    raise exceptions.NotFound(_("Kode lacak atau kode rahasia salah."))


def acting_user(request, report: Report):
    user = request.user
    return user if user.is_authenticated and report.reporter_user_id == user.pk else None


def tracked_body(report: Report) -> dict:
    report.may_reply = not report.is_closed
    report.may_rate = report.status in (Status.DITINDAKLANJUTI, Status.SELESAI)
    report.may_reopen = reporter.can_reopen(report)
    context = {
        "events": timeline_for_reporter("report", report.pk).select_related("agency").order_by("at", "pk"),
        "attachments": report.attachments.filter(visibility__in=[Visibility.PUBLIC, Visibility.REPORTER]),
    }
    return s.TrackedReportSerializer(report, context=context).data


class TrackReport(APIView):
    @extend_schema(tags=TAG, summary="Lacak laporan sendiri", parameters=[SECRET_HEADER],
                   responses={200: s.TrackedReportSerializer, 202: s.PendingReportSerializer,
                              **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, code: str):
        try:
            report = tracked_report(request, code)
        except ReportStillPending as pending:
            body = {"code": pending.code, "processing": True, "detail": str(pending.detail)}
            return Response(s.PendingReportSerializer(body).data, status=202)
        return Response(tracked_body(report))


class TrackReply(APIView):
    @extend_schema(
        tags=TAG, summary="Balas (dengan lampiran)", parameters=[SECRET_HEADER],
        request={"application/json": s.ReplySerializer, "multipart/form-data": s.ReplySerializer},
        responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)},
    )  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.ReplySerializer(data=request.data)
        form.is_valid(raise_exception=True)
        files = cleaned_files(request)
        report = reporter.reply(report, text=form.validated_data["text"], user=acting_user(request, report),
                                files=files)  # fmt: skip
        return Response(tracked_body(report))


class TrackRate(APIView):
    @extend_schema(tags=TAG, summary="Beri penilaian", parameters=[SECRET_HEADER], request=s.RateSerializer,
                   responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.RateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        user = acting_user(request, report)
        report = reporter.rate(report, rating=data["rating"], comment=data["comment"], user=user)
        return Response(tracked_body(report))


class TrackReopen(APIView):
    @extend_schema(tags=TAG, summary="Minta dibuka kembali", parameters=[SECRET_HEADER], request=s.ReopenSerializer,
                   responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.ReopenSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        report = reporter.reopen(report, reason=form.validated_data["reason"], user=acting_user(request, report))
        return Response(tracked_body(report))


class MyReports(generics.ListAPIView):
    """The signed-in citizen's own reports."""

    serializer_class = s.PublicReportListSerializer

    @extend_schema(tags=TAG, summary="Laporan saya", responses={200: s.PublicReportListSerializer(many=True),
                   **errors(401, 403, 404, 429)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated(_("Masuk terlebih dahulu."))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        user = self.request.user
        return reports_visible_to(user).filter(reporter_user=user).select_related(*RELATED)

