"""The signed-in person's own account (/me/...): summary, the "Data saya" ZIP, erasing the account, e-mail
preferences.

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
from pintu.apikit.schema import errors
from pintu.mydata import services
from pintu.mydata.export import zip_response
from pintu.mydata.selectors import account_summary, retention_periods
from pintu.notifications.services import preferences_of, save_preferences

TAG = ["akun saya"]
SIGNED_IN = (401, 403, 429)


def no_store(response):
    """Personal data: never kept by a cache on the way."""
    response["Cache-Control"] = "private, no-store"
    return response


class Me(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAG, summary="Data akun saya", operation_id="me",
                   responses={200: s.MeSerializer, **errors(*SIGNED_IN)})  # fmt: skip
    def get(self, request):
        user = request.user
        body = {"username": user.get_username(), **asdict(account_summary(user)), **retention_periods()}
        return no_store(Response(s.MeSerializer(body).data))


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
                "requests": result.requests, "objections": result.objections,
                "restricted": [asdict(case) for case in result.restricted]}  # fmt: skip
        return no_store(Response(s.ErasedSerializer(body).data))


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
