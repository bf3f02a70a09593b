"""Routing accuracy (as the web's routing:accuracy, /staf/rute/): per model version, how often the
suggested agency was the final one, and the trained models. Admin instansi and pimpinan, like the page;
the figures come from the same selectors (pintu.routing.selectors)."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, errors
from pintu.routing.selectors import ACCURACY_ROLES, accuracy_by_version, trained_models

TAG = ["rute (admin instansi, pimpinan)"]


class VersionAccuracySerializer(serializers.Serializer):
    version = serializers.CharField(help_text='"model-vN" atau "profil"')
    made = serializers.IntegerField(help_text="Saran dibuat")
    decided = serializers.IntegerField(help_text="Saran yang laporannya sudah punya instansi akhir")
    top1 = serializers.IntegerField()
    top3 = serializers.IntegerField()
    taken = serializers.IntegerField(help_text="Saran yang dipakai admin")
    needs_person = serializers.IntegerField()
    top1_accuracy = serializers.FloatField(allow_null=True, help_text="top1 / decided (0-1); null bila belum ada")
    top3_accuracy = serializers.FloatField(allow_null=True)
    taken_share = serializers.FloatField(allow_null=True)
    first = serializers.DateTimeField(allow_null=True)
    last = serializers.DateTimeField(allow_null=True)


class TrainedModelSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    label = serializers.CharField()
    created_at = serializers.DateTimeField()
    trained_on = serializers.IntegerField(help_text="Jumlah contoh")
    active = serializers.BooleanField()


class RoutingAccuracySerializer(serializers.Serializer):
    versions = VersionAccuracySerializer(many=True)
    models = TrainedModelSerializer(many=True)


class RoutingAccuracy(APIView):
    permission_classes = [roles(*ACCURACY_ROLES)]

    @extend_schema(tags=TAG, summary="Ketepatan saran instansi per versi model",
                   responses={200: RoutingAccuracySerializer, **errors(*STAFF)})  # fmt: skip
    def get(self, request):
        user = request.user
        body = {"versions": accuracy_by_version(user), "models": trained_models(user)}
        return Response(RoutingAccuracySerializer(body).data)
