"""What handlers see of a report, and the input of each staff action.

The reporter's contact comes only from pintu.complaints.identity.contact_for (hidden for anonim
reports, always); timeline actors go through the web's own labelling, which never names a reporter.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.api.complaints.serializers_public import AttachmentSerializer, PublicReportListSerializer
from pintu.apikit.refs import AgencyRefSerializer
from pintu.complaints.forms_staff import FORWARD_CHANNELS, inside_agencies, outside_agencies
from pintu.complaints.models import ArchiveKind, Channel, Privacy, ReportKind
from pintu.history.models import Event, Visibility

MAX_ID = 2**62


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
    privacy = serializers.ChoiceField(choices=Privacy.choices, read_only=True)
    channel = serializers.ChoiceField(choices=Channel.choices, read_only=True)
    forwarded_to = AgencyRefSerializer(read_only=True, allow_null=True)
    current_due = serializers.DateField(read_only=True, allow_null=True)

    class Meta(PublicReportListSerializer.Meta):
        fields = (
            *PublicReportListSerializer.Meta.fields, "privacy", "channel", "forwarded_to", "berkadar_pengawasan",
            "bounce_count", "bounce_flagged", "verify_due", "first_response_due", "resolve_due", "autoclose_due",
            "current_due",
        )  # fmt: skip


class StaffReportSerializer(StaffReportListSerializer):
    contact = serializers.SerializerMethodField()
    timeline = serializers.SerializerMethodField()
    attachments = serializers.SerializerMethodField()
    actions = serializers.SerializerMethodField()
    suggestions = serializers.SerializerMethodField()

    class Meta(StaffReportListSerializer.Meta):
        fields = (
            *[f for f in StaffReportListSerializer.Meta.fields if f != "current_due"], "text", "latitude",
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


# --- action input ------------------------------------------------------------------------------------


@extend_schema_field(OpenApiTypes.STR)
class AgencyCodeField(serializers.SlugRelatedField):
    """An agency by its code, from the list the web form offers this user (`choices(user, report)`)."""

    def __init__(self, choices, **kwargs):
        self.choices_for = choices
        super().__init__(slug_field="code", **kwargs)

    def get_queryset(self):
        return self.choices_for(self.context["user"], self.context["report"])

    default_error_messages = {
        "does_not_exist": "Pilih instansi dari daftar.",
        "invalid": "Pilih instansi dari daftar.",
    }


def _inside(user, report):
    return inside_agencies(user)


def _outside(user, report):
    return outside_agencies(user)


def _inside_other(user, report):
    return inside_agencies(user).exclude(pk=report.assigned_agency_id)


class EmptyInput(serializers.Serializer):
    pass


class ReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000)


class OptionalReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class DispositionInput(serializers.Serializer):
    agency = AgencyCodeField(_inside, help_text="Kode OPD tujuan")
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    suggestion = serializers.CharField(
        max_length=100, required=False, allow_blank=True, default="",
        help_text="Nilai `suggestion` dari saran instansi pada detail laporan, bila saran itu yang dipilih.",
    )  # fmt: skip


class ForwardOutInput(serializers.Serializer):
    agency = AgencyCodeField(_outside, help_text="Kode instansi di luar pemda")
    channel = serializers.ChoiceField(choices=FORWARD_CHANNELS)
    reference = serializers.CharField(max_length=120, required=False, allow_blank=True, default="")
    follow_up_date = serializers.DateField()
    reason = serializers.CharField(max_length=4000)


class ArchiveInput(serializers.Serializer):
    archive_kind = serializers.ChoiceField(
        choices=[(k.value, k.label) for k in ArchiveKind if k not in (ArchiveKind.DUPLICATE, ArchiveKind.SPLIT)]
    )
    reason = serializers.CharField(max_length=4000)


class RequestInfoInput(serializers.Serializer):
    question = serializers.CharField(max_length=4000)


class FollowUpInput(serializers.Serializer):
    text = serializers.CharField(max_length=10_000)
    visibility = serializers.ChoiceField(
        choices=[Visibility.PUBLIC, Visibility.REPORTER], default=Visibility.PUBLIC
    )
    files = serializers.ListField(child=serializers.FileField(), required=False, help_text="multipart saja")


class SendBackInput(serializers.Serializer):
    suggested_agency = AgencyCodeField(_inside_other, help_text="Kode OPD yang seharusnya menangani")
    reason = serializers.CharField(max_length=4000)


class TextInput(serializers.Serializer):
    text = serializers.CharField(max_length=10_000)


class EditInput(serializers.Serializer):
    title = serializers.CharField(max_length=150)
    kind = serializers.ChoiceField(choices=ReportKind.choices)
    category = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=MAX_ID)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class PrivacyInput(serializers.Serializer):
    privacy = serializers.ChoiceField(choices=Privacy.choices)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class PengawasanInput(serializers.Serializer):
    flagged = serializers.BooleanField()
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class MergeInput(serializers.Serializer):
    master_code = serializers.CharField(max_length=20)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class SplitPartInput(serializers.Serializer):
    title = serializers.CharField(max_length=150)
    text = serializers.CharField(max_length=4000)
    agency = AgencyCodeField(_inside)


class SplitInput(serializers.Serializer):
    parts = SplitPartInput(many=True, min_length=2, max_length=4)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class ActionResultSerializer(serializers.Serializer):
    detail = serializers.CharField()
    report = serializers.CharField(allow_null=True, help_text="Kode laporan, bila masih terlihat oleh Anda.")
    created = serializers.ListField(child=serializers.CharField(), required=False)
