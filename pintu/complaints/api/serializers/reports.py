"""What the public sees of reports (the register, one report, its public timeline and files). No field
here can carry the reporter's identity: the contact (ReporterContact) is never read, events show no
actor, only public/reporter visibility; title and text are the public version (public_title, public_text:
personal data replaced by markers). The reporter's own view adds to these (serializers/tracking.py)."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer, AreaRefSerializer, CategoryRefSerializer
from pintu.complaints.models import Attachment, Report
from pintu.complaints.timeline import with_labels
from pintu.history.models import Event


class AttachmentSerializer(serializers.ModelSerializer):
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ("id", "original_name", "content_type", "size", "uploaded_by_reporter", "download_url")

    def get_download_url(self, obj) -> str:
        return reverse("complaints:attachment", args=[obj.pk])  # the web view checks who may download


class PublicEventSerializer(serializers.ModelSerializer):
    """One step of the timeline as the public (or the reporter) sees it: never who did it."""

    label = serializers.CharField(read_only=True)
    status_label = serializers.CharField(read_only=True)
    agency = AgencyRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Event
        fields = ("kind", "label", "at", "status_from", "status_to", "status_label", "reason", "agency")


class PublicReportListSerializer(serializers.ModelSerializer):
    #: The public version (issue #15 item 2): personal data replaced by markers, reviewed by the admin instansi.
    title = serializers.CharField(source="public_title", read_only=True)
    status_label = serializers.CharField(read_only=True)
    category = CategoryRefSerializer(read_only=True, allow_null=True)
    kecamatan = AreaRefSerializer(read_only=True)
    desa = AreaRefSerializer(read_only=True, allow_null=True)
    assigned_agency = AgencyRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Report
        fields = (
            "code", "kind", "title", "status", "status_label", "category", "kecamatan", "desa",
            "assigned_agency", "submitted_at",
        )  # fmt: skip


class PublicReportSerializer(PublicReportListSerializer):
    text = serializers.CharField(source="public_text", read_only=True)
    timeline = serializers.SerializerMethodField()
    attachments = serializers.SerializerMethodField()

    class Meta(PublicReportListSerializer.Meta):
        fields = (
            *PublicReportListSerializer.Meta.fields,
            "text",
            "incident_date",
            "timeline",
            "attachments",
        )  # fmt: skip  no map point: as on the web page, a precise point could lead to the reporter's home

    @extend_schema_field(PublicEventSerializer(many=True))
    def get_timeline(self, obj):
        return PublicEventSerializer(with_labels(self.context["events"]), many=True).data

    @extend_schema_field(AttachmentSerializer(many=True))
    def get_attachments(self, obj):
        return AttachmentSerializer(self.context["attachments"], many=True).data
