"""Interop for the admin instansi (as the web's interop:staff_* pages): the delivery log, the dead-letter
list, one delivery with its attempts, resend, subscribers with their delivery log, forwarding endpoints.

Every read starts from pintu.interop.selectors (anything else: 403 before a row is looked at, a row
that does not exist: 404); resend is the staff page's own use case (pintu.interop.services.resend: a fresh
series of attempts through the adapter, a history event on the report, an audit entry). Configuration stays in
the Django admin, as on the web.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.operations import interop_serializers as s
from pintu.apikit.ids import checked_id
from pintu.apikit.pagination import DefaultCursorPagination
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors, list_schema
from pintu.interop.models import DeliveryStatus
from pintu.interop.selectors import (
    INTEROP_ROLES,
    LOG_SIZE,
    dead_letters,
    deliveries_visible_to,
    endpoints_visible_to,
    subscriptions_visible_to,
)
from pintu.interop.services import resend

TAG = ["interoperabilitas (admin instansi)"]
InteropStaff = roles(*INTEROP_ROLES)
STATUS_PARAM = OpenApiParameter(
    "status", str, enum=list(DeliveryStatus.values), description="Saring menurut status (kosong: semua)"
)


def delivery_for(user, pk: int):
    return get_object_or_404(deliveries_visible_to(user), pk=checked_id(pk))


class DeadLetterPagination(DefaultCursorPagination):
    ordering = ("-next_attempt_at", "-pk")  # as the web's dead-letter table


@list_schema(tags=TAG, summary="Catatan pengiriman", parameters=[STATUS_PARAM], codes=STAFF)
class DeliveryList(generics.ListAPIView):
    """The delivery log, newest first; `status` as the web's filter (an unknown value: 400)."""

    permission_classes = [InteropStaff]
    serializer_class = s.InteropDeliverySerializer

    def get_queryset(self):
        qs = deliveries_visible_to(self.request.user)
        status = (self.request.query_params.get("status") or "").strip()
        if status and status not in DeliveryStatus.values:
            raise exceptions.ValidationError({"status": [_("Status pengiriman tidak dikenal.")]})
        return qs.filter(status=status) if status else qs


@list_schema(tags=TAG, summary="Daftar gagal permanen (dead letter)", codes=STAFF)
class DeadLetterList(generics.ListAPIView):
    """Deliveries that failed for good and wait for the admin's resend (the web's "Gagal permanen")."""

    permission_classes = [InteropStaff]
    serializer_class = s.InteropDeliverySerializer
    pagination_class = DeadLetterPagination

    def get_queryset(self):
        return dead_letters(self.request.user)


class DeliveryDetail(APIView):
    permission_classes = [InteropStaff]

    @extend_schema(tags=TAG, summary="Satu pengiriman dengan catatan percobaannya",
                   responses={200: s.DeliveryDetailSerializer, **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(s.DeliveryDetailSerializer(delivery_for(request.user, pk)).data)


class DeliveryResend(APIView):
    """Send a failed or dead delivery again now (the first attempt at once, then the usual retries)."""

    permission_classes = [InteropStaff]

    @extend_schema(tags=TAG, summary="Kirim ulang pengiriman yang gagal", request=None,
                   responses={200: s.ResendResultSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        delivery = resend(delivery_for(request.user, pk), user=request.user)
        delivery = delivery_for(request.user, delivery.pk)
        body = {"detail": s.resend_message(delivery), "delivery": s.DeliveryDetailSerializer(delivery).data}
        return Response(body)


@list_schema(tags=TAG, summary="Pelanggan webhook", codes=STAFF)
class SubscriptionList(generics.ListAPIView):
    permission_classes = [InteropStaff]
    serializer_class = s.WebhookSubscriptionSerializer

    def get_queryset(self):
        return subscriptions_visible_to(self.request.user)


class SubscriptionDetail(APIView):
    permission_classes = [InteropStaff]

    @extend_schema(tags=TAG, summary="Satu pelanggan webhook dengan catatan pengirimannya",
                   responses={200: s.WebhookSubscriptionDetailSerializer, **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        subscription = get_object_or_404(subscriptions_visible_to(request.user), pk=checked_id(pk))
        deliveries = deliveries_visible_to(request.user).filter(subscription=subscription)[:LOG_SIZE]
        return Response(s.WebhookSubscriptionDetailSerializer(subscription, context={"deliveries": deliveries}).data)


@list_schema(tags=TAG, summary="Tujuan pelimpahan", codes=STAFF)
class EndpointList(generics.ListAPIView):
    """Outside instansi that receive forwarded reports automatically (no addresses nor secrets)."""

    permission_classes = [InteropStaff]
    serializer_class = s.ForwardingEndpointSerializer

    def get_queryset(self):
        return endpoints_visible_to(self.request.user)
