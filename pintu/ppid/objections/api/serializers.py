"""Objections and disputes on the API: the objection (as its requester and as staff see it), filing,
the Atasan PPID's answer, the response, the dispute and its stages, and the register's export filter."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.ppid.api.common import TimelineEventSerializer
from pintu.ppid.objections.models import (
    Court,
    Dispute,
    Objection,
    ObjectionStatus,
    RequesterResponse,
    Ruling,
    StageAction,
)
from pintu.ppid.objections.workflow import GROUND_CHOICES, GROUNDS
from pintu.ppid.objections.workflow import Decision as ObjectionDecisionValue

# --- an objection ---------------------------------------------------------------------------------


class ObjectionSerializer(serializers.ModelSerializer):
    agency = AgencyRefSerializer(read_only=True, allow_null=True)
    request_number = serializers.CharField(source="request.number", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Objection
        fields = ("id", "number", "request_number", "agency", "grounds", "description", "filed_at", "answer_due",
                  "status", "decision", "decision_text", "decided_at", "atasan_name", "atasan_post",
                  "answer_letter_number", "answer_verification_url")  # fmt: skip

    answer_letter_number = serializers.CharField(
        source="answer_letter.number", read_only=True, allow_null=True, default=None,
        help_text="Nomor surat tanggapan bertanda tangan",
    )  # fmt: skip
    answer_verification_url = serializers.SerializerMethodField()

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="Alamat verifikasi surat tanggapan"))
    def get_answer_verification_url(self, obj) -> str | None:
        return reverse("letters:verify", args=[obj.answer_letter.token]) if obj.answer_letter_id else None


class ObjectionFileSerializer(serializers.Serializer):
    grounds = serializers.ListField(child=serializers.ChoiceField(choices=GROUND_CHOICES), min_length=1, max_length=7)
    description = serializers.CharField(max_length=5000)
    is_proxy = serializers.BooleanField(default=False)
    proxy_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    contact = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


class PaperObjectionInput(ObjectionFileSerializer):
    """The web's PaperObjectionForm: the public objection's fields plus who, what and when it was received."""

    request_number = serializers.CharField(max_length=30, required=False, allow_blank=True, default="",
                                           help_text="Kosong hanya untuk alasan b tanpa permohonan")  # fmt: skip
    information = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    requester_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="",
                                           help_text="Kosong: nama pada permohonan")  # fmt: skip
    filed_on = serializers.DateField(required=False, allow_null=True, default=None,
                                     help_text="Tanggal keberatan diterima; kosong: hari ini")  # fmt: skip
    ground_arose_on = serializers.DateField(required=False, allow_null=True, default=None)


class PpidDecideObjectionInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=[d.value for d in ObjectionDecisionValue])
    decision_text = serializers.CharField(max_length=10_000)
    orders = serializers.CharField(
        max_length=5_000, required=False, allow_blank=True, default="",
        help_text="Perintah kepada PPID (wajib bila keberatan diterima seluruhnya/sebagian)",
    )  # fmt: skip
    atasan_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    atasan_post = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


class ObjectionResponseInput(serializers.Serializer):
    response = serializers.ChoiceField(choices=RequesterResponse.choices)


class ObjectionExportFilter(serializers.Serializer):
    """The staff objection register's filters (web: status, alasan, tahun)."""

    status = serializers.ChoiceField(choices=ObjectionStatus.values, required=False, allow_blank=True, default="")
    grounds = serializers.ChoiceField(choices=list(GROUNDS), required=False, allow_blank=True, default="",
                                      help_text="Huruf alasan keberatan (Pasal 35 ayat 1 UU 14/2008)")  # fmt: skip
    year = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=2008, max_value=2100)


# --- the dispute at the Komisi Informasi ----------------------------------------------------------


class DisputeInput(serializers.Serializer):
    filed_on = serializers.DateField(help_text="Tanggal permohonan sengketa ke Komisi Informasi")
    register_number = serializers.CharField(max_length=60, required=False, allow_blank=True, default="")


class DisputeStepInput(serializers.Serializer):
    action = serializers.ChoiceField(choices=StageAction.choices)
    on = serializers.DateField()
    ruling = serializers.ChoiceField(choices=Ruling.choices, required=False, allow_blank=True, default="")
    court = serializers.ChoiceField(choices=Court.choices, required=False, allow_blank=True, default="")
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")


class DisputeSerializer(serializers.ModelSerializer):
    commission = AgencyRefSerializer(read_only=True)
    warning = serializers.SerializerMethodField(help_text="Peringatan bila diajukan lewat batas; boleh kosong")

    class Meta:
        model = Dispute
        fields = ("id", "commission", "register_number", "filed_on", "filing_deadline", "filed_late", "start_due",
                  "finish_due", "status", "outcome", "ruling", "court", "closed_on", "warning")  # fmt: skip

    def get_warning(self, obj) -> str:
        return str(self.context.get("warning", ""))


# --- as its requester tracks it -------------------------------------------------------------------


class ObjectionEventSerializer(TimelineEventSerializer):
    """One step of the objection as its requester sees it (never who did it)."""


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
    Built by pintu.ppid.objections.progress.for_requester, as the page."""

    objection = ObjectionSerializer()
    clock = ClockSerializer(allow_null=True, help_text="Jam 30 hari kerja Atasan PPID selama belum dijawab")
    dispute = DisputeSerializer(allow_null=True)
    dispute_deadline = serializers.DateField(help_text="Batas mengajukan sengketa ke Komisi Informasi")
    may_respond = serializers.BooleanField(help_text="true: pemohon dapat menanggapi jawaban Atasan PPID")
    dispute_open = serializers.BooleanField(
        help_text="true: sengketa dapat diajukan ke Komisi Informasi sekarang (sesudah tanggapan Atasan PPID atau "
        "sesudah batas tanggapannya lewat)"
    )
    timeline = ObjectionEventSerializer(many=True, source="events")
