"""Who may download a report's attachment, and the file response: one rule for the web and the API.

The web's download view (complaints:attachment) and the API's (api:attachment) differ only in how a guest
proves to be the reporter (the code proven in the session, or the `X-Tracking-Secret` header); each
passes that proof as `proves_reporter`. Everyone who may not download gets a 404 from the face, never a
403: a file's existence is not confirmed to strangers.
"""

from collections.abc import Callable

from django.http import FileResponse, Http404, HttpResponse

from pintu.audit.services import audit
from pintu.complaints.models import Attachment
from pintu.complaints.selectors import handled_by, public_reports
from pintu.files.errors import UploadRejected
from pintu.files.images import IMAGE_TYPES, thumbnail
from pintu.files.limits import PDF
from pintu.history.models import Visibility


def attachment_by_id(pk: int) -> Attachment | None:
    return Attachment.objects.select_related("report").filter(pk=pk).first()


def may_download(item: Attachment, user, *, proves_reporter: Callable[[], bool]) -> bool:
    """Who may download which attachment, for the web and the API alike: a public file of a public report,
    the reporter (public and reporter files; `proves_reporter` is asked only when needed, as proving may
    cost a secret check), and the report's handlers (everything)."""
    report = item.report
    if item.visibility == Visibility.PUBLIC and public_reports().filter(pk=report.pk).exists():
        return True
    if item.visibility in (Visibility.PUBLIC, Visibility.REPORTER) and proves_reporter():
        return True
    return user.is_authenticated and handled_by(user).filter(pk=report.pk).exists()


def serve_attachment(item: Attachment, request):
    """The file of an attachment the caller may download (web and API): private headers, audited unless public."""
    try:
        handle = item.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    if item.visibility != Visibility.PUBLIC:
        audit("attachment.open", target=item, details={"report": item.report_id}, request=request)
    response = FileResponse(
        handle, content_type=item.content_type, as_attachment=item.content_type == PDF, filename=item.original_name
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def is_image(item: Attachment) -> bool:
    return item.content_type in IMAGE_TYPES


def serve_thumbnail(item: Attachment, request):
    """A small copy of an image attachment for the tracking and public pages: the same permission check as
    the file (the caller's may_download), the same private headers and audit; 404 for what is no image."""
    if not is_image(item):
        raise Http404
    try:
        with item.file.open("rb") as handle:
            content = thumbnail(handle.read(), item.content_type)
    except (FileNotFoundError, ValueError, UploadRejected):
        raise Http404 from None
    if item.visibility != Visibility.PUBLIC:
        audit("attachment.thumbnail", target=item, details={"report": item.report_id}, request=request)
    response = HttpResponse(content, content_type=item.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
