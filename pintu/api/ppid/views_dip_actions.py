"""The PPID Utama's decisions on a DIP row: publish and withdraw (the web's staff_dip.publish / withdraw).

The row is read through dip_items_visible_to (404 otherwise); who may decide is checked with the same
rule as the services (pintu.ppid.services.permissions.require_utama) before any input is read; then
the same service the web calls.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.ppid import serializers as s
from pintu.api.ppid.serializers_more import DipWithdrawInput
from pintu.api.ppid.views_dip import TAG, item_for
from pintu.api.ppid.views_staff import PpidStaff
from pintu.apikit.schema import STAFF, errors
from pintu.ppid import services
from pintu.ppid.services.permissions import require_utama


class StaffDipPublish(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Umumkan informasi DIP (PPID Utama)", request=None,
                   responses={200: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        require_utama(request.user, _("Hanya PPID Utama yang dapat mengumumkan informasi dalam DIP."))
        item = services.publish_dip_item(request.user, item)
        return Response(s.StaffDipItemSerializer(item).data)


class StaffDipWithdraw(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Tarik informasi dari DIP (PPID Utama)", request=DipWithdrawInput,
                   responses={200: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        require_utama(request.user, _("Hanya PPID Utama yang dapat menarik informasi dari DIP."))
        form = DipWithdrawInput(data=request.data)
        form.is_valid(raise_exception=True)
        item = services.withdraw_dip_item(request.user, item, form.validated_data["reason"])
        return Response(s.StaffDipItemSerializer(item).data)
