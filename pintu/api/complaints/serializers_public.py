"""What the public and the reporter see of reports. No field here can carry the reporter's identity:
the contact (ReporterContact) is never read, events show no actor, only public/reporter visibility."""

import threading

from django.urls import reverse
from django.utils.functional import cached_property
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.utils.serializer_helpers import BindingDict

from pintu.apikit.refs import AgencyRefSerializer, AreaRefSerializer, CategoryRefSerializer
from pintu.complaints.models import STATUS_CHOICES, Attachment, Channel, Privacy, Report, ReportKind
from pintu.complaints.services.intake import MAX_ATTACHMENTS, TEXT_MAX, TITLE_MAX
from pintu.complaints.views.public_pages import with_labels
from pintu.history.models import Event

#: Accepted and ignored for one release, so clients that still send it do not break.
CONSENT_DEPRECATED = (
    "Usang (issue #18), diabaikan; akan dihapus pada rilis berikutnya. Penanganan adalah tugas pelayanan publik "
    "(UU 27/2022 Pasal 20 ayat (2) huruf c dan e), tidak bergantung pada persetujuan."
)


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
    timeline = serializers.SerializerMethodField()
    attachments = serializers.SerializerMethodField()

    class Meta(PublicReportListSerializer.Meta):
        fields = (
            *PublicReportListSerializer.Meta.fields, "text", "incident_date", "timeline", "attachments",
        )  # fmt: skip  no map point: as on the web page, a precise point could lead to the reporter's home

    @extend_schema_field(PublicEventSerializer(many=True))
    def get_timeline(self, obj):
        return PublicEventSerializer(with_labels(self.context["events"]), many=True).data

    @extend_schema_field(AttachmentSerializer(many=True))
    def get_attachments(self, obj):
        return AttachmentSerializer(self.context["attachments"], many=True).data


class TrackedReportSerializer(PublicReportSerializer):
    """The reporter's own view (code + secret, or own account): reporter-only steps, their rating."""

    privacy = serializers.ChoiceField(choices=Privacy.choices, read_only=True)
    may_reply = serializers.BooleanField(read_only=True)
    may_rate = serializers.BooleanField(read_only=True)
    may_reopen = serializers.BooleanField(read_only=True)

    class Meta(PublicReportSerializer.Meta):
        fields = (
            *PublicReportSerializer.Meta.fields, "latitude", "longitude", "privacy", "rating", "rating_comment",
            "may_reply", "may_rate", "may_reopen",
        )  # fmt: skip


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
        "privacy": serializers.ChoiceField(choices=Privacy.choices, default=Privacy.BIASA),
        "name": serializers.CharField(max_length=300, required=False, allow_blank=True, default=""),
        "email": serializers.CharField(max_length=254, required=False, allow_blank=True, default=""),
        "phone": serializers.CharField(max_length=40, required=False, allow_blank=True, default=""),
        "nik": serializers.CharField(max_length=40, required=False, allow_blank=True, default=""),
        "consent": serializers.BooleanField(required=False, default=False, help_text=CONSENT_DEPRECATED),
        "files": serializers.ListField(
            child=serializers.FileField(), required=False, max_length=MAX_ATTACHMENTS, help_text="multipart saja"
        ),
    }


#: The submission's bound fields, one set per thread (see ReportSubmitSerializer.fields).
_bound = threading.local()


class ReportSubmitSerializer(serializers.Serializer):
    """A new report. Identity fields go to the separate, protected contact record.

    The fields are built once per thread and lent to each new instance, instead of DRF's deep copy of
    declared fields (or a fresh build) per instance, which was a quarter of the CPU of an API submission
    (docs/performance.md, "Asynchronous intake"). A field keeps no state of a validation; its only link to
    the instance is `parent` (for `root`, `context`, `partial`), set here, and a thread validates one
    submission at a time.
    """

    def get_fields(self):
        return _submit_fields()

    @cached_property
    def fields(self):
        fields = getattr(_bound, "fields", None)
        if fields is None:
            fields = _bound.fields = BindingDict(self)
            for name, field in self.get_fields().items():
                fields[name] = field  # binds once: DRF refuses to bind a field twice
        fields.serializer = self
        for field in fields.values():
            field.parent = self
        return fields


class SubmittedSerializer(serializers.Serializer):
    code = serializers.CharField()
    secret = serializers.CharField(
        allow_null=True, help_text="Kode rahasia untuk melacak; null bila kiriman ulang mengembalikan laporan lama."
    )
    created = serializers.BooleanField()
    processing = serializers.BooleanField(
        help_text="true: diterima, sedang dibangun oleh pekerja latar (kode dan kode rahasia sudah berlaku)."
    )
    status = serializers.ChoiceField(choices=STATUS_CHOICES, allow_null=True, help_text="null selama diproses.")


class PendingReportSerializer(serializers.Serializer):
    """Tracking a report that is accepted and not yet built (HTTP 202)."""

    code = serializers.CharField()
    processing = serializers.BooleanField()
    detail = serializers.CharField()


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


CHANNEL_API = Channel.API
