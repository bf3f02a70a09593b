"""The last complaint actions of the web: a report recorded by an officer, bulk verification, and
downloading an attachment with a token.

* POST staff/reports/new/: the web's staff entry (complaints:staff_new): same roles (ENTRY_ROLES), the
  web's StaffReportForm parses the input, submit_report records it with its channel and the officer.
* POST staff/reports/bulk-verify/: complaints.services.bulk.bulk_verify, as the inbox's bulk button:
  each report on its own (per-item result: `verified` and `failed` with the reason), not all-or-nothing.
* GET attachments/{id}/: the web's rule (public_track.may_download) and file response (serve_attachment);
  a guest reporter proves the report with `X-Tracking-Secret`. Anyone else: 404, never 403.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.account.views_downloads import binary_responses
from pintu.api.common.errors import NON_FIELD
from pintu.api.common.idempotency import scoped_key
from pintu.api.common.permissions import roles
from pintu.api.common.schema import READ_PUBLIC, STAFF, errors
from pintu.api.complaints import serializers_more as s
from pintu.api.complaints.views_public import IDEMPOTENCY_HEADER, SECRET_HEADER, tracked_report
from pintu.complaints.forms_staff import StaffReportForm
from pintu.complaints.models import Attachment, Privacy, ReportKind
from pintu.complaints.selectors import handled_by
from pintu.complaints.services import bulk
from pintu.complaints.services.base import require_admin
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.complaints.views.common import cleaned_files, service_errors_to_form
from pintu.complaints.views.public_track import may_download, serve_attachment
from pintu.complaints.views.staff import ENTRY_ROLES, STAFF_ROLES
from pintu.complaints.views.staff_new import DRAFT_FIELDS
from pintu.idempotency import IdempotencyConflict

TAG = ["laporan (petugas)"]


def _form_errors(form) -> exceptions.ValidationError:
    return exceptions.ValidationError(
        {(NON_FIELD if field == "__all__" else field): list(messages) for field, messages in form.errors.items()}
    )


class StaffReportNew(APIView):
    permission_classes = [roles(*ENTRY_ROLES)]

    @extend_schema(
        tags=TAG, summary="Catat laporan dari loket, telepon, atau surat", operation_id="staff_report_new",
        parameters=[IDEMPOTENCY_HEADER],
        request={"application/json": s.StaffReportInput, "multipart/form-data": s.StaffReportInput},
        responses={201: s.StaffSubmittedSerializer, 200: s.StaffSubmittedSerializer, **errors(*STAFF, 422)},
    )  # fmt: skip
    def post(self, request):
        user = request.user
        if isinstance(request.data, QueryDict):  # form or multipart: the fields without the files
            data = request.POST.copy()
        elif isinstance(request.data, dict):
            data = dict(request.data)
        else:
            raise exceptions.ValidationError(_("Kirim isian laporan sebagai objek JSON atau multipart."))
        data["idempotency_key"] = scoped_key(request)
        for name, default in (("kind", ReportKind.PENGADUAN), ("privacy", Privacy.BIASA)):  # the form's initial
            if not data.get(name):
                data[name] = default
        form = StaffReportForm(data, request.FILES, user=user)
        if not form.is_valid():
            raise _form_errors(form)
        files = cleaned_files(form, "files", (get_language() or "id")[:2])
        if files is None:
            raise _form_errors(form)
        values = {name: form.cleaned_data[name] for name in DRAFT_FIELDS}
        # The citizen's language is not the officer's: mail them in the default one (as the web does).
        draft = ReportDraft(**values, files=files, created_by=user, language=settings.LANGUAGE_CODE)
        try:
            submitted = submit_report(draft)
        except IdempotencyConflict:
            raise  # a 422 (pintu.api.common.errors), not a form error
        except ValidationError as exc:
            service_errors_to_form(form, exc)
            raise _form_errors(form) from None
        report = submitted.report
        body = {"code": report.code, "secret": submitted.secret, "created": submitted.created, "status": report.status,
                "can_open": handled_by(user).filter(pk=report.pk).exists()}  # fmt: skip
        response = Response(s.StaffSubmittedSerializer(body).data, status=201 if submitted.created else 200)
        response["Cache-Control"] = "private, no-store"  # the secret is answered once: it is stored hashed
        return response


class BulkVerify(APIView):
    permission_classes = [roles(*STAFF_ROLES)]

    @extend_schema(tags=TAG, summary="Verifikasi beberapa laporan sekaligus", operation_id="staff_reports_bulk_verify",
                   request=s.BulkVerifyInput, responses={200: s.BulkVerifiedSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        require_admin(request.user)  # before reading input: a refusal never depends on the body
        form = s.BulkVerifyInput(data=request.data)
        form.is_valid(raise_exception=True)
        outcome = bulk.bulk_verify(request.user, form.validated_data["codes"])
        return Response(s.BulkVerifiedSerializer(outcome).data)


class AttachmentDownload(APIView):
    @extend_schema(tags=["laporan (publik)"], summary="Unduh lampiran laporan", operation_id="attachment",
                   parameters=[SECRET_HEADER], responses=binary_responses(*READ_PUBLIC))  # fmt: skip
    def get(self, request, pk: int):
        item = Attachment.objects.select_related("report").filter(pk=pk).first()
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
