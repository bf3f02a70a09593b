"""What the background sweeps did: one row per run, and one marker per side effect done once."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SweepRun(models.Model):
    name = models.CharField(_("sweep"), max_length=80)
    started_at = models.DateTimeField(_("mulai"))
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    processed = models.PositiveIntegerField(_("jumlah diproses"), default=0)
    error = models.TextField(_("galat"), blank=True)

    class Meta:
        verbose_name = _("jalannya sweep")
        verbose_name_plural = _("jalannya sweep")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["name", "-started_at"], name="sweeprun_name_idx")]

    def __str__(self) -> str:
        return f"{self.name} @ {self.started_at:%Y-%m-%d %H:%M}"


class OnceMarker(models.Model):
    """A side effect that must happen once (an escalation e-mail for one breach, say).

    The unique key makes concurrent workers and repeated runs agree on who does it.
    """

    key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("penanda sekali jalan")
        verbose_name_plural = _("penanda sekali jalan")

    def __str__(self) -> str:
        return self.key
