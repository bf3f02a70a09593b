"""What every PPID API module shares: the schema's tags, the staff gate (the PPID roles, as the web's
staff pages), the requester's secret header, the signed-in lists, a timeline step."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, generics, serializers

from pintu.apikit.permissions import roles
from pintu.cases.events import event_label
from pintu.history.models import Event
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


class TimelineEventSerializer(serializers.ModelSerializer):
    """One step of a case's history: its kind, its label (pintu.cases.events), when, the status change."""

    label = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = ("kind", "label", "at", "status_from", "status_to", "reason")

    def get_label(self, obj) -> str:
        return event_label(obj)
