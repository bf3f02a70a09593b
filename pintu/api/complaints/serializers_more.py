"""Bodies of the last complaint endpoints: a report recorded by an officer, and bulk verification.

The staff report input is documented here; it is parsed by the web's own StaffReportForm (same fields,
same choices, same messages), so the API cannot accept what the officers' page would refuse.
"""

from rest_framework import serializers

from pintu.api.complaints.serializers_public import CONSENT_DEPRECATED
from pintu.complaints.forms_staff import STAFF_CHANNELS
from pintu.complaints.models import STATUS_CHOICES, Privacy, ReportKind
from pintu.complaints.services.bulk import MAX_CODES
from pintu.complaints.services.intake import MAX_ATTACHMENTS

CHANNELS = ", ".join(str(value) for value, _label in STAFF_CHANNELS)


class StaffReportInput(serializers.Serializer):
    channel = serializers.CharField(help_text=f"Saluran laporan: {CHANNELS}.")
    kind = serializers.ChoiceField(choices=ReportKind.choices, required=False, default=ReportKind.PENGADUAN)
    title = serializers.CharField(max_length=150)
    text = serializers.CharField(max_length=10_000)
    category = serializers.IntegerField(required=False, allow_null=True, help_text="id dari /categories/")
    kecamatan = serializers.IntegerField(help_text="id kecamatan dari /areas/")
    desa = serializers.IntegerField(required=False, allow_null=True, help_text="id desa/kelurahan dari /areas/")
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True)
    incident_date = serializers.DateField(required=False, allow_null=True)
    privacy = serializers.ChoiceField(choices=Privacy.choices, required=False, default=Privacy.BIASA)
    name = serializers.CharField(max_length=150, required=False, allow_blank=True, help_text="Wajib, kecuali anonim.")
    email = serializers.CharField(max_length=254, required=False, allow_blank=True)
    phone = serializers.CharField(max_length=20, required=False, allow_blank=True)
    nik = serializers.CharField(max_length=20, required=False, allow_blank=True)
    consent = serializers.BooleanField(required=False, default=False, help_text=CONSENT_DEPRECATED)
    files = serializers.ListField(
        child=serializers.FileField(), required=False, max_length=MAX_ATTACHMENTS, help_text="multipart saja"
    )


class StaffSubmittedSerializer(serializers.Serializer):
    """The answer to an officer's entry: the secret once (it is stored hashed), to hand to the citizen."""

    code = serializers.CharField()
    secret = serializers.CharField(allow_null=True, help_text="Kode rahasia; null bila kiriman ulang (kunci sama).")
    created = serializers.BooleanField()
    status = serializers.ChoiceField(choices=STATUS_CHOICES)
    can_open = serializers.BooleanField(help_text="Apakah laporan ini terlihat di kotak masuk petugas ini.")


class BulkVerifyInput(serializers.Serializer):
    codes = serializers.ListField(
        child=serializers.CharField(max_length=40), max_length=MAX_CODES,
        help_text=f"Kode laporan di antrean verifikasi, paling banyak {MAX_CODES}.",
    )  # fmt: skip


class BulkFailureSerializer(serializers.Serializer):
    code = serializers.CharField()
    detail = serializers.CharField(source="message")


class BulkVerifiedSerializer(serializers.Serializer):
    verified = serializers.ListField(child=serializers.CharField())
    failed = BulkFailureSerializer(many=True)
