"""Information requests on the API: as their requester and as PPID staff see them, the submission, the
staff's actions' input (requests.actions: the same keys the web forms give), the conversions and the
register's export filter.

Requests are never public. The requester's identity comes only from pintu.ppid.requests.identity
(masked for the requester, full minus the id number for handling staff).
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.ids import chosen_row
from pintu.apikit.refs import AgencyRefSerializer
from pintu.complaints.models import ReportKind
from pintu.notifications.api_fields import NotifyChannelsField
from pintu.ppid.api.common import TimelineEventSerializer
from pintu.ppid.letter_drafts import may_sign, pending_letter
from pintu.ppid.registers.models import DikStatus
from pintu.ppid.registers.selectors import dik_items_visible_to
from pintu.ppid.requests import objection_grounds as grounds_rule
from pintu.ppid.requests.models import (
    DECISION_CHOICES,
    STATUS_CHOICES,
    DeliveryMethod,
    HeldForm,
    InformationRequest,
    NoticeDelivery,
    ObtainMethod,
    RequestChannel,
    RequesterKind,
)
from pintu.ppid.requests.selectors import assignable_agencies, report_kecamatans

MAX_ID = 2**62


TO_REPORT_KINDS = [c for c in ReportKind.choices if c[0] != ReportKind.PERMINTAAN_INFORMASI]


# --- a request ------------------------------------------------------------------------------------


class PpidIdentitySerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    occupation = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    id_number_masked = serializers.CharField()
    has_identity_file = serializers.BooleanField()
    has_proxy_file = serializers.BooleanField()


class PendingLetterSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="jenis surat (pintu.letters)")
    hal = serializers.CharField()
    drafted_at = serializers.DateTimeField()
    may_sign = serializers.BooleanField(help_text="true: Anda dapat menyetujui dan menandatanganinya")


class PpidRequestEventSerializer(TimelineEventSerializer):
    """One step of the request: the requester sees the steps meant for them, staff every step."""


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
    may_object = serializers.SerializerMethodField()
    objection_grounds = serializers.SerializerMethodField()
    notice_verification_url = serializers.SerializerMethodField()
    pending_letter = serializers.SerializerMethodField()

    class Meta(PpidRequestListSerializer.Meta):
        fields = (
            *PpidRequestListSerializer.Meta.fields, "requester_kind", "information", "purpose", "obtain_method",
            "delivery_method", "decision_label", "decided_at", "notice_number", "refusal_article", "consequence_test",
            "holder_name", "material", "held_form", "documented_by", "fee", "fee_note", "payment_method", "fee_paid",
            "provide_within", "extension_reason", "extension_days", "notice_delivery", "notice_received_on",
            "notice_verification_url", "may_object", "objection_grounds", "pending_letter", "identity", "timeline",
        )  # fmt: skip

    @extend_schema_field(serializers.BooleanField(help_text="true: keberatan dapat diajukan sekarang"))
    def get_may_object(self, obj) -> bool:
        return grounds_rule.may_object(obj)  # the offer rule of objections.actions.FILING

    @extend_schema_field(
        serializers.ListField(child=serializers.CharField(), help_text="Alasan keberatan yang dapat dipilih sekarang")
    )
    def get_objection_grounds(self, obj) -> list[str]:
        return sorted(grounds_rule.grounds_open(obj))  # the grounds the web form lists

    @extend_schema_field(
        serializers.CharField(allow_null=True, help_text="Alamat verifikasi surat pemberitahuan bertanda tangan")
    )
    def get_notice_verification_url(self, obj) -> str | None:
        if obj.notice_letter_id is None:
            return None
        return reverse("letters:verify", args=[obj.notice_letter.token])

    @extend_schema_field(PendingLetterSerializer(allow_null=True))
    def get_pending_letter(self, obj):
        """The draft waiting for the signatory: staff only (the requester never sees a draft)."""
        if not self.context.get("staff"):
            return None
        letter = pending_letter(obj)
        if letter is None:
            return None
        return PendingLetterSerializer({"kind": letter.kind, "hal": letter.hal, "drafted_at": letter.drafted_at,
                                        "may_sign": may_sign(self.context["user"], obj)}).data  # fmt: skip

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
    notify_channels = NotifyChannelsField()
    identity_file = serializers.FileField(required=False, help_text="KTP / akta (multipart); wajib untuk perorangan")
    proxy_file = serializers.FileField(required=False, help_text="Surat kuasa (multipart); wajib untuk kelompok")


class PpidRequestSubmittedSerializer(serializers.Serializer):
    number = serializers.CharField()
    slug = serializers.CharField()
    secret = serializers.CharField(allow_null=True)
    created = serializers.BooleanField()
    status = serializers.ChoiceField(choices=STATUS_CHOICES)


class StaffRequestRegisterInput(PpidRequestSubmitSerializer):
    """A request received at the desk, orally, by letter or e-mail: the submission plus channel and time."""

    channel = serializers.ChoiceField(choices=[(c.value, c.label) for c in RequestChannel if c != RequestChannel.WEB])
    received_at = serializers.DateTimeField(required=False, allow_null=True, default=None,
                                            help_text="Kosong: diterima sekarang")  # fmt: skip


class RequestExportFilter(serializers.Serializer):
    """The staff request register's filters (web: status, q, terlambat)."""

    status = serializers.ChoiceField(choices=[v for v, _label in STATUS_CHOICES], required=False, allow_blank=True,
                                     default="")  # fmt: skip
    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=40,
                              help_text="Nomor pendaftaran (lengkap atau sebagian)")  # fmt: skip
    overdue = serializers.BooleanField(required=False, default=False,
                                       help_text="Hanya yang melewati batas waktu pemberitahuan")  # fmt: skip


# --- the staff's actions (requests.actions) -------------------------------------------------------


class PpidAssignInput(serializers.Serializer):
    agency = serializers.CharField(max_length=40, help_text="Kode instansi pemerintah daerah")
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def validate_agency(self, code: str):
        """The agency the code names, among those a request may be assigned to (the web form's choices)."""
        return chosen_row(assignable_agencies(), _("Pilih instansi dari daftar."), code=code)


class PpidReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class PpidExtendInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000)
    days = serializers.IntegerField(min_value=1, max_value=7, default=7)


class PpidNoticeReceiptInput(serializers.Serializer):
    received_on = serializers.DateField(help_text="Tanggal pemberitahuan diterima pemohon")
    notice_delivery = serializers.ChoiceField(
        choices=NoticeDelivery.choices, required=False, allow_blank=True, default="",
        help_text="Cara penyampaian; kosong: yang sudah tercatat",
    )  # fmt: skip


class PpidNoticeInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=DECISION_CHOICES)
    material = serializers.CharField(max_length=10_000, required=False, allow_blank=True, default="")
    refusal_dik = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=MAX_ID)
    blacked_out_note = serializers.CharField(max_length=10_000, required=False, allow_blank=True, default="")
    holder_name = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    held_form = serializers.ChoiceField(
        choices=HeldForm.choices,
        required=False,
        allow_blank=True,
        default="",
        help_text="bentuk informasi yang dikuasai (wajib bila informasi diberikan)",
    )
    documented_by = serializers.DateField(
        required=False, allow_null=True, default=None, help_text="not_documented: kapan informasi akan didokumentasikan"
    )
    fee = serializers.DecimalField(max_digits=12, decimal_places=2, required=False, default=0, min_value=0)
    fee_note = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    payment_method = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        default="",
        help_text="cara pembayaran bila ada biaya (Pasal 22 ayat (7) huruf g)",
    )
    provide_within = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")

    def validate_refusal_dik(self, pk: int | None):
        """The exemption in force the id names, or None."""
        if not pk:
            return None
        in_force = dik_items_visible_to(self.context["user"]).filter(status=DikStatus.IN_FORCE)
        return chosen_row(in_force, _("Pengecualian DIK itu tidak berlaku."), pk=pk)


class PpidDeliverInput(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    files = serializers.ListField(child=serializers.FileField(), required=False, help_text="multipart saja")


class ToReportInput(serializers.Serializer):
    kind = serializers.ChoiceField(choices=TO_REPORT_KINDS)
    kecamatan = serializers.IntegerField(min_value=1, max_value=2**62, help_text="id kecamatan dari /areas/")
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def validate_kecamatan(self, pk: int):
        """The active kecamatan the id names (the web form's choices)."""
        return chosen_row(report_kecamatans(), _("Pilih kecamatan dari daftar."), pk=pk)


class ToReportResult(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField(help_text="Kode lacak laporan baru")
    secret = serializers.CharField(allow_null=True, help_text="Kode rahasia untuk pelapor (sekali tampil)")


# --- a complaint report becomes a request ---------------------------------------------------------


class FromReportInput(serializers.Serializer):
    purpose = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="",
                                    help_text="Tujuan penggunaan informasi (bila diketahui)")  # fmt: skip


class FromReportResult(serializers.Serializer):
    id = serializers.IntegerField()
    number = serializers.CharField()
    slug = serializers.CharField()
    status = serializers.CharField()
