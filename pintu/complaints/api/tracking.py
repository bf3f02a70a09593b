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
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, WRITE_PUBLIC, errors
from pintu.apikit.tracking import proved_case
from pintu.apikit.uploads import cleaned_files
from pintu.complaints import phone_consent
from pintu.complaints.actions import REPORTER_ACTIONS
from pintu.complaints.api.schema import PUBLIC_TAG, REPORT_RELATED, SECRET_HEADER
from pintu.complaints.api.serializers import tracking as s
from pintu.complaints.models import Report
from pintu.complaints.selectors import reports_visible_to
from pintu.complaints.tracking import prove_reporter
from pintu.history.models import Visibility
from pintu.history.selectors import timeline_for_reporter
from pintu.notifications.api_fields import PhoneConsentSerializer


def tracked_report(request, code: str) -> Report:
    """The report if the caller proved to be its reporter; else 404 (never telling which part was wrong)."""
    code = (code or "").upper()

    def own(user):
        return reports_visible_to(user).filter(reporter_user=user, code=code).select_related(*REPORT_RELATED).first()

    return proved_case(request, code, own=own, prove=prove_reporter, not_found=_("Kode lacak atau kode rahasia salah."))


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


def _act(request, code: str, name: str, form_class, with_files: bool = False) -> Response:
    """The reporter's action (REPORTER_ACTIONS) on the report they proved theirs, its input checked by
    `form_class` (then the attachments, if any), answered with the report as it is now."""
    report = tracked_report(request, code)
    form = form_class(data=request.data)
    form.is_valid(raise_exception=True)
    files = cleaned_files(request) if with_files else None
    user = acting_user(request, report)
    outcome = REPORTER_ACTIONS.perform(name, user=user, case=report, data=form.validated_data, files=files)
    return Response(tracked_body(outcome.case or report, user))


class TrackReport(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Lacak laporan sendiri", parameters=[SECRET_HEADER],
                   responses={200: s.TrackedReportSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, code: str):
        report = tracked_report(request, code)
        return Response(tracked_body(report, acting_user(request, report)))


class TrackReply(APIView):
    @extend_schema(
        tags=PUBLIC_TAG, summary="Balas (dengan lampiran)", parameters=[SECRET_HEADER],
        request={"application/json": s.ReplySerializer, "multipart/form-data": s.ReplySerializer},
        responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)},
    )  # fmt: skip
    def post(self, request, code: str):
        return _act(request, code, "reply", s.ReplySerializer, with_files=True)


class TrackRate(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Beri penilaian", parameters=[SECRET_HEADER], request=s.RateSerializer,
                   responses={200: s.TrackedReportSerializer, **errors(*WRITE_PUBLIC, 409)})  # fmt: skip
    def post(self, request, code: str):
        return _act(request, code, "rate", s.RateSerializer)


class TrackReopen(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Minta dibuka kembali", parameters=[SECRET_HEADER],
                   request=s.ReopenSerializer, responses={200: s.TrackedReportSerializer,
                                                          **errors(*WRITE_PUBLIC, 409)})  # fmt: skip
    def post(self, request, code: str):
        return _act(request, code, "reopen", s.ReopenSerializer)


class TrackStopPhone(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Berhenti menerima kabar lewat WhatsApp/SMS", parameters=[SECRET_HEADER],
                   request=None, responses={200: PhoneConsentSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        REPORTER_ACTIONS.perform("stop_phone", user=acting_user(request, report), case=report, data={"via": "api"},
                                 request=request)  # fmt: skip
        return Response(PhoneConsentSerializer(phone_consent.consent_of(report)).data)
