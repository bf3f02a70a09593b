"""The annual report (laporan tahunan layanan informasi publik) with its editable narrative.

Rows change only through pintu.ppid.annual.services.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AnnualReport(models.Model):
    """The laporan tahunan layanan informasi publik of a year, for one OPD or (agency empty) the Pemkab.

    Publishing freezes the figures in `snapshot`: the public downloads what was published.
    """

    year = models.PositiveSmallIntegerField(_("tahun"))
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="ppid_annual_reports", help_text=_("Kosong: seluruh Pemerintah Kabupaten."),
    )  # fmt: skip
    published_at = models.DateTimeField(_("waktu diumumkan"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    snapshot = models.JSONField(default=dict, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("laporan tahunan layanan informasi publik")
        verbose_name_plural = _("laporan tahunan layanan informasi publik")
        ordering = ["-year", "agency__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["year"], condition=Q(agency__isnull=True), name="ppid_annual_pemkab_year"),
            models.UniqueConstraint(
                fields=["year", "agency"], condition=Q(agency__isnull=False), name="ppid_annual_agency_year"
            ),  # fmt: skip
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.agency or ''}".strip()

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class SectionKey(models.TextChoices):
    POLICY = "policy", _("Kebijakan pelayanan informasi publik")
    FACILITIES = "facilities", _("Sarana dan prasarana")
    STAFF = "staff", _("Sumber daya manusia")
    BUDGET = "budget", _("Anggaran")
    OBSTACLES = "obstacles", _("Kendala pelaksanaan layanan informasi publik")
    RECOMMENDATIONS = "recommendations", _("Rekomendasi dan rencana tindak lanjut")


class AnnualReportSection(models.Model):
    """One editable narrative part of an annual report (per year and agency or the whole Pemkab)."""

    report = models.ForeignKey(AnnualReport, on_delete=models.CASCADE, related_name="sections")
    key = models.CharField(_("bagian"), max_length=20, choices=SectionKey.choices)
    text = models.TextField(_("isi"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("bagian laporan tahunan")
        verbose_name_plural = _("bagian laporan tahunan")
        constraints = [models.UniqueConstraint(fields=["report", "key"], name="ppid_annual_section_unique")]

    def __str__(self) -> str:
        return self.get_key_display()
