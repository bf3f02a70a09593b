"""A reporter (own account, or `X-Tracking-Secret`) erases their name, contact and NIK from one report.

The same service as the tracking page's button (pintu.mydata.services.erase_report_contact), the same audit
entry; the report goes on anonymously.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.account import serializers as s
from pintu.api.account.me import no_store
from pintu.apikit.schema import WRITE_PUBLIC, errors
from pintu.complaints.api.schema import SECRET_HEADER
from pintu.complaints.api.tracking import acting_user, tracked_report
from pintu.mydata import services


class TrackReportErase(APIView):
    """The reporter (own account, or `X-Tracking-Secret`) erases their name, contact and NIK from one report
    (pintu.mydata.services.erase_report_contact); the report goes on anonymously."""

    @extend_schema(tags=["laporan (publik)"], summary="Hapus data pribadi saya dari laporan ini",
                   operation_id="track_report_erase", parameters=[SECRET_HEADER], request=s.EraseCaseInput,
                   responses={200: s.CaseErasedSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, code: str):
        report = tracked_report(request, code)
        form = s.EraseCaseInput(data=request.data)
        form.is_valid(raise_exception=True)
        outcome = services.erase_report_contact(report, confirmed=form.validated_data["confirm"],
                                                actor=acting_user(request, report), request=request)  # fmt: skip
        until = outcome.restriction.until if outcome.restricted else None
        detail = services.restricted_message(until) if until else _("Data pribadi Anda telah dihapus dari laporan ini.")
        body = {"detail": detail, "code": report.code, "restricted_until": until}
        return no_store(Response(s.CaseErasedSerializer(body).data))
