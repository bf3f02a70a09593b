"""The annual report (laporan tahunan) on the API: which report (year and Pemkab or one OPD), its
narrative sections, the live figures the staff page shows, and the published reports the public lists."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
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
