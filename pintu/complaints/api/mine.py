"""The signed-in citizen's own reports (the web's "Laporan saya")."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics

from pintu.apikit.schema import errors
from pintu.complaints.api.schema import PUBLIC_TAG, REPORT_RELATED
from pintu.complaints.api.serializers.reports import PublicReportListSerializer
from pintu.complaints.selectors import reports_visible_to


class MyReports(generics.ListAPIView):
    """The signed-in citizen's own reports."""

    serializer_class = PublicReportListSerializer

    @extend_schema(tags=PUBLIC_TAG, summary="Laporan saya", responses={200: PublicReportListSerializer(many=True),
                   **errors(401, 403, 404, 429)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated(_("Masuk terlebih dahulu."))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        user = self.request.user
        return reports_visible_to(user).filter(reporter_user=user).select_related(*REPORT_RELATED)
