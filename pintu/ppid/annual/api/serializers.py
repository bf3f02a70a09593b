"""The annual report (laporan tahunan) on the API: which report (year and Pemkab or one OPD), its
narrative sections, the live figures the staff page shows, and the published reports the public lists."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.ppid.annual.models import AnnualReport, SectionKey
from pintu.ppid.annual.services import MIN_YEAR


def _this_year() -> int:
    return timezone.localdate().year


class AnnualChoiceInput(serializers.Serializer):
    """Which report: the year (default last year) and an OPD code (empty: the whole Pemkab)."""

    tahun = serializers.IntegerField(required=False, min_value=MIN_YEAR, help_text="Kosong: tahun lalu")
    instansi = serializers.CharField(max_length=30, required=False, allow_blank=True, default="",
                                     help_text="Kode OPD; kosong: laporan Pemkab")  # fmt: skip

    def validate_tahun(self, value: int) -> int:
        if value > _this_year():
            raise serializers.ValidationError(_("Tahun laporan tidak valid."))
        return value


class AnnualNarrativeInput(AnnualChoiceInput):
    """The web's AnnualNarrativeForm: every section optional; a section left out keeps its text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in SectionKey.choices:
            self.fields[key] = serializers.CharField(label=label, required=False, allow_blank=True, max_length=20000)


class AnnualReportSerializer(serializers.Serializer):
    """The staff's view of a report: live figures, current narrative, and what the user may do."""

    year = serializers.IntegerField()
    agency = serializers.CharField(allow_null=True, help_text="Kode OPD; null: laporan Pemkab")
    body_name = serializers.CharField()
    sections = serializers.DictField(child=serializers.CharField(allow_blank=True))
    stats = serializers.JSONField(help_text="Angka layanan informasi tahun itu (dihitung saat ini)")
    published_at = serializers.DateTimeField(allow_null=True)
    may_edit = serializers.BooleanField()
    may_publish = serializers.BooleanField()


class CoverLetterSerializer(serializers.Serializer):
    number = serializers.CharField()
    dated = serializers.DateField()
    signer_name = serializers.CharField()
    pdf_url = serializers.CharField()
    verification_url = serializers.CharField()


class SendingSerializer(serializers.Serializer):
    sent_on = serializers.DateField()
    channel = serializers.CharField(help_text="surat, email, portal")


class PublicAnnualReportSerializer(serializers.ModelSerializer):
    """One published annual report with the API paths of its frozen PDF and XLSX."""

    agency = AgencyRefSerializer(read_only=True, allow_null=True, help_text="Kosong: seluruh Pemerintah Kabupaten")
    pdf_url = serializers.SerializerMethodField()
    xlsx_url = serializers.SerializerMethodField()

    report_sha256 = serializers.SerializerMethodField(help_text="SHA-256 berkas PDF yang disebut surat pengantar")
    cover_letter = serializers.SerializerMethodField(help_text="Surat pengantar bertanda tangan; null bila belum")
    sent_to_commission = serializers.SerializerMethodField(help_text="Pengiriman kepada Komisi Informasi")

    class Meta:
        model = AnnualReport
        fields = ("id", "year", "agency", "published_at", "pdf_url", "xlsx_url", "report_sha256", "cover_letter",
                  "sent_to_commission")  # fmt: skip

    def _row(self, obj):
        return self.context.get("rows", {}).get(obj.pk)

    def get_report_sha256(self, obj) -> str | None:
        return obj.report_sha256 or None

    @extend_schema_field(CoverLetterSerializer(allow_null=True))
    def get_cover_letter(self, obj):
        row = self._row(obj)
        if row is None or row.cover is None:
            return None
        letter = row.cover
        return {"number": letter.number, "dated": letter.dated, "signer_name": letter.signer_name,
                "pdf_url": reverse("api:ppid_annual_cover_pdf", args=[obj.pk]),
                "verification_url": reverse("letters:verify", args=[letter.token])}  # fmt: skip

    @extend_schema_field(SendingSerializer(many=True))
    def get_sent_to_commission(self, obj):
        row = self._row(obj)
        return SendingSerializer(row.sendings if row else [], many=True).data

    def get_pdf_url(self, obj) -> str:
        return reverse("api:ppid_annual_pdf", args=[obj.pk])

    def get_xlsx_url(self, obj) -> str:
        return reverse("api:ppid_annual_xlsx", args=[obj.pk])
