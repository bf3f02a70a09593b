"""A citizen submits a report through the API (the web's intake wizard in one call).

The report is stored in the request through the one entry point, services.intake.submit_report (201),
with or without attachments. A retry with the same Idempotency-Key answers 200 with the first report's code.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from pintu.agencies.models import Area
from pintu.apikit.idempotency import IDEMPOTENCY_HEADER, scoped_key
from pintu.apikit.schema import WRITE_PUBLIC, errors
from pintu.apikit.uploads import cleaned_files
from pintu.categories.models import Category
from pintu.complaints.api.schema import PUBLIC_TAG
from pintu.complaints.api.serializers import submissions as s
from pintu.complaints.models import Channel
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.security.throttles import ApiSubmitThrottle


class ReportSubmit(APIView):
    throttle_classes = [*api_settings.DEFAULT_THROTTLE_CLASSES, ApiSubmitThrottle]  # same limit as the web form

    @extend_schema(
        tags=PUBLIC_TAG, summary="Kirim laporan baru", parameters=[IDEMPOTENCY_HEADER],
        request={"application/json": s.ReportSubmitSerializer, "multipart/form-data": s.ReportSubmitSerializer},
        responses={201: s.SubmittedSerializer, 200: s.SubmittedSerializer,
                   **errors(*WRITE_PUBLIC, 422)},
        description="Laporan disimpan saat dikirim, dengan atau tanpa lampiran: jawabannya 201 dengan kode, kode "
        "rahasia dan status laporan. Kiriman ulang dengan Idempotency-Key yang sama dan isi yang sama: 200; "
        "dengan isi lain: 422.",
    )  # fmt: skip
    def post(self, request):
        key = scoped_key(request)
        form = s.ReportSubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        user = request.user if request.user.is_authenticated else None
        draft = ReportDraft.from_payload(  # areas and categories: what the public may choose (active ones)
            data, areas=Area.objects.filter(active=True), categories=Category.objects.filter(active=True),
            channel=Channel.API, files=cleaned_files(request), idempotency_key=key, reporter_user=user,
        )  # fmt: skip
        if data.get("category") and draft.category is None:
            raise exceptions.ValidationError({"category": [_("Pilih kategori dari daftar.")]})
        if data.get("desa") and draft.desa is None:
            raise exceptions.ValidationError({"desa": [_("Desa/kelurahan itu tidak ada di kecamatan yang dipilih.")]})
        done = submit_report(draft)
        body = {"code": done.report.code, "secret": done.secret, "created": done.created, "processing": False,
                "status": done.report.status}  # fmt: skip
        return Response(body, status=201 if done.created else 200)  # = SubmittedSerializer(body).data
