"""Officers' entry through the API: a report recorded by an officer, and bulk verification.

* POST staff/reports/new/: the web's staff entry (complaints:staff_new): the same roles (ENTRY_ROLES), the
  same fields and sentences (serializers/staff_entry.py), the same use case (services.staff_entry).
* POST staff/reports/bulk-verify/: complaints.services.bulk.bulk_verify, as the inbox's bulk button:
  each report on its own (per-item result: `verified` and `failed` with the reason), not all-or-nothing.
"""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.idempotency import IDEMPOTENCY_HEADER, scoped_key
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors
from pintu.apikit.uploads import cleaned_files
from pintu.complaints.api.schema import STAFF_TAG
from pintu.complaints.api.serializers import staff_entry as s
from pintu.complaints.permissions import ENTRY_ROLES, STAFF_ROLES
from pintu.complaints.services import bulk, staff_entry
from pintu.complaints.services.base import require_admin


class StaffReportNew(APIView):
    permission_classes = [roles(*ENTRY_ROLES)]

    @extend_schema(
        tags=STAFF_TAG, summary="Catat laporan dari loket, telepon, atau surat", operation_id="staff_report_new",
        parameters=[IDEMPOTENCY_HEADER],
        request={"application/json": s.StaffReportInput, "multipart/form-data": s.StaffReportInput},
        responses={201: s.StaffSubmittedSerializer, 200: s.StaffSubmittedSerializer, **errors(*STAFF, 422)},
    )  # fmt: skip
    def post(self, request):
        user, key = request.user, scoped_key(request)
        form = s.StaffReportInput(data=request.data, context={"user": user})
        form.is_valid(raise_exception=True)
        files = cleaned_files(request)
        entered = staff_entry.record_report(user, {**form.validated_data, "idempotency_key": key}, files)
        submitted, report = entered.submitted, entered.submitted.report
        body = {"code": report.code, "secret": submitted.secret, "created": submitted.created, "status": report.status,
                "can_open": entered.can_open}  # fmt: skip
        response = Response(s.StaffSubmittedSerializer(body).data, status=201 if submitted.created else 200)
        response["Cache-Control"] = "private, no-store"  # the secret is answered once: it is stored hashed
        return response


class BulkVerify(APIView):
    permission_classes = [roles(*STAFF_ROLES)]

    @extend_schema(tags=STAFF_TAG, summary="Verifikasi beberapa laporan sekaligus",
                   operation_id="staff_reports_bulk_verify", request=s.BulkVerifyInput,
                   responses={200: s.BulkVerifiedSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        require_admin(request.user)  # before reading input: a refusal never depends on the body
        form = s.BulkVerifyInput(data=request.data)
        form.is_valid(raise_exception=True)
        outcome = bulk.bulk_verify(request.user, form.validated_data["codes"])
        return Response(s.BulkVerifiedSerializer(outcome).data)
