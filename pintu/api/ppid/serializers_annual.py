"""Input and answer shapes of the staff annual report (laporan tahunan) endpoints: which report (year and
Pemkab or one OPD), its narrative sections, and the live figures the web page shows."""

from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import serializers

from pintu.ppid.annual.services import MIN_YEAR
from pintu.ppid.models_objections import SectionKey


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
