"""The requester's own PPID files: a document of the request (notice, delivered information) and their own
identity or power-of-attorney scan.

Proof as for GET /track/ppid/requests/{slug}/ (the requester's account, or `X-Tracking-Secret`); then the
helpers the web uses serve the file (requests.documents.requester_document, identity.open_identity_file), with
the same audit entry and history event, private headers and no caching. Anyone else gets a 404.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, binary_responses
from pintu.ppid.api.common import SECRET_HEADER
from pintu.ppid.requests import identity
from pintu.ppid.requests.api.public import tracked_request
from pintu.ppid.requests.documents import requester_document, serve_bytes

TAG = ["PPID (publik)"]


class RequestDocumentDownload(APIView):
    @extend_schema(tags=TAG, summary="Unduh dokumen permohonan saya", operation_id="ppid_track_request_document",
                   parameters=[SECRET_HEADER], responses=binary_responses(*READ_PUBLIC))  # fmt: skip
    def get(self, request, slug: str, pk: int):
        return requester_document(tracked_request(request, slug), pk, request)


class RequestIdentityFileDownload(APIView):
    @extend_schema(
        tags=TAG, summary="Unduh berkas identitas saya", operation_id="ppid_track_request_identity_file",
        parameters=[SECRET_HEADER, OpenApiParameter("kind", str, OpenApiParameter.PATH, enum=list(identity.FILE_KINDS),
                                                    description="identity: KTP/akta; proxy: surat kuasa")],
        responses=binary_responses(*READ_PUBLIC),
    )  # fmt: skip
    def get(self, request, slug: str, kind: str):
        info = tracked_request(request, slug)
        try:
            opened = identity.open_identity_file(info, kind, user=request.user, as_requester=True, http_request=request)
        except (FileNotFoundError, PermissionDenied):
            raise Http404 from None
        return serve_bytes(opened.content, opened.content_type, opened.name, attachment=True)
