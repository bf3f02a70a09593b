"""Bodies of the officers' entry endpoints: a report recorded by an officer, and bulk verification.

The staff report input parses the same fields as the web's StaffReportForm, with the same choices and
the same sentences (pintu.complaints.services.staff_entry), so the API cannot accept what the officers'
page would refuse; the service checks the rest (text length, desa in its kecamatan, contact).
"""

from collections.abc import Mapping

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from pintu.complaints.api.serializers.submissions import (
    ANONIM_API_HELP,
    CONSENT_DEPRECATED,
    PRIVACY_DEPRECATED,
    RAHASIA_API_HELP,
)
from pintu.complaints.choices import STAFF_CHANNELS
from pintu.complaints.models import STATUS_CHOICES, Privacy, ReportKind
from pintu.complaints.services import staff_entry
from pintu.complaints.services.bulk import MAX_CODES
from pintu.complaints.services.intake import MAX_ATTACHMENTS
from pintu.privacy.hints import NIK_HINT

M = staff_entry.MESSAGES

CHANNELS = ", ".join(str(value) for value, _label in STAFF_CHANNELS)


def _messages(field: str) -> dict:
    """The entry's sentences (shared with the web's form) under their error codes."""
    return dict(M.get(field, {}))


@extend_schema_serializer(deprecate_fields=["privacy", "consent"])
class StaffReportInput(serializers.Serializer):
    # The officer's entry: the web form's fields, choices and sentences (services.staff_entry). A comment,
    # not a docstring: the schema shows a serializer's docstring as its description.

    channel = serializers.CharField(help_text=f"Saluran laporan: {CHANNELS}.", error_messages=_messages("channel"))
    kind = serializers.ChoiceField(choices=ReportKind.choices, required=False, default=ReportKind.PENGADUAN,
                                   error_messages=_messages("kind"))  # fmt: skip
    title = serializers.CharField(max_length=staff_entry.TITLE_MAX, error_messages=_messages("title"))
    text = serializers.CharField(max_length=staff_entry.TEXT_MAX, error_messages=_messages("text"))
    category = serializers.IntegerField(required=False, allow_null=True, help_text="id dari /categories/")
    kecamatan = serializers.IntegerField(help_text="id kecamatan dari /areas/", error_messages=_messages("kecamatan"))
    desa = serializers.IntegerField(required=False, allow_null=True, help_text="id desa/kelurahan dari /areas/")
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True,
                                        error_messages=_messages("latitude"))  # fmt: skip
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, required=False, allow_null=True,
                                         error_messages=_messages("longitude"))  # fmt: skip
    incident_date = serializers.DateField(required=False, allow_null=True, error_messages=_messages("incident_date"))
    anonim = serializers.BooleanField(required=False, default=False, help_text=ANONIM_API_HELP)
    rahasia = serializers.BooleanField(required=False, default=False, help_text=RAHASIA_API_HELP)
    privacy = serializers.ChoiceField(choices=Privacy.choices, required=False, help_text=PRIVACY_DEPRECATED,
                                      error_messages=_messages("privacy"))  # fmt: skip
    name = serializers.CharField(max_length=staff_entry.NAME_MAX, required=False, allow_blank=True,
                                 help_text="Wajib, kecuali anonim.")  # fmt: skip
    email = serializers.CharField(max_length=staff_entry.EMAIL_MAX, required=False, allow_blank=True)
    phone = serializers.CharField(max_length=staff_entry.PHONE_MAX, required=False, allow_blank=True)
    nik = serializers.CharField(max_length=staff_entry.NIK_MAX, required=False, allow_blank=True, help_text=NIK_HINT)
    consent = serializers.BooleanField(required=False, default=False, help_text=CONSENT_DEPRECATED)
    files = serializers.ListField(
        child=serializers.FileField(), required=False, max_length=MAX_ATTACHMENTS, help_text="multipart saja"
    )

    def to_internal_value(self, data):
        blank = [n for n in ("kind", "privacy") if isinstance(data, Mapping) and n in data and not data.get(n)]
        if blank:  # an empty kind or privacy means the form's default, as on the page
            many = getattr(data, "getlist", None)  # multipart: several files under one name
            data = {key: many(key) if many and key == "files" else data.get(key) for key in data if key not in blank}
        return super().to_internal_value(data)

    def validate_channel(self, value: str) -> str:
        if value not in dict(STAFF_CHANNELS):
            raise serializers.ValidationError(M["channel"]["invalid_choice"])
        return value

    def validate(self, attrs: dict) -> dict:
        """Ids to the areas and category the officer may choose, as the page's lists offer them."""
        user, errors = self.context["user"], {}
        choices = (
            ("category", staff_entry.categories_for_entry, _("Pilih kategori dari daftar.")),
            ("kecamatan", staff_entry.kecamatan_for_entry, M["kecamatan"]["invalid_choice"]),
            ("desa", staff_entry.desa_for_entry, M["desa"]["invalid_choice"]),
        )
        for name, options, message in choices:
            if attrs.get(name) is None:
                attrs[name] = None
                continue
            attrs[name] = options(user).filter(pk=attrs[name]).first()
            if attrs[name] is None:
                errors[name] = [str(message)]
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


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
