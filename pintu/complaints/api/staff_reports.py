"""Staff complaint endpoints: the inbox, one report, and revealing an anonim reporter.

Reads start from pintu.complaints.selectors.handled_by(user): a report of another agency is a 404, as
on the web. The inbox orders and filters as the web's inbox does (pintu.complaints.inbox); a report's
`actions` are pintu.complaints.actions.ACTIONS.available, named by their API paths (staff_actions.py).
"""

from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.pagination import DueFirstPagination
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors, list_schema
from pintu.complaints import figures
from pintu.complaints.actions import ACTIONS
from pintu.complaints.api.schema import STAFF_TAG
from pintu.complaints.api.serializers import staff_reports as s
from pintu.complaints.api.serializers.staff_actions import API_ACTIONS, ReasonInput
from pintu.complaints.identity import contact_for
from pintu.complaints.inbox import CURRENT_DUE, NO_DUE, overdue_condition
from pintu.complaints.models import STATUS_CHOICES
from pintu.complaints.permissions import STAFF_ROLES
from pintu.complaints.selectors import handled_by
from pintu.complaints.services import admin
from pintu.complaints.services.base import require_admin
from pintu.complaints.suggestions import suggestion_choices
from pintu.complaints.timeline import staff_events

StaffOnly = roles(*STAFF_ROLES)
RELATED = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")
INBOX_PARAMS = [
    OpenApiParameter("status", str, enum=[value for value, _label in STATUS_CHOICES]),
    OpenApiParameter("agency", str, description="kode OPD yang ditugasi"),
    OpenApiParameter("overdue", bool, description="true: hanya yang lewat tenggat"),
]


def report_for(user, code: str):
    return get_object_or_404(handled_by(user).select_related(*RELATED), code=(code or "").upper())


@list_schema(tags=STAFF_TAG, summary="Kotak masuk laporan", parameters=INBOX_PARAMS, codes=STAFF)
class StaffReportList(generics.ListAPIView):
    """Reports this officer handles, the soonest due first (then by id)."""

    permission_classes = [StaffOnly]
    serializer_class = s.StaffReportListSerializer
    pagination_class = DueFirstPagination

    def get_queryset(self):
        params = self.request.query_params
        qs = handled_by(self.request.user).select_related(*RELATED)
        if params.get("status") in dict(STATUS_CHOICES):
            qs = qs.filter(status=params["status"])
        if params.get("agency"):
            qs = qs.filter(assigned_agency__code=params["agency"][:40])
        if (params.get("overdue") or "").lower() in ("true", "1"):
            qs = figures.overdue(qs, timezone.localdate())  # the workspace card's and the inbox tab's function
        elif (params.get("overdue") or "").lower() in ("false", "0"):
            qs = qs.exclude(overdue_condition(timezone.localdate()))
        return qs.annotate(current_due=CURRENT_DUE, due_order=Coalesce(CURRENT_DUE, NO_DUE))


def staff_body(user, report, *, contact=None) -> dict:
    context = {
        "contact": contact or contact_for(user, report),
        "timeline": staff_events(user, report),
        "attachments": report.attachments.all(),
        "actions": [API_ACTIONS[a.name].name for a in ACTIONS.available(user, report) if a.name in API_ACTIONS],
        "suggestions": suggestion_choices(user, report),
    }
    return s.StaffReportSerializer(report, context=context).data


class StaffReportDetail(APIView):
    permission_classes = [StaffOnly]

    @extend_schema(tags=STAFF_TAG, summary="Satu laporan (petugas)", responses={200: s.StaffReportSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, code: str):
        return Response(staff_body(request.user, report_for(request.user, code)))


class RevealIdentity(APIView):
    """Admin instansi only: show who sent an anonim report. Always logged as an internal event."""

    permission_classes = [StaffOnly]

    @extend_schema(tags=STAFF_TAG, summary="Buka identitas pelapor anonim", request=ReasonInput,
                   responses={200: s.RevealedSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, code: str):
        report = report_for(request.user, code)
        require_admin(request.user)  # before reading input: a refusal never depends on the body
        form = ReasonInput(data=request.data)
        form.is_valid(raise_exception=True)
        contact = admin.reveal_identity(
            report, user=request.user, reason=form.validated_data["reason"], http_request=request
        )
        response = Response({"contact": s.ContactSerializer(contact).data})
        response["Cache-Control"] = "private, no-store"
        return response
