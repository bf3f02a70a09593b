"""Input and answer shapes of the PPID endpoints added after the first API round: DIP withdrawal, the
conversions between a complaint report and an information request, the DIK register, and the objection's
later steps (the requester's response recorded by staff, the dispute at the Komisi Informasi), and a
request registered by the PPID Utama from the desk."""

from rest_framework import serializers

from pintu.api.ppid.serializers import PpidRequestSubmitSerializer
from pintu.apikit.refs import AgencyRefSerializer
from pintu.complaints.models import ReportKind
from pintu.ppid.models import DikItem
from pintu.ppid.models_objections import Court, Dispute, RequesterResponse, Ruling, StageAction
from pintu.ppid.models_requests import RequestChannel

TO_REPORT_KINDS = [c for c in ReportKind.choices if c[0] != ReportKind.PERMINTAAN_INFORMASI]


class DipWithdrawInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class FromReportInput(serializers.Serializer):
    purpose = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="",
                                    help_text="Tujuan penggunaan informasi (bila diketahui)")  # fmt: skip


class FromReportResult(serializers.Serializer):
    id = serializers.IntegerField()
    number = serializers.CharField()
    slug = serializers.CharField()
    status = serializers.CharField()


class ToReportInput(serializers.Serializer):
    kind = serializers.ChoiceField(choices=TO_REPORT_KINDS)
    kecamatan = serializers.IntegerField(min_value=1, max_value=2**62, help_text="id kecamatan dari /areas/")
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class ToReportResult(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField(help_text="Kode lacak laporan baru")
    secret = serializers.CharField(allow_null=True, help_text="Kode rahasia untuk pelapor (sekali tampil)")


# --- DIK (the register of exempt information) ---------------------------------------------------------


class StaffDikItemSerializer(serializers.ModelSerializer):
    agency = AgencyRefSerializer(read_only=True)

    class Meta:
        model = DikItem
        fields = ("id", "agency", "information", "document", "legal_basis", "other_law", "consequence",
                  "public_interest", "exempt_until", "status", "decided_by", "decided_at", "drafted_at", "lifted_at",
                  "lift_reason")  # fmt: skip


class DikFieldsInput(serializers.Serializer):
    """The DIK columns; pintu.ppid.services.dik.clean_dik_fields decides what is required and valid."""

    information = serializers.CharField(max_length=20_000, required=False, allow_blank=True)
    document = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    legal_basis = serializers.CharField(max_length=5, required=False, allow_blank=True, help_text="Pasal 17: a-j")
    other_law = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    consequence = serializers.CharField(max_length=20_000, required=False, allow_blank=True)
    public_interest = serializers.CharField(max_length=20_000, required=False, allow_blank=True)
    exempt_until = serializers.DateField(required=False, allow_null=True)


class DikDraftInput(DikFieldsInput):
    agency = serializers.CharField(max_length=40, help_text="Kode instansi pemilik daftar")


class DikDecideInput(serializers.Serializer):
    decided_by = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="",
                                       help_text="Nama dan jabatan pejabat yang menetapkan")  # fmt: skip
    decided_at = serializers.DateField(required=False, allow_null=True, default=None, help_text="Kosong: hari ini")


class DikLiftInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


# --- objections: the requester's response on paper, disputes at the Komisi Informasi -----------------


class ObjectionResponseInput(serializers.Serializer):
    response = serializers.ChoiceField(choices=RequesterResponse.choices)


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


# --- a request received at the desk, orally, by letter or e-mail (typed in by the PPID Utama) ---------


class StaffRequestRegisterInput(PpidRequestSubmitSerializer):
    channel = serializers.ChoiceField(choices=[(c.value, c.label) for c in RequestChannel if c != RequestChannel.WEB])
    received_at = serializers.DateTimeField(required=False, allow_null=True, default=None,
                                            help_text="Kosong: diterima sekarang")  # fmt: skip
