"""The last public PPID pages on the API: the DIK in force (the web's ppid:dik_list), the published annual
reports (ppid:annual_list) and the objections as their requester tracks them (ppid:objection_track).

Each reads from the same selector or service as its page. The objection is reached through its request,
proved as on api:ppid_track_request (the requester's account, or the X-Tracking-Secret header,
rate-limited); an objection of another request is the same 404 as one that does not exist.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.ppid import serializers_public_more as p
from pintu.api.ppid.serializers import ObjectionSerializer
from pintu.api.ppid.views_public import SECRET_HEADER, TAG, tracked_request
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import READ_PUBLIC, errors
from pintu.history.selectors import timeline_for_reporter
from pintu.ppid.annual import services as annual_services
from pintu.ppid.models import DikStatus
from pintu.ppid.models_objections import Dispute, Objection
from pintu.ppid.objections import clocks
from pintu.ppid.objections import workflow as wf
from pintu.ppid.selectors import dik_items_visible_to
from pintu.workdays.calendar import get_calendar


class PublicDikList(generics.ListAPIView):
    """Exemptions in force, as the web's list (a draft or lifted item is never listed)."""

    serializer_class = p.PublicDikItemSerializer

    @extend_schema(tags=TAG, summary="Daftar Informasi yang Dikecualikan (DIK) yang berlaku",
                   responses={200: p.PublicDikItemSerializer(many=True), **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return dik_items_visible_to(self.request.user).filter(status=DikStatus.IN_FORCE).select_related("agency")


class PublicAnnualList(generics.ListAPIView):
    """Published annual reports (the figures frozen when published), newest year first."""

    serializer_class = p.PublicAnnualReportSerializer

    @extend_schema(tags=TAG, summary="Laporan tahunan layanan informasi yang telah diumumkan",
                   responses={200: p.PublicAnnualReportSerializer(many=True), **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return annual_services.published_reports()


def tracking_context(objection: Objection) -> dict:
    """What the web's tracking page computes for an objection (pintu.ppid.views.objections_public)."""
    try:
        dispute = objection.dispute
    except Dispute.DoesNotExist:
        dispute = None
    calendar = get_calendar()
    return {
        "objection": objection,
        "clock": clocks.objection_clock(calendar, objection),
        "dispute": dispute,
        "dispute_deadline": clocks.dispute_filing_deadline(calendar, objection),
        "may_respond": bool(wf.allowed_actions(objection.status, wf.Actor.REQUESTER)) and dispute is None,
        "events": timeline_for_reporter("objection", objection.pk).order_by("at", "pk"),
    }


class TrackObjectionList(generics.ListAPIView):
    """The objections filed on one request, for its requester (a guest learns their ids here)."""

    serializer_class = ObjectionSerializer

    @extend_schema(tags=TAG, summary="Keberatan atas satu permohonan", parameters=[SECRET_HEADER],
                   responses={200: ObjectionSerializer(many=True), **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        info = tracked_request(self.request, self.kwargs["slug"])
        return info.objections.select_related("request", "agency")


class TrackObjection(APIView):
    """The requester reads one objection on their request: status, answer, clock, dispute and timeline."""

    @extend_schema(tags=TAG, summary="Lacak keberatan", parameters=[SECRET_HEADER],
                   responses={200: p.TrackedObjectionSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, slug: str, pk: int):
        info = tracked_request(request, slug)
        objection = info.objections.select_related("request", "agency").filter(pk=checked_id(pk)).first()
        if objection is None:
            raise exceptions.NotFound(_("Keberatan tidak ditemukan."))
        return Response(p.TrackedObjectionSerializer(tracking_context(objection)).data)
