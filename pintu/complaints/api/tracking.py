"""The reporter's own report through the API: tracking it, replying, rating, asking to reopen.

The reporter proves ownership per request with the tracking code in the path and the secret in the
`X-Tracking-Secret` header (or by being signed in as the report's own account), through the proof every
case type shares (pintu.complaints.tracking -> pintu.cases.tracking): a wrong pair gets one generic 404,
whether the code exists or not, at the same cost; wrong secrets count per code and client (a 429 with
Retry-After for that client only, never for the reporter). The actions are
pintu.complaints.actions.REPORTER_ACTIONS, as on the web's tracking page.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, WRITE_PUBLIC, errors
from pintu.apikit.uploads import cleaned_files
from pintu.cases.tracking import TrackingLocked
from pintu.complaints.actions import REPORTER_ACTIONS
from pintu.complaints.api.schema import PUBLIC_TAG, REPORT_RELATED, SECRET_HEADER
from pintu.complaints.api.serializers import tracking as s
from pintu.complaints.models import PendingReport, Report
from pintu.complaints.selectors import reports_visible_to
from pintu.complaints.tracking import prove_reporter
from pintu.history.models import Visibility
from pintu.history.selectors import timeline_for_reporter


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
        own = reports_visible_to(user).filter(reporter_user=user, code=code).select_related(*REPORT_RELATED).first()
        if own is not None:
            return own
    try:
        case = prove_reporter(request, code, request.headers.get("X-Tracking-Secret", ""))
    except TrackingLocked as locked:  # this client guessed too often: say how long to wait
        raise exceptions.Throttled(locked.retry_after) from None
    if isinstance(case, PendingReport):
        raise ReportStillPending(case.code)
    if case is None:
        raise exceptions.NotFound(_("Kode lacak atau kode rahasia salah."))
    return case


def acting_user(request, report: Report):
    user = request.user
    return user if user.is_authenticated and report.reporter_user_id == user.pk else None


def tracked_body(report: Report, user=None) -> dict:
    offered = {action.name for action in REPORTER_ACTIONS.available(user, report)}
    report.may_reply, report.may_rate, report.may_reopen = ("reply" in offered, "rate" in offered, "reopen" in offered)
    context = {
        "events": timeline_for_reporter("report", report.pk).select_related("agency").order_by("at", "pk"),
        "attachments": report.attachments.filter(visibility__in=[Visibility.PUBLIC, Visibility.REPORTER]),
    }
    return s.TrackedReportSerializer(report, context=context).data


def _perform(request, report: Report, name: str, data: dict, files=None) -> dict:
    """The reporter's action (REPORTER_ACTIONS), answered with the report as it is now."""
    user = acting_user(request, report)
    outcome = REPORTER_ACTIONS.perform(name, user=user, case=report, data=data, files=files)
    return tracked_body(outcome.case or report, user)


class TrackReport(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Lacak laporan sendiri", parameters=[SECRET_HEADER],
                   responses={200: s.TrackedReportSerializer, 202: s.PendingReportSerializer,
                              **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, code: str):
        try:
            report = tracked_report(request, code)
        except ReportStillPending as pending:
            body = {"code": pending.code, "processing": True, "detail": str(pending.detail)}
            return Response(s.PendingReportSerializer(body).data, status=202)
        return Response(tracked_body(report, acting_user(request, report)))


class TrackReply(APIView):
    @extend_schema(
        tags=PUBLIC_TAG, summary="Balas (dengan lampiran)", parameters=[SECRET_HEADER],
        request={"application/json": s.ReplySerializer, "multipart/form-data": s.ReplySerializer},
        responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)},
    )  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.ReplySerializer(data=request.data)
        form.is_valid(raise_exception=True)
        files = cleaned_files(request)
        return Response(_perform(request, report, "reply", form.validated_data, files))


class TrackRate(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Beri penilaian", parameters=[SECRET_HEADER], request=s.RateSerializer,
                   responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.RateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return Response(_perform(request, report, "rate", form.validated_data))


class TrackReopen(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Minta dibuka kembali", parameters=[SECRET_HEADER],
                   request=s.ReopenSerializer, responses={200: s.TrackedReportSerializer,
                                                          **errors(*WRITE_PUBLIC, 409)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.ReopenSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return Response(_perform(request, report, "reopen", form.validated_data))
