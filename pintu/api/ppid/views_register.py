"""A request received at the desk, orally, by letter or e-mail, registered by the PPID Utama (the web's
staff request form, pintu/ppid/views/requests_staff.py request_create): the same fields as the public
submission plus the channel and when it was received. require_utama is checked before any input is
read; then pintu.ppid.requests.services.register_request. The secret is answered once, for the officer
to hand to the requester, as the web page shows it.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.common.idempotency import scoped_key
from pintu.api.common.schema import STAFF, errors
from pintu.api.complaints.views_public import IDEMPOTENCY_HEADER
from pintu.api.ppid import serializers as s
from pintu.api.ppid import serializers_more as m
from pintu.api.ppid.views_public import _file
from pintu.api.ppid.views_staff import TAG, PpidStaff
from pintu.ppid.requests import permissions, services


class StaffRequestRegister(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(
        tags=TAG, summary="Catat permohonan dari loket, lisan, surat, atau e-mail (PPID Utama)",
        parameters=[IDEMPOTENCY_HEADER],
        request={"multipart/form-data": m.StaffRequestRegisterInput, "application/json": m.StaffRequestRegisterInput},
        responses={201: s.PpidRequestSubmittedSerializer, 200: s.PpidRequestSubmittedSerializer,
                   **errors(*STAFF, 422)},
    )  # fmt: skip
    def post(self, request):
        permissions.require_utama(
            request.user, _("Hanya PPID Utama yang mencatat permohonan dari loket, lisan, surat, atau e-mail.")
        )
        form = m.StaffRequestRegisterInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = {k: v for k, v in form.validated_data.items() if k not in ("identity_file", "proxy_file")}
        draft = services.RequestDraft(
            **data, identity_file=_file(request, "identity_file"), proxy_file=_file(request, "proxy_file"),
            idempotency_key=scoped_key(request),
        )  # fmt: skip
        result = services.register_request(request.user, draft)
        info = result.request
        body = {"number": info.number, "slug": info.slug, "secret": result.secret, "created": result.created,
                "status": info.status}  # fmt: skip
        response = Response(s.PpidRequestSubmittedSerializer(body).data, status=201 if result.created else 200)
        response["Cache-Control"] = "no-store"
        return response
