"""The signed-in person's own account: summary, the "Data saya" ZIP, erasing the account, e-mail preferences;
and a guest reporter erasing their identity from one report.

Same services as the web pages (pintu.mydata.services, pintu.notifications.services), same audit entries.
Every operation acts on `request.user` only: there is no way to name another account. Erasing the account
asks for the password again even with a valid token, so a stolen token alone cannot close an account.
"""

from dataclasses import asdict

from django.contrib.auth import logout
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.account import serializers as s
from pintu.apikit.schema import WRITE_PUBLIC, errors
from pintu.complaints.api.schema import SECRET_HEADER
from pintu.complaints.api.tracking import acting_user, tracked_report
from pintu.mydata import services
from pintu.mydata.export import zip_response
from pintu.mydata.selectors import account_summary, retention_periods
from pintu.notifications.services import preferences_of, save_preferences

TAG = ["akun saya"]
SIGNED_IN = (401, 403, 429)


def _no_store(response):
    response["Cache-Control"] = "private, no-store"
    return response


class Me(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAG, summary="Data akun saya", operation_id="me",
                   responses={200: s.MeSerializer, **errors(*SIGNED_IN)})  # fmt: skip
    def get(self, request):
        user = request.user
        body = {"username": user.get_username(), **asdict(account_summary(user)), **retention_periods()}
        return _no_store(Response(s.MeSerializer(body).data))


class MeExport(APIView):
    """The same ZIP as the web's "Unduh data saya" (data.json and files/), audited as "mydata.export"."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        tags=TAG, summary="Unduh semua data saya (ZIP)", operation_id="me_export", request=None,
        responses={(200, "application/zip"): OpenApiResponse(OpenApiTypes.BINARY, description="ZIP"),
                   **errors(*SIGNED_IN)},
    )  # fmt: skip
    def post(self, request):
        return zip_response(services.export_account(request.user, request=request))


class MeErase(APIView):
    """Close the account and erase its personal data (pintu.mydata.services.erase_account). Officers are
    refused with the same sentence as on the web (400); the password is asked again."""

    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAG, summary="Hapus akun dan data pribadi saya", operation_id="me_erase",
                   request=s.EraseAccountInput,
                   responses={200: s.ErasedSerializer, **errors(400, *SIGNED_IN)})  # fmt: skip
    def post(self, request):
        form = s.EraseAccountInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        result = services.erase_account(request.user, password=data["password"], confirmed=data["confirm"],
                                        request=request)  # fmt: skip
        if request.auth is None:  # signed in by session: end it, as the web does (tokens are revoked already)
            logout(request._request)
        body = {"detail": _("Akun Anda telah ditutup dan data pribadi Anda telah dihapus."), "reports": result.reports,
                "requests": result.requests, "objections": result.objections}  # fmt: skip
        return _no_store(Response(s.ErasedSerializer(body).data))


class MeNotifications(APIView):
    """E-mail preferences per topic (the web's /akun/notifikasi/)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAG, summary="Pengaturan pemberitahuan e-mail", operation_id="me_notifications",
                   responses={200: s.NotificationPreferencesSerializer, **errors(*SIGNED_IN)})  # fmt: skip
    def get(self, request):
        return Response(preferences_of(request.user))

    @extend_schema(tags=TAG, summary="Simpan semua pengaturan pemberitahuan", operation_id="me_notifications_put",
                   request=s.NotificationPreferencesSerializer,
                   responses={200: s.NotificationPreferencesSerializer, **errors(400, *SIGNED_IN)})  # fmt: skip
    def put(self, request):
        return self._save(request, partial=False)

    @extend_schema(tags=TAG, summary="Ubah sebagian pengaturan pemberitahuan", operation_id="me_notifications_patch",
                   request=s.NotificationPreferencesSerializer,
                   responses={200: s.NotificationPreferencesSerializer, **errors(400, *SIGNED_IN)})  # fmt: skip
    def patch(self, request):
        return self._save(request, partial=True)

    def _save(self, request, *, partial: bool):
        form = s.NotificationPreferencesSerializer(data=request.data, partial=partial)
        form.is_valid(raise_exception=True)
        return Response(save_preferences(request.user, dict(form.validated_data)))


class TrackReportErase(APIView):
    """The reporter (own account, or `X-Tracking-Secret`) erases their name, contact and NIK from one report
    (pintu.mydata.services.erase_report_contact); the report goes on anonymously."""

    @extend_schema(tags=["laporan (publik)"], summary="Hapus data pribadi saya dari laporan ini",
                   operation_id="track_report_erase", parameters=[SECRET_HEADER], request=s.EraseCaseInput,
                   responses={200: s.CaseErasedSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.EraseCaseInput(data=request.data)
        form.is_valid(raise_exception=True)
        services.erase_report_contact(report, confirmed=form.validated_data["confirm"],
                                      actor=acting_user(request, report), request=request)  # fmt: skip
        body = {"detail": _("Data pribadi Anda telah dihapus dari laporan ini."), "code": report.code}
        return _no_store(Response(s.CaseErasedSerializer(body).data))
