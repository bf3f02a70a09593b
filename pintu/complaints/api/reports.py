"""The public register through the API: the list of public reports and one public report.

The same selector as the web's pages (pintu.complaints.selectors.public_reports: verified, not rahasia,
not archived) and the same public timeline; never who sent a report.
"""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, errors, list_schema
from pintu.complaints.api.schema import PUBLIC_TAG, REPORT_RELATED
from pintu.complaints.api.serializers import reports as s
from pintu.complaints.identity import reporter_names
from pintu.complaints.models import Report
from pintu.complaints.public_text import public_attachments, public_events
from pintu.complaints.selectors import public_reports
from pintu.history.models import Visibility
from pintu.history.selectors import public_timeline


@list_schema(tags=PUBLIC_TAG, summary="Daftar laporan publik", codes=READ_PUBLIC)
class PublicReportList(generics.ListAPIView):
    serializer_class = s.PublicReportListSerializer

    def get_queryset(self):
        return public_reports().select_related(*REPORT_RELATED)


def public_context(report: Report) -> dict:
    events = public_timeline("report", report.pk).order_by("at", "pk")  # = events_visible_to(anonymous), fast
    attachments = report.attachments.filter(visibility=Visibility.PUBLIC)
    # reasons and file names as the public reads them: personal data replaced by markers (public_text)
    names = reporter_names(report)  # read once for both
    return {"events": public_events(report, events, names=names),
            "attachments": public_attachments(report, attachments, names=names)}  # fmt: skip


class PublicReportDetail(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Satu laporan publik", responses={200: s.PublicReportSerializer,
                   **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, code: str):
        report = get_object_or_404(public_reports().select_related(*REPORT_RELATED), code=code.upper())
        return Response(s.PublicReportSerializer(report, context=public_context(report)).data)
