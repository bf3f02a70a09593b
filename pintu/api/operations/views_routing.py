"""Routing accuracy (as the web's routing:accuracy, /staf/rute/): per model version, how often the
suggested agency was the final one, and the trained models. Admin instansi and pimpinan, like the page;
the figures come from the same selectors (pintu.routing.selectors)."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.operations import serializers as s
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors
from pintu.routing.selectors import ACCURACY_ROLES, accuracy_by_version, trained_models

TAG = ["rute (admin instansi, pimpinan)"]


class RoutingAccuracy(APIView):
    permission_classes = [roles(*ACCURACY_ROLES)]

    @extend_schema(tags=TAG, summary="Ketepatan saran instansi per versi model",
                   responses={200: s.RoutingAccuracySerializer, **errors(*STAFF)})  # fmt: skip
    def get(self, request):
        user = request.user
        body = {"versions": accuracy_by_version(user), "models": trained_models(user)}
        return Response(s.RoutingAccuracySerializer(body).data)
