"""What handlers see of a report: the inbox rows, one report with its timeline, the reporter's contact.

The reporter's contact comes only from pintu.complaints.identity.contact_for (hidden for anonim
reports, always); timeline actors come from pintu.complaints.timeline, which never names a reporter.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.complaints.api.serializers.reports import AttachmentSerializer, PublicReportListSerializer
from pintu.complaints.models import Channel
from pintu.history.models import Event


class ContactSerializer(serializers.Serializer):
    """identity.ContactView: `hidden` true means nothing about the reporter may be shown."""

    hidden = serializers.BooleanField()
    name = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()
    nik_masked = serializers.CharField()
    note = serializers.CharField()


class StaffEventSerializer(serializers.ModelSerializer):
    label = serializers.CharField(read_only=True)
    actor = serializers.CharField(
        source="actor_text", read_only=True, help_text="Nama petugas dan perannya; pelapor selalu 'Pelapor'."
    )
    agency = AgencyRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Event
        fields = ("id", "kind", "label", "at", "actor", "actor_role", "visibility", "status_from", "status_to",
                  "reason", "agency")  # fmt: skip


class SuggestionChoiceSerializer(serializers.Serializer):
    rank = serializers.IntegerField()
    agency = AgencyRefSerializer()
    percent = serializers.IntegerField()
    suggestion = serializers.CharField(help_text="Kirim nilai ini sebagai `suggestion` pada disposisi.")


class StaffReportListSerializer(PublicReportListSerializer):
    title = serializers.CharField(read_only=True)  # the reporter's own words: handlers see the original
    anonim = serializers.BooleanField(read_only=True, help_text="Identitas pelapor disembunyikan.")
    rahasia = serializers.BooleanField(read_only=True, help_text="Laporan tidak tampil kepada publik.")
    channel = serializers.ChoiceField(choices=Channel.choices, read_only=True)
    forwarded_to = AgencyRefSerializer(read_only=True, allow_null=True)
    current_due = serializers.DateField(read_only=True, allow_null=True)

    class Meta(PublicReportListSerializer.Meta):
        fields = (
            *PublicReportListSerializer.Meta.fields, "anonim", "rahasia", "channel", "forwarded_to",
            "berkadar_pengawasan", "bounce_count", "bounce_flagged", "verify_due", "first_response_due", "resolve_due",
            "autoclose_due", "current_due",
        )  # fmt: skip


class StaffReportSerializer(StaffReportListSerializer):
    contact = serializers.SerializerMethodField()
    timeline = serializers.SerializerMethodField()
    attachments = serializers.SerializerMethodField()
    actions = serializers.SerializerMethodField()
    suggestions = serializers.SerializerMethodField()

    class Meta(StaffReportListSerializer.Meta):
        fields = (
            *[f for f in StaffReportListSerializer.Meta.fields if f != "current_due"], "text", "public_title",
            "public_text", "latitude",
            "longitude", "incident_date", "archive_kind", "rating", "rating_comment", "contact", "timeline",
            "attachments", "actions", "suggestions",
        )  # fmt: skip

    @extend_schema_field(ContactSerializer)
    def get_contact(self, obj):
        return ContactSerializer(self.context["contact"]).data

    @extend_schema_field(StaffEventSerializer(many=True))
    def get_timeline(self, obj):
        return StaffEventSerializer(self.context["timeline"], many=True).data

    @extend_schema_field(AttachmentSerializer(many=True))
    def get_attachments(self, obj):
        return AttachmentSerializer(self.context["attachments"], many=True).data

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_actions(self, obj):
        return self.context["actions"]

    @extend_schema_field(SuggestionChoiceSerializer(many=True))
    def get_suggestions(self, obj):
        return SuggestionChoiceSerializer(self.context["suggestions"], many=True).data


class RevealedSerializer(serializers.Serializer):
    contact = ContactSerializer()
