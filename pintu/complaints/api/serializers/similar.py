"""The "similar reports" step on the API: where and what the draft says, and the open reports like it."""

from django.utils.translation import gettext as _
from rest_framework import serializers

from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.models import AreaLevel
from pintu.apikit.ids import MAX_ID
from pintu.complaints.api.serializers.reports import PublicReportListSerializer
from pintu.complaints.services.intake import TEXT_MAX, TITLE_MAX


class SimilarInput(serializers.Serializer):
    """Where and what, as the draft report would be submitted to api:report_submit."""

    kecamatan = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="id kecamatan dari /areas/")
    desa = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False, allow_null=True,
                                    help_text="id desa/kelurahan dari /areas/")  # fmt: skip
    title = serializers.CharField(max_length=TITLE_MAX, required=False, allow_blank=True, default="")
    text = serializers.CharField(max_length=TEXT_MAX)

    def validate(self, attrs: dict) -> dict:
        areas = areas_visible_to(self.context["user"])
        kecamatan = areas.filter(pk=attrs["kecamatan"], level=AreaLevel.KECAMATAN).first()
        if kecamatan is None:
            raise serializers.ValidationError({"kecamatan": [_("Pilih kecamatan yang ada dalam daftar.")]})
        desa = None
        if attrs.get("desa"):
            desa = areas.filter(pk=attrs["desa"], parent=kecamatan).first()
            if desa is None:
                raise serializers.ValidationError({"desa": [_("Desa/kelurahan itu tidak berada di kecamatan ini.")]})
        return {**attrs, "kecamatan": kecamatan, "desa": desa}


class SimilarReportSerializer(PublicReportListSerializer):
    score = serializers.FloatField(read_only=True, help_text="Kemiripan 0..1")

    class Meta(PublicReportListSerializer.Meta):
        fields = (*PublicReportListSerializer.Meta.fields, "score")


class SimilarResultSerializer(serializers.Serializer):
    results = SimilarReportSerializer(many=True, help_text="Paling mirip lebih dulu; paling banyak 5")
