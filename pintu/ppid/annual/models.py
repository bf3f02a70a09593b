"""The annual report (laporan tahunan layanan informasi publik) with its editable narrative.

Rows change only through pintu.ppid.annual.services.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pintu.modelkit import AppendOnly, AppendOnlyQuerySet

#: The letter kind (pintu.letters) of the cover letter that sends the report to the Komisi Informasi.
COVER_KIND = "pengantar_laporan_tahunan"


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
    # The report PDF as sent with the cover letter (frozen when the cover letter is drafted; its SHA-256 is
    # printed in the signed letter): the public download from then on. Emptied when republished.
    report_pdf = models.BinaryField(_("berkas PDF laporan yang dikirimkan"), null=True, blank=True, editable=False)
    report_sha256 = models.CharField(_("SHA-256 berkas laporan"), max_length=64, blank=True, editable=False)
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


class SendingChannel(models.TextChoices):
    LETTER = "surat", _("Surat (pos, kurir, atau diantar)")
    EMAIL = "email", _("E-mail")
    PORTAL = "portal", _("Portal Komisi Informasi")


class SendingImmutableError(Exception):
    """A record of sending is never changed or deleted: a correction is a new record."""


class AnnualReportSending(AppendOnly):
    """When and how the signed annual report went to the Komisi Informasi: append-only (a correction is a
    new record, saying what it corrects in its note). Written by pintu.ppid.annual.dispatch only."""

    report = models.ForeignKey(AnnualReport, on_delete=models.PROTECT, related_name="sendings")
    letter = models.ForeignKey(
        "letters.Letter", verbose_name=_("surat pengantar"), on_delete=models.PROTECT, related_name="+"
    )
    sent_on = models.DateField(_("tanggal pengiriman"))
    channel = models.CharField(_("cara pengiriman"), max_length=10, choices=SendingChannel.choices)
    reference = models.CharField(
        _("rujukan pengiriman"), max_length=200,
        help_text=_("Nomor resi atau tanda terima, alamat e-mail tujuan, atau nomor tiket portal."),
    )  # fmt: skip
    note = models.TextField(_("keterangan"), blank=True, max_length=2000)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("dicatat"), auto_now_add=True)

    objects = AppendOnlyQuerySet.as_manager()
    immutable_error = SendingImmutableError
    changed_message = "Catatan pengiriman laporan tahunan tidak dapat diubah."
    deleted_message = "Catatan pengiriman laporan tahunan tidak dapat dihapus."

    class Meta:
        verbose_name = _("pengiriman laporan tahunan ke Komisi Informasi")
        verbose_name_plural = _("pengiriman laporan tahunan ke Komisi Informasi")
        ordering = ["sent_on", "pk"]

    def __str__(self) -> str:
        return f"{self.report} {self.sent_on} {self.get_channel_display()}"
