"""PPID shapes: the public DIP, requests (as their requester and as PPID staff see them), objections.

Requests and objections are never public. The requester's identity comes only from
pintu.ppid.requests.identity (masked for the requester, full minus the id number for handling staff).
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.history.models import Event
from pintu.ppid.exemptions import Article17
from pintu.ppid.forms_objections import GROUND_CHOICES
from pintu.ppid.models import DipItem
from pintu.ppid.models_objections import Objection
from pintu.ppid.models_requests import (
    DECISION_CHOICES,
    STATUS_CHOICES,
    DeliveryMethod,
    InformationRequest,
    ObtainMethod,
    RequesterKind,
)
from pintu.ppid.objections.workflow import Decision as ObjectionDecisionValue
from pintu.ppid.views.requests_labels import REQUEST_EVENT_LABELS

MAX_ID = 2**62


class DipItemSerializer(serializers.ModelSerializer):
    agency = AgencyRefSerializer(read_only=True)
    link = serializers.CharField(read_only=True, help_text="Tautan; boleh kosong.")

    class Meta:
        model = DipItem
        fields = (
            "id", "agency", "number", "category", "section", "title", "summary", "holder", "responsible",
            "made_when_where", "form_kind", "form_note", "retention", "link", "last_published_date", "next_due_date",
        )  # fmt: skip


class PpidIdentitySerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    occupation = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    id_number_masked = serializers.CharField()
    has_identity_file = serializers.BooleanField()
    has_proxy_file = serializers.BooleanField()


class PpidRequestEventSerializer(serializers.ModelSerializer):
    label = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = ("kind", "label", "at", "status_from", "status_to", "reason")

    def get_label(self, obj) -> str:
        return str(REQUEST_EVENT_LABELS.get(obj.kind, obj.kind))


class PpidRequestListSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(read_only=True, help_text="Nomor sebagai bagian URL: PPID-2026-000123")
    status_label = serializers.CharField(read_only=True)
    assigned_agency = AgencyRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = InformationRequest
        fields = ("id", "number", "slug", "status", "status_label", "assigned_agency", "received_at", "due_date",
                  "extended_due", "decision", "channel")  # fmt: skip


class PpidRequestSerializer(PpidRequestListSerializer):
    """A request as its requester sees it (identity masked) or as PPID staff see it (context decides)."""

    decision_label = serializers.CharField(read_only=True)
    identity = serializers.SerializerMethodField()
    timeline = serializers.SerializerMethodField()

    class Meta(PpidRequestListSerializer.Meta):
        fields = (
            *PpidRequestListSerializer.Meta.fields, "requester_kind", "information", "purpose", "obtain_method",
            "delivery_method", "decision_label", "decided_at", "notice_number", "refusal_article", "consequence_test",
            "holder_name", "material", "fee", "fee_note", "fee_paid", "provide_within", "extension_reason",
            "extension_days", "identity", "timeline",
        )  # fmt: skip

    @extend_schema_field(PpidIdentitySerializer(allow_null=True))
    def get_identity(self, obj):
        view = self.context.get("identity")
        return PpidIdentitySerializer(view).data if view is not None else None

    @extend_schema_field(PpidRequestEventSerializer(many=True))
    def get_timeline(self, obj):
        return PpidRequestEventSerializer(self.context["events"], many=True).data


class PpidRequestSubmitSerializer(serializers.Serializer):
    requester_kind = serializers.ChoiceField(choices=RequesterKind.choices, default=RequesterKind.PERORANGAN)
    name = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    id_number = serializers.CharField(max_length=80, required=False, allow_blank=True, default="")
    address = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    occupation = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    email = serializers.CharField(max_length=254, required=False, allow_blank=True, default="")
    information = serializers.CharField(max_length=20_000)
    purpose = serializers.CharField(max_length=20_000)
    obtain_method = serializers.ChoiceField(choices=ObtainMethod.choices)
    delivery_method = serializers.ChoiceField(choices=DeliveryMethod.choices, required=False, allow_blank=True,
                                              default="")  # fmt: skip
    consent = serializers.BooleanField(
        required=False, default=False,
        help_text="Usang (issue #18), diabaikan; akan dihapus pada rilis berikutnya. Melayani permohonan adalah "
        "kewajiban hukum (UU 27/2022 Pasal 20 ayat (2) huruf c dan e), tidak bergantung pada persetujuan.",
    )  # fmt: skip
    identity_file = serializers.FileField(required=False, help_text="KTP / akta (multipart); wajib untuk perorangan")
    proxy_file = serializers.FileField(required=False, help_text="Surat kuasa (multipart); wajib untuk kelompok")


class PpidRequestSubmittedSerializer(serializers.Serializer):
    number = serializers.CharField()
    slug = serializers.CharField()
    secret = serializers.CharField(allow_null=True)
    created = serializers.BooleanField()
    status = serializers.ChoiceField(choices=STATUS_CHOICES)


class ObjectionSerializer(serializers.ModelSerializer):
    agency = AgencyRefSerializer(read_only=True, allow_null=True)
    request_number = serializers.CharField(source="request.number", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Objection
        fields = ("id", "number", "request_number", "agency", "grounds", "description", "filed_at", "answer_due",
                  "status", "decision", "decision_text", "decided_at", "atasan_name", "atasan_post")  # fmt: skip


class ObjectionFileSerializer(serializers.Serializer):
    grounds = serializers.ListField(child=serializers.ChoiceField(choices=GROUND_CHOICES), min_length=1, max_length=7)
    description = serializers.CharField(max_length=5000)
    is_proxy = serializers.BooleanField(default=False)
    proxy_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    contact = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


# --- staff input --------------------------------------------------------------------------------------


class PpidAssignInput(serializers.Serializer):
    agency = serializers.CharField(max_length=40, help_text="Kode instansi pemerintah daerah")
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class PpidReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class PpidExtendInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000)
    days = serializers.IntegerField(min_value=1, max_value=7, default=7)


class PpidNoticeInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=DECISION_CHOICES)
    material = serializers.CharField(max_length=10_000, required=False, allow_blank=True, default="")
    refusal_dik = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=MAX_ID)
    refusal_article = serializers.ChoiceField(choices=Article17.choices, required=False, allow_blank=True, default="")
    consequence_test = serializers.CharField(max_length=10_000, required=False, allow_blank=True, default="")
    blacked_out_note = serializers.CharField(max_length=10_000, required=False, allow_blank=True, default="")
    holder_name = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    fee = serializers.DecimalField(max_digits=12, decimal_places=2, required=False, default=0, min_value=0)
    fee_note = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    provide_within = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


class PpidDecideObjectionInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=[d.value for d in ObjectionDecisionValue])
    decision_text = serializers.CharField(max_length=10_000)
    atasan_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    atasan_post = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


class PpidDeliverInput(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    files = serializers.ListField(child=serializers.FileField(), required=False, help_text="multipart saja")


class StaffDipItemSerializer(DipItemSerializer):
    class Meta(DipItemSerializer.Meta):
        fields = (*DipItemSerializer.Meta.fields, "status", "drafted_at", "published_at", "withdrawn_at",
                  "withdraw_reason")  # fmt: skip


class DipFieldsInput(serializers.Serializer):
    """The DIP columns; pintu.ppid.services.dip.clean_dip_fields validates them (one rule set for web, import, API)."""

    number = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=1_000_000)
    category = serializers.CharField(max_length=20, required=False)
    section = serializers.CharField(max_length=400, required=False, allow_blank=True)
    title = serializers.CharField(max_length=400, required=False, allow_blank=True)
    summary = serializers.CharField(max_length=10_000, required=False, allow_blank=True)
    holder = serializers.CharField(max_length=400, required=False, allow_blank=True)
    responsible = serializers.CharField(max_length=400, required=False, allow_blank=True)
    made_when_where = serializers.CharField(max_length=400, required=False, allow_blank=True)
    form_kind = serializers.CharField(max_length=10, required=False, allow_blank=True)
    form_note = serializers.CharField(max_length=400, required=False, allow_blank=True)
    retention = serializers.CharField(max_length=400, required=False, allow_blank=True)
    link = serializers.CharField(max_length=600, required=False, allow_blank=True)


class DipDraftInput(DipFieldsInput):
    agency = serializers.CharField(max_length=40, help_text="Kode instansi pemilik daftar")
