"""Staff complaint endpoints: the inbox, one report, revealing an anonim reporter, and one POST per action.

Reads start from pintu.complaints.selectors.handled_by(user): a report of another agency is a 404, as
on the web. Whether an action is offered now is the web's own decision (staff_actions.available).
"""

from datetime import date

from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.complaints import serializers_staff as s
from pintu.api.complaints.actions import ACTIONS, ApiAction
from pintu.apikit.pagination import DueFirstPagination
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors
from pintu.complaints.identity import contact_for
from pintu.complaints.models import STATUS_CHOICES
from pintu.complaints.selectors import handled_by
from pintu.complaints.services import admin
from pintu.complaints.services.base import require_admin
from pintu.complaints.suggestions import panel as routing_panel
from pintu.complaints.views.staff import EVENT_LABELS, STAFF_ROLES, actor_for
from pintu.complaints.views.staff_actions import ACTIONS as WEB_ACTIONS
from pintu.complaints.views.staff_actions import available
from pintu.complaints.views.staff_detail import _actor_text
from pintu.complaints.views.staff_inbox import CURRENT_DUE, overdue_condition
from pintu.complaints.workflow import TRANSITIONS, Actor
from pintu.history.selectors import events_visible_to

TAG = ["laporan (petugas)"]
StaffOnly = roles(*STAFF_ROLES)
RELATED = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")
NO_DUE = date(9999, 12, 31)
INBOX_PARAMS = [
    OpenApiParameter("status", str, enum=[value for value, _label in STATUS_CHOICES]),
    OpenApiParameter("agency", str, description="kode OPD yang ditugasi"),
    OpenApiParameter("overdue", bool, description="true: hanya yang lewat tenggat"),
]


def report_for(user, code: str):
    return get_object_or_404(handled_by(user).select_related(*RELATED), code=(code or "").upper())


class StaffReportList(generics.ListAPIView):
    """Reports this officer handles, the soonest due first (then by id)."""

    permission_classes = [StaffOnly]
    serializer_class = s.StaffReportListSerializer
    pagination_class = DueFirstPagination

    @extend_schema(tags=TAG, summary="Kotak masuk laporan", parameters=INBOX_PARAMS,
                   responses={200: s.StaffReportListSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        params = self.request.query_params
        qs = handled_by(self.request.user).select_related(*RELATED)
        if params.get("status") in dict(STATUS_CHOICES):
            qs = qs.filter(status=params["status"])
        if params.get("agency"):
            qs = qs.filter(assigned_agency__code=params["agency"][:40])
        if (params.get("overdue") or "").lower() in ("true", "1"):
            qs = qs.filter(overdue_condition(timezone.localdate()))
        elif (params.get("overdue") or "").lower() in ("false", "0"):
            qs = qs.exclude(overdue_condition(timezone.localdate()))
        return qs.annotate(current_due=CURRENT_DUE, due_order=Coalesce(CURRENT_DUE, NO_DUE))


def _suggestions(user, report) -> list[dict]:
    panel = routing_panel(user, report)
    if not panel:
        return []
    return [
        {"rank": c.rank, "agency": c.agency, "percent": c.percent, "suggestion": c.field} for c in panel["choices"]
    ]


def staff_body(user, report, *, contact=None) -> dict:
    actor = actor_for(user, report)
    events = list(events_visible_to(user).filter(case_type="report", case_id=report.pk).order_by("at", "pk"))

    for event in events:
        event.label = str(EVENT_LABELS.get(event.kind, event.kind))
        event.actor_text = _actor_text(event)
    web_available = {spec.name for spec in available(report, actor)}
    actions = [a.name for a in ACTIONS.values() if a.web in web_available and _actor_may(a, actor)]
    context = {
        "contact": contact or contact_for(user, report),
        "timeline": events,
        "attachments": report.attachments.all(),
        "actions": actions,
        "suggestions": _suggestions(user, report),
    }
    return s.StaffReportSerializer(report, context=context).data


def _actor_may(action: ApiAction, actor) -> bool:
    return actor == Actor.ADMIN if action.admin_only else True


class StaffReportDetail(APIView):
    permission_classes = [StaffOnly]

    @extend_schema(tags=TAG, summary="Satu laporan (petugas)", responses={200: s.StaffReportSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, code: str):
        return Response(staff_body(request.user, report_for(request.user, code)))


class RevealIdentity(APIView):
    """Admin instansi only: show who sent an anonim report. Always logged as an internal event."""

    permission_classes = [StaffOnly]

    @extend_schema(tags=TAG, summary="Buka identitas pelapor anonim", request=s.ReasonInput,
                   responses={200: s.RevealedSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, code: str):
        report = report_for(request.user, code)
        require_admin(request.user)  # before reading input: a refusal never depends on the body
        form = s.ReasonInput(data=request.data)
        form.is_valid(raise_exception=True)
        contact = admin.reveal_identity(report, user=request.user, reason=form.validated_data["reason"])
        response = Response({"contact": s.ContactSerializer(contact).data})
        response["Cache-Control"] = "private, no-store"
        return response


class ReportActionView(APIView):
    """Base of the per-action views built by `action_view`."""

    permission_classes = [StaffOnly]
    api_action: ApiAction

    def post(self, request, code: str):
        user = request.user
        report = report_for(user, code)
        actor = actor_for(user, report)
        if actor is None:
            raise exceptions.PermissionDenied(_("Anda hanya dapat melihat laporan ini."))
        spec = WEB_ACTIONS[self.api_action.web]
        if self.api_action.admin_only and actor != Actor.ADMIN:
            raise exceptions.PermissionDenied(_("Tindakan ini bukan wewenang Anda."))
        if spec not in available(report, actor):
            may_ever = actor in TRANSITIONS[spec.transition].actors if spec.transition else actor == Actor.ADMIN
            if not may_ever:
                raise exceptions.PermissionDenied(_("Tindakan ini bukan wewenang Anda."))
            raise exceptions.ValidationError(
                _("Tindakan ini tidak tersedia untuk laporan berstatus %(status)s.") % {"status": report.status_label}
            )
        form = self.api_action.serializer(data=request.data, context={"user": user, "report": report})
        form.is_valid(raise_exception=True)
        message, created = self.api_action.run(request, report, form.validated_data, actor)
        still_visible = handled_by(user).filter(pk=report.pk).exists()
        return Response({"detail": message, "report": report.code if still_visible else None, "created": created})


def action_view(action: ApiAction):
    media = ["multipart/form-data", "application/json"] if action.multipart else ["application/json",
                                                                                    "multipart/form-data"]  # fmt: skip
    request = dict.fromkeys(media, action.serializer)

    def post(self, request, code: str):
        return ReportActionView.post(self, request, code)

    view = type(f"Report_{action.name.replace('-', '_')}", (ReportActionView,), {"api_action": action, "post": post})
    view.post = extend_schema(
        tags=TAG, summary=action.summary, operation_id=f"staff_report_{action.name.replace('-', '_')}",
        request=request, responses={200: s.ActionResultSerializer, **errors(*STAFF)},
    )(view.post)  # fmt: skip
    return view


ACTION_VIEWS = {name: action_view(action) for name, action in ACTIONS.items()}
