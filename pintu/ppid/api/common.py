"""What every PPID API module shares: the schema's tags, the staff gate (the PPID roles, as the web's
staff pages), the headers a requester or a retried submission sends."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, generics

from pintu.apikit.permissions import roles
from pintu.ppid.permissions import STAFF_ROLES

PUBLIC_TAG = ["PPID (publik)"]
STAFF_TAG = ["PPID (petugas)"]
#: Signed in with a PPID role (pintu.ppid.permissions.STAFF_ROLES); each endpoint then reads through
#: its selector (another agency's case is a 404) and asks its actions module who may act (a 403).
PpidStaff = roles(*STAFF_ROLES)
SIGNED_IN = (401, 403, 404, 429)
SECRET_HEADER = OpenApiParameter(
    "X-Tracking-Secret", str, OpenApiParameter.HEADER, required=False,
    description="Kode rahasia permohonan. Tidak perlu bila masuk sebagai akun pemohon.",
)  # fmt: skip


class SignedInList(generics.ListAPIView):
    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated(_("Masuk terlebih dahulu."))
        return super().get(request, *args, **kwargs)
