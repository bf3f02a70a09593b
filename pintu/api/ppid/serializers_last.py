"""Input and answer shapes of the last PPID endpoints: a DIP row's files and berkala refresh, an objection
registered from paper by the PPID Utama, and the requester's own response to the objection's answer."""

from rest_framework import serializers

from pintu.api.ppid.serializers import ObjectionFileSerializer
from pintu.ppid.models import DipFile


class DipFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = DipFile
        fields = ("id", "original_name", "content_type", "size", "sha256")


class DipFilesInput(serializers.Serializer):
    """For the schema only: the files are read from request.FILES and checked by pintu.files."""

    files = serializers.ListField(child=serializers.FileField(), min_length=1, max_length=5)


class DipRefreshInput(serializers.Serializer):
    date = serializers.DateField(required=False, allow_null=True, default=None,
                                 help_text="Tanggal isi diperbarui; kosong: hari ini")  # fmt: skip


class PaperObjectionInput(ObjectionFileSerializer):
    """The web's PaperObjectionForm: the public objection's fields plus who, what and when it was received."""

    request_number = serializers.CharField(max_length=30, required=False, allow_blank=True, default="",
                                           help_text="Kosong hanya untuk alasan b tanpa permohonan")  # fmt: skip
    information = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    requester_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="",
                                           help_text="Kosong: nama pada permohonan")  # fmt: skip
    filed_on = serializers.DateField(required=False, allow_null=True, default=None,
                                     help_text="Tanggal keberatan diterima; kosong: hari ini")  # fmt: skip
    ground_arose_on = serializers.DateField(required=False, allow_null=True, default=None)
