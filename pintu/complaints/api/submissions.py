"""A citizen submits a report through the API (the web's intake wizard in one call).

Without attachments the report is accepted in one short write and built by the worker (202,
services/accept.py); with attachments it is submitted at once (201). A retry with the same
Idempotency-Key answers 200 with the first report's code.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from pintu.apikit.idempotency import IDEMPOTENCY_HEADER, scoped_key
from pintu.apikit.schema import WRITE_PUBLIC, errors
from pintu.apikit.uploads import cleaned_files
from pintu.complaints import catalogue
from pintu.complaints.api.schema import PUBLIC_TAG
from pintu.complaints.api.serializers import submissions as s
from pintu.complaints.models import Channel
from pintu.complaints.services.accept import accept_report
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.security.throttles import ApiSubmitThrottle


class ReportSubmit(APIView):
    throttle_classes = [*api_settings.DEFAULT_THROTTLE_CLASSES, ApiSubmitThrottle]  # same limit as the web form

    @extend_schema(
        tags=PUBLIC_TAG, summary="Kirim laporan baru", parameters=[IDEMPOTENCY_HEADER],
        request={"application/json": s.ReportSubmitSerializer, "multipart/form-data": s.ReportSubmitSerializer},
        responses={201: s.SubmittedSerializer, 202: s.SubmittedSerializer, 200: s.SubmittedSerializer,
                   **errors(*WRITE_PUBLIC, 422)},
        description="Tanpa lampiran, laporan diterima lalu dibangun oleh pekerja latar: jawabannya 202 dengan kode "
        "dan kode rahasia yang langsung berlaku (`processing: true`; pelacakan menjawab 202 sampai laporan "
        "selesai dibangun, biasanya dalam hitungan detik). Dengan lampiran, atau bila pekerja sudah "
        "membangunnya, jawabannya 201 dengan status laporan. Kiriman ulang dengan Idempotency-Key yang sama "
        "dan isi yang sama: 200; dengan isi lain: 422.",
    )  # fmt: skip
    def post(self, request):
        key = scoped_key(request)
        form = s.ReportSubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        user = request.user if request.user.is_authenticated else None
        draft = ReportDraft(  # areas and categories: what the public may choose (catalogue.py: a snapshot)
            title=data["title"], text=data["text"], kind=data["kind"],
            category=catalogue.active_category(data.get("category")),
            kecamatan=catalogue.active_area(data["kecamatan"]),
            desa=catalogue.active_area(data.get("desa")),
            latitude=data.get("latitude"), longitude=data.get("longitude"), incident_date=data.get("incident_date"),
            privacy=data["privacy"], channel=Channel.API, name=data["name"], email=data["email"],
            phone=data["phone"], nik=data["nik"],
            files=cleaned_files(request), idempotency_key=key, reporter_user=user,
        )  # fmt: skip
        if data.get("category") and draft.category is None:
            raise exceptions.ValidationError({"category": [_("Pilih kategori dari daftar.")]})
        if data.get("desa") and draft.desa is None:
            raise exceptions.ValidationError({"desa": [_("Desa/kelurahan itu tidak ada di kecamatan yang dipilih.")]})
        if draft.files:
            done = submit_report(draft)
            code, secret, created, report = done.report.code, done.secret, done.created, done.report
        else:  # answered after one short write; the worker builds the report (services/accept.py)
            accepted = accept_report(draft)
            code, secret, created, report = accepted.code, accepted.secret, accepted.created, accepted.report
        body = {"code": code, "secret": secret, "created": created, "processing": report is None,
                "status": report.status if report else None}  # fmt: skip
        code_ = 200 if not created else (201 if report else 202)
        return Response(body, status=code_)  # = SubmittedSerializer(body).data, without its per-call field copies
