"""What the reporter sees of their own report (code + secret, or own account) and the input of their actions."""

from rest_framework import serializers

from pintu.complaints.api.serializers.reports import PublicReportSerializer
from pintu.complaints.services.intake import MAX_ATTACHMENTS


class TrackedReportSerializer(PublicReportSerializer):
    """The reporter's own view (code + secret, or own account): reporter-only steps, their rating."""

    title = serializers.CharField(read_only=True)  # the reporter reads their own words
    text = serializers.CharField(read_only=True)
    anonim = serializers.BooleanField(read_only=True)
    rahasia = serializers.BooleanField(read_only=True)
    may_reply = serializers.BooleanField(read_only=True)
    may_rate = serializers.BooleanField(read_only=True)
    may_reopen = serializers.BooleanField(read_only=True)

    class Meta(PublicReportSerializer.Meta):
        fields = (
            *PublicReportSerializer.Meta.fields, "latitude", "longitude", "anonim", "rahasia", "rating",
            "rating_comment", "may_reply", "may_rate", "may_reopen",
        )  # fmt: skip


class ReplySerializer(serializers.Serializer):
    text = serializers.CharField(max_length=10_000)
    files = serializers.ListField(
        child=serializers.FileField(), required=False, max_length=MAX_ATTACHMENTS, help_text="multipart saja"
    )


class RateSerializer(serializers.Serializer):
    rating = serializers.IntegerField(min_value=1, max_value=5)
    comment = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")


class ReopenSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=4000)
