"""The signed-in citizen's own reports (the web's "Laporan saya")."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, generics

from pintu.apikit.schema import list_schema
from pintu.complaints.api.schema import PUBLIC_TAG, REPORT_RELATED
from pintu.complaints.api.serializers.reports import PublicReportListSerializer
from pintu.complaints.selectors import reports_visible_to


@list_schema(tags=PUBLIC_TAG, summary="Laporan saya", codes=(401, 403, 404, 429))
class MyReports(generics.ListAPIView):
    """The signed-in citizen's own reports."""

    serializer_class = PublicReportListSerializer

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated(_("Masuk terlebih dahulu."))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        user = self.request.user
        return reports_visible_to(user).filter(reporter_user=user).select_related(*REPORT_RELATED)
