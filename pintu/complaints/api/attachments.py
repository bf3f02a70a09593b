"""Downloading a report's attachment through the API (the web's complaints:attachment).

The rule and the file response are pintu.complaints.attachments, as on the web; a guest reporter proves
the report with `X-Tracking-Secret` (the tracking endpoints' proof). Anyone else: 404, never 403.
"""

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, binary, errors
from pintu.complaints.api.schema import PUBLIC_TAG, SECRET_HEADER
from pintu.complaints.api.tracking import tracked_report
from pintu.complaints.attachments import attachment_by_id, may_download, serve_attachment
from pintu.files.limits import SUPPORTED_TYPES


class AttachmentDownload(APIView):
    @extend_schema(tags=PUBLIC_TAG, summary="Unduh lampiran laporan", operation_id="attachment",
                   parameters=[SECRET_HEADER],
                   responses={**binary(*sorted(SUPPORTED_TYPES)), **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, pk: int):
        item = attachment_by_id(pk)
        if item is None:
            raise Http404

        def proves_reporter() -> bool:
            """The reporter's account, or the secret header (a wrong secret: the tracking endpoints' 404)."""
            if not request.headers.get("X-Tracking-Secret") and not (
                request.user.is_authenticated and item.report.reporter_user_id == request.user.pk
            ):
                return False
            try:
                return tracked_report(request, item.report.code) is not None
            except exceptions.NotFound:  # counted as a failed guess; a handler may still download below
                return False

        if not may_download(item, request.user, proves_reporter=proves_reporter):
            raise Http404
        return serve_attachment(item, request)
