"""Complaint categories (topics), admin-editable. Clocks per category are added by the complaints app."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Category(models.Model):
    code = models.SlugField(_("kode"), max_length=40, unique=True)
    name = models.CharField(_("nama"), max_length=150)
    name_en = models.CharField(_("nama (Inggris)"), max_length=150, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("induk"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    default_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("instansi default"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    needs_field_check = models.BooleanField(
        _("perlu cek lapangan"), default=False, help_text=_("Memakai tenggat penyelesaian yang lebih panjang.")
    )
    lapor_main = models.CharField(_("kategori utama SP4N-LAPOR!"), max_length=150, blank=True)
    active = models.BooleanField(_("aktif"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("urutan"), default=100)

    class Meta:
        verbose_name = _("kategori")
        verbose_name_plural = _("kategori")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    def label(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name

    @property
    def localized_name(self) -> str:
        """The name in the active language (pages and statistics in English show name_en where given)."""
        return self.label((get_language() or "id")[:2])
