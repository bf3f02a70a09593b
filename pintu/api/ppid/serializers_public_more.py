"""Public PPID shapes added to close the web-to-API gaps: the DIK in force, the published annual reports,
and an objection as its requester tracks it (status, the Atasan PPID's clock, the dispute, the timeline)."""

from django.urls import reverse
from rest_framework import serializers

from pintu.api.ppid.serializers import ObjectionSerializer
from pintu.api.ppid.serializers_more import DisputeSerializer
from pintu.apikit.refs import AgencyRefSerializer
from pintu.history.models import Event
from pintu.ppid.models import DikItem
from pintu.ppid.models_objections import AnnualReport
from pintu.ppid.views.objections_staff import event_label  # the labels the web's tracking page shows


class PublicDikItemSerializer(serializers.ModelSerializer):
    """What ppid:dik_list shows of an exemption in force: no draft data, no officer account."""

    agency = AgencyRefSerializer(read_only=True)
    legal_basis_label = serializers.CharField(source="get_legal_basis_display", read_only=True)
    legal_basis_description = serializers.CharField(read_only=True)

    class Meta:
        model = DikItem
        fields = ("id", "agency", "document", "information", "legal_basis", "legal_basis_label",
                  "legal_basis_description", "other_law", "consequence", "public_interest", "exempt_until",
                  "decided_by", "decided_at")  # fmt: skip


class PublicAnnualReportSerializer(serializers.ModelSerializer):
    """One published annual report with the API paths of its frozen PDF and XLSX."""

    agency = AgencyRefSerializer(read_only=True, allow_null=True, help_text="Kosong: seluruh Pemerintah Kabupaten")
    pdf_url = serializers.SerializerMethodField()
    xlsx_url = serializers.SerializerMethodField()

    class Meta:
        model = AnnualReport
        fields = ("id", "year", "agency", "published_at", "pdf_url", "xlsx_url")

    def get_pdf_url(self, obj) -> str:
        return reverse("api:ppid_annual_pdf", args=[obj.pk])

    def get_xlsx_url(self, obj) -> str:
        return reverse("api:ppid_annual_xlsx", args=[obj.pk])


class ObjectionEventSerializer(serializers.ModelSerializer):
    """One step of the objection as its requester sees it (never who did it)."""

    label = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = ("kind", "label", "at", "status_from", "status_to", "reason")

    def get_label(self, obj) -> str:
        return str(event_label(obj.kind))


class ClockSerializer(serializers.Serializer):
    """A working-day clock (pintu.ppid.objections.clocks.Clock) as numbers."""

    label = serializers.CharField()
    day = serializers.IntegerField(source="progress.day")
    total = serializers.IntegerField(source="progress.total")
    due = serializers.DateField(source="progress.due", allow_null=True)
    overdue = serializers.BooleanField(source="progress.overdue")
    due_soon = serializers.BooleanField(source="progress.due_soon")


class TrackedObjectionSerializer(serializers.Serializer):
    """An objection as ppid:objection_track shows it to its requester: the objection (the shape of
    api:ppid_my_objections), the Atasan PPID's clock, the dispute, the filing deadline and the timeline.
    Built from pintu.api.ppid.views_public_more.tracking_context."""

    objection = ObjectionSerializer()
    clock = ClockSerializer(allow_null=True, help_text="Jam 30 hari kerja Atasan PPID selama belum dijawab")
    dispute = DisputeSerializer(allow_null=True)
    dispute_deadline = serializers.DateField(help_text="Batas mengajukan sengketa ke Komisi Informasi")
    may_respond = serializers.BooleanField(help_text="true: pemohon dapat menanggapi jawaban Atasan PPID")
    timeline = ObjectionEventSerializer(many=True, source="events")
