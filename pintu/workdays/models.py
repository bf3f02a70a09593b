"""The working-day calendar as admin-editable data.

Closed days (national holidays, cuti bersama, local closures) are rows, pre-filled per year from the
`holidays` package and confirmed by an admin once the year's SKB is out. The counting rules are one
settings row; office hours may differ per weekday (WeekdayHours: Friday with its prayer break) and for
dated periods (HoursException: Ramadan). Change them through pintu.workdays.services so due dates of
open cases are recomputed.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pintu.modelkit import SingletonSettings
from pintu.workdays.domain import OfficeHours


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Senin")
    TUESDAY = 1, _("Selasa")
    WEDNESDAY = 2, _("Rabu")
    THURSDAY = 3, _("Kamis")
    FRIDAY = 4, _("Jumat")
    SATURDAY = 5, _("Sabtu")
    SUNDAY = 6, _("Minggu")


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

    @property
    def localized_name(self) -> str:
        """The holiday's name in the active language (English where given and the page is English)."""
        return self.name_en if self.name_en and (get_language() or "").startswith("en") else self.name


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


class CalendarSettings(SingletonSettings):
    """The counting rules (one row). `version` moves on every calendar change."""

    office_open = models.TimeField(_("jam buka layanan"), default=datetime.time(8, 0))
    office_close = models.TimeField(
        _("jam tutup layanan"),
        default=datetime.time(16, 0),
        help_text=_(
            "Permohonan yang masuk pada atau sesudah jam ini dihitung mulai hari kerja berikutnya. Berlaku untuk "
            "hari tanpa jam layanan sendiri (lihat jam layanan per hari dan jam layanan khusus)."
        ),
    )
    saturday_is_working_day = models.BooleanField(_("Sabtu hari kerja"), default=False)
    after_hours_counts_next_day = models.BooleanField(
        _("di luar jam layanan dihitung hari kerja berikutnya"), default=True
    )
    day_one_is_next_working_day = models.BooleanField(_("hari ke-1 adalah hari kerja sesudah penerimaan"), default=True)
    due_soon_days = models.PositiveSmallIntegerField(_("tanda 'segera jatuh tempo' (hari kerja)"), default=2)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("aturan hari kerja")
        verbose_name_plural = _("aturan hari kerja")

    def __str__(self) -> str:
        return str(_("Aturan hari kerja"))


class HoursFields(models.Model):
    """Opening, closing and an optional break (shared by the weekday hours and the dated exceptions)."""

    open = models.TimeField(_("jam buka"))
    close = models.TimeField(
        _("jam tutup"),
        help_text=_(
            "Permohonan atau laporan yang masuk pada atau sesudah jam ini dihitung mulai hari kerja berikutnya."
        ),
    )
    break_start = models.TimeField(_("istirahat mulai"), null=True, blank=True)
    break_end = models.TimeField(_("istirahat selesai"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def hours(self) -> OfficeHours:
        return OfficeHours(self.open, self.close, self.break_start, self.break_end)

    def clean(self) -> None:
        super().clean()
        if self.open is None or self.close is None:
            return
        if self.open >= self.close:
            raise ValidationError({"close": _("Jam tutup harus sesudah jam buka.")})
        if (self.break_start is None) != (self.break_end is None):
            raise ValidationError({"break_end": _("Isi jam mulai dan jam selesai istirahat, atau kosongkan keduanya.")})
        if self.break_start is not None and not (self.open < self.break_start < self.break_end < self.close):
            raise ValidationError({"break_start": _("Istirahat harus berada di dalam jam layanan.")})


class WeekdayHours(HoursFields):
    """The office hours of one weekday, where it differs from the default (e.g. Friday)."""

    weekday = models.PositiveSmallIntegerField(_("hari"), choices=Weekday.choices, unique=True)

    class Meta:
        verbose_name = _("jam layanan per hari")
        verbose_name_plural = _("jam layanan per hari")
        ordering = ["weekday"]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.open:%H.%M}-{self.close:%H.%M}"


class HoursException(HoursFields):
    """Office hours for a dated period (Ramadan, a regional decree), for every day or one weekday.

    Two rows cover Ramadan's usual shape: one for every day (Monday-Thursday hours) and one for Friday.
    """

    name = models.CharField(_("nama"), max_length=150, help_text=_("Misalnya Ramadan 1447 H."))
    start_date = models.DateField(_("mulai tanggal"))
    end_date = models.DateField(_("sampai tanggal"))
    weekday = models.PositiveSmallIntegerField(
        _("hanya hari"), choices=Weekday.choices, null=True, blank=True, help_text=_("Kosong: setiap hari.")
    )
    reference = models.CharField(_("dasar penetapan"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("jam layanan khusus (periode)")
        verbose_name_plural = _("jam layanan khusus (periode)")
        ordering = ["start_date", "weekday"]

    def __str__(self) -> str:
        return f"{self.name} ({self.start_date:%Y-%m-%d} - {self.end_date:%Y-%m-%d})"

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Tanggal selesai harus sama dengan atau sesudah tanggal mulai.")})
