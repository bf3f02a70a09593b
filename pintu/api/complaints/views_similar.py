"""Similar open public reports before submitting: the wizard's step complaints:intake_similar on the API.

The same selector as the page (pintu.complaints.selectors.similar_open_reports: public reports only, in
the same kecamatan and desa, re-ranked by pintu.complaints.related), answered with the public list fields
and the similarity score. A POST because the draft's text can be long; nothing is stored.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.models import AreaLevel
from pintu.api.complaints.serializers_public import PublicReportListSerializer
from pintu.api.complaints.views_public import TAG
from pintu.apikit.ids import MAX_ID
from pintu.apikit.schema import READ_PUBLIC, errors
from pintu.complaints.selectors import similar_open_reports
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


class SimilarReports(APIView):
    """Before submitting: open public reports like this one (the reporter may follow one instead)."""

    @extend_schema(tags=TAG, summary="Laporan serupa yang sedang ditangani", request=SimilarInput,
                   responses={200: SimilarResultSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def post(self, request):
        form = SimilarInput(data=request.data, context={"user": request.user})
        form.is_valid(raise_exception=True)
        data = form.validated_data
        similar = similar_open_reports(kecamatan=data["kecamatan"], desa=data["desa"],
                                       text=f"{data['title']}\n{data['text']}")  # fmt: skip
        return Response(SimilarResultSerializer({"results": similar}).data)
