"""Similar open public reports before submitting: the wizard's step complaints:intake_similar on the API.

The same selector as the page (pintu.complaints.selectors.similar_open_reports: public reports only, in
the same kecamatan and desa, re-ranked by pintu.complaints.related), answered with the public list fields
and the similarity score. A POST because the draft's text can be long; nothing is stored.
"""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, errors
from pintu.complaints.api.schema import PUBLIC_TAG
from pintu.complaints.api.serializers.similar import SimilarInput, SimilarResultSerializer
from pintu.complaints.selectors import similar_open_reports


class SimilarReports(APIView):
    """Before submitting: open public reports like this one (the reporter may follow one instead)."""

    @extend_schema(tags=PUBLIC_TAG, summary="Laporan serupa yang sedang ditangani", request=SimilarInput,
                   responses={200: SimilarResultSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def post(self, request):
        form = SimilarInput(data=request.data, context={"user": request.user})
        form.is_valid(raise_exception=True)
        data = form.validated_data
        similar = similar_open_reports(kecamatan=data["kecamatan"], desa=data["desa"],
                                       text=f"{data['title']}\n{data['text']}")  # fmt: skip
        return Response(SimilarResultSerializer({"results": similar}).data)
