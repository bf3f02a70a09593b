"""A citizen's new report through the API: its input and the answer (code, secret once, status)."""

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from pintu.complaints.models import STATUS_CHOICES, Privacy, ReportKind
from pintu.complaints.services.intake import MAX_ATTACHMENTS, TEXT_MAX, TITLE_MAX
from pintu.notifications.api_fields import NotifyChannelsField
from pintu.privacy.hints import NIK_HINT

#: Accepted and ignored for one release, so clients that still send it do not break.
CONSENT_DEPRECATED = (
    "Usang (issue #18), diabaikan; akan dihapus pada rilis berikutnya. Penanganan adalah tugas pelayanan publik "
    "(UU 27/2022 Pasal 20 ayat (2) huruf c dan e), tidak bergantung pada persetujuan."
)

#: The old single privacy choice, accepted and mapped to the two flags for one release (issue #15).
PRIVACY_DEPRECATED = (
    "USANG (issue #15), dihapus pada rilis berikutnya: pilihan tunggal lama. biasa = anonim dan rahasia false; "
    "anonim = anonim saja; rahasia = rahasia saja. Gunakan `anonim` dan `rahasia`."
)
ANONIM_API_HELP = "Identitas pelapor disembunyikan dari semua petugas kecuali admin instansi (bebas dari `rahasia`)."
RAHASIA_API_HELP = "Laporan tidak tampil kepada publik; hanya pelapor dan petugas yang menangani (bebas dari `anonim`)."


def _submit_fields() -> dict:
    return {
        "kind": serializers.ChoiceField(choices=ReportKind.choices, default=ReportKind.PENGADUAN),
        "title": serializers.CharField(max_length=TITLE_MAX * 2),
        "text": serializers.CharField(max_length=TEXT_MAX * 2),
        "category": serializers.IntegerField(required=False, allow_null=True, help_text="id dari /categories/"),
        "kecamatan": serializers.IntegerField(help_text="id kecamatan dari /areas/"),
        "desa": serializers.IntegerField(required=False, allow_null=True, help_text="id desa/kelurahan dari /areas/"),
        "latitude": serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True),
        "longitude": serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True),
        "incident_date": serializers.DateField(required=False, allow_null=True),
        "anonim": serializers.BooleanField(required=False, default=False, help_text=ANONIM_API_HELP),
        "rahasia": serializers.BooleanField(required=False, default=False, help_text=RAHASIA_API_HELP),
        "privacy": serializers.ChoiceField(choices=Privacy.choices, required=False, help_text=PRIVACY_DEPRECATED),
        "name": serializers.CharField(max_length=300, required=False, allow_blank=True, default=""),
        "email": serializers.CharField(max_length=254, required=False, allow_blank=True, default=""),
        "phone": serializers.CharField(max_length=40, required=False, allow_blank=True, default=""),
        "nik": serializers.CharField(max_length=40, required=False, allow_blank=True, default="", help_text=NIK_HINT),
        "consent": serializers.BooleanField(required=False, default=False, help_text=CONSENT_DEPRECATED),
        "notify_channels": NotifyChannelsField(),
        "files": serializers.ListField(
            child=serializers.FileField(), required=False, max_length=MAX_ATTACHMENTS, help_text="multipart saja"
        ),
    }


@extend_schema_serializer(deprecate_fields=["privacy", "consent"])
class ReportSubmitSerializer(serializers.Serializer):
    """A new report. Identity fields go to the separate, protected contact record."""

    def get_fields(self):
        return _submit_fields()


class SubmittedSerializer(serializers.Serializer):
    code = serializers.CharField()
    secret = serializers.CharField(
        allow_null=True, help_text="Kode rahasia untuk melacak; null bila kiriman ulang mengembalikan laporan lama."
    )
    created = serializers.BooleanField()
    processing = serializers.BooleanField(
        help_text="Selalu false: laporan disimpan saat dikirim (tetap ada agar klien lama tidak berubah)."
    )
    status = serializers.ChoiceField(choices=STATUS_CHOICES)
