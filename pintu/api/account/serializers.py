"""Bodies of the account endpoints: the person's own summary, erasure input, notification choices."""

from django.utils.translation import gettext as _
from rest_framework import serializers

from pintu.notifications.models import Topic
from pintu.notifications.services import MANDATORY


class RestrictedCaseSerializer(serializers.Serializer):
    """A case the law still needs: kept under restriction (hidden, unused) until `until`, then erased."""

    reference = serializers.CharField(help_text="Kode laporan atau nomor permohonan/keberatan.")
    kind = serializers.CharField()
    reason = serializers.CharField()
    until = serializers.DateField()


class MeSerializer(serializers.Serializer):
    """What the "Data saya" page shows: contact masked, counts of one's own cases, retention periods. The full
    name is left out (the caller knows whose token it holds; a leaked token then reveals less, and an anonim
    reporter's name appears in no API answer at all)."""

    username = serializers.CharField()
    email_masked = serializers.CharField(help_text="E-mail tersamar, mis. s***@example.com; kosong bila tidak ada.")
    phone_masked = serializers.CharField()
    may_erase = serializers.BooleanField(help_text="false untuk akun petugas: penghapusan lewat admin sistem.")
    report_count = serializers.IntegerField()
    request_count = serializers.IntegerField()
    objection_count = serializers.IntegerField()
    retention_years_reports = serializers.IntegerField()
    retention_years_requests = serializers.IntegerField()
    retention_days_identity = serializers.IntegerField()
    restricted_on_erasure = RestrictedCaseSerializer(
        many=True, help_text="Kasus yang akan dibatasi (bukan dihapus) bila akun dihapus sekarang, dan sampai kapan."
    )


class EraseAccountInput(serializers.Serializer):
    """Only collects; pintu.mydata.services.erase_account checks the password and the consent."""

    password = serializers.CharField(required=False, allow_blank=True, default="", trim_whitespace=False,
                                     max_length=4096, help_text="Kata sandi akun, diminta lagi.")  # fmt: skip
    confirm = serializers.BooleanField(required=False, default=False, help_text="Harus true.")


class ErasedSerializer(serializers.Serializer):
    detail = serializers.CharField()
    reports = serializers.IntegerField()
    requests = serializers.IntegerField()
    objections = serializers.IntegerField()
    restricted = RestrictedCaseSerializer(many=True, help_text="Kasus yang dibatasi, bukan dihapus, dan sampai kapan.")


class EraseCaseInput(serializers.Serializer):
    confirm = serializers.BooleanField(required=False, default=False, help_text="Harus true.")


class CaseErasedSerializer(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    restricted_until = serializers.DateField(
        allow_null=True, help_text="Bila laporan masih harus disimpan sebagai arsip: dibatasi sampai tanggal ini."
    )


def _topic_help(topic: Topic) -> str:
    return f"{topic.label}" + (" (selalu dikirim; tidak dapat dimatikan)" if topic in MANDATORY else "")


class NotificationPreferencesSerializer(serializers.Serializer):
    """One boolean per topic: true = send e-mail. PUT needs every topic that can be switched off, PATCH only
    the ones to change; a mandatory topic stays true whatever is sent (the web page's disabled checkbox)."""

    def get_fields(self):
        return {
            topic.value: serializers.BooleanField(required=topic not in MANDATORY, help_text=_topic_help(topic))
            for topic in Topic
        }

    def validate(self, attrs):
        unknown = sorted(set(getattr(self, "initial_data", {}) or {}) - set(Topic.values))
        if unknown:
            message = _("Topik pemberitahuan tidak dikenal: %(names)s.") % {"names": ", ".join(unknown)}
            raise serializers.ValidationError(message)
        return attrs
