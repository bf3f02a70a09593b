"""The working-day calendar as admin-editable data.

Closed days (national holidays, cuti bersama, local closures) are rows, pre-filled per year from the
`holidays` package and confirmed by an admin once the year's SKB is out. The counting rules are one
settings row. Change them through pintu.workdays.services so due dates of open cases are recomputed.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ClosureKind(models.TextChoices):
    NATIONAL = "national", _("Libur nasional")
    CUTI_BERSAMA = "cuti_bersama", _("Cuti bersama")
    LOCAL = "local", _("Penutupan kantor (lokal)")


class ClosureSource(models.TextChoices):
    PACKAGE = "package", _("Diisi otomatis dari paket holidays")
    MANUAL = "manual", _("Diisi admin")


class ClosedDay(models.Model):
    date = models.DateField(_("tanggal"))
    name = models.CharField(_("nama"), max_length=150)
    name_en = models.CharField(_("nama (Inggris)"), max_length=150, blank=True)
    kind = models.CharField(_("jenis"), max_length=20, choices=ClosureKind.choices)
    source = models.CharField(_("sumber"), max_length=10, choices=ClosureSource.choices, default=ClosureSource.MANUAL)
    active = models.BooleanField(
        _("berlaku"), default=True, help_text=_("Nonaktifkan bila SKB tahun ini tidak menetapkan hari ini.")
    )
    note = models.CharField(_("catatan"), max_length=250, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("hari libur/penutupan")
        verbose_name_plural = _("hari libur dan penutupan")
        ordering = ["date", "kind"]
        constraints = [models.UniqueConstraint(fields=["date", "kind", "name"], name="closed_day_unique")]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.name}"


class CalendarYear(models.Model):
    """One year of the calendar: when it was pre-filled and whether an admin confirmed it."""

    year = models.PositiveSmallIntegerField(_("tahun"), primary_key=True)
    prefilled_at = models.DateTimeField(_("diisi otomatis"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("dikonfirmasi"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reference = models.CharField(
        _("dasar penetapan"), max_length=250, blank=True, help_text=_("Misalnya nomor SKB 3 Menteri.")
    )

    class Meta:
        verbose_name = _("tahun kalender")
        verbose_name_plural = _("tahun kalender")
        ordering = ["year"]

    def __str__(self) -> str:
        return str(self.year)

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


class CalendarSettings(models.Model):
    """The counting rules (one row). `version` moves on every calendar change."""

    office_open = models.TimeField(_("jam buka layanan"), default=datetime.time(8, 0))
    office_close = models.TimeField(
        _("jam tutup layanan"),
        default=datetime.time(16, 0),
        help_text=_("Permohonan yang masuk pada atau sesudah jam ini dihitung mulai hari kerja berikutnya."),
    )
    saturday_is_working_day = models.BooleanField(_("Sabtu hari kerja"), default=False)
    after_hours_counts_next_day = models.BooleanField(
        _("di luar jam layanan dihitung hari kerja berikutnya"), default=True
    )
    day_one_is_next_working_day = models.BooleanField(
        _("hari ke-1 adalah hari kerja sesudah penerimaan"), default=True
    )
    due_soon_days = models.PositiveSmallIntegerField(_("tanda 'segera jatuh tempo' (hari kerja)"), default=2)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("aturan hari kerja")
        verbose_name_plural = _("aturan hari kerja")

    def __str__(self) -> str:
        return str(_("Aturan hari kerja"))

    @classmethod
    def load(cls) -> "CalendarSettings":
        obj = cls.objects.order_by("pk").first()
        if obj is None:
            obj, _created = cls.objects.get_or_create(pk=1)
        return obj
