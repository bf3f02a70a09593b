"""Trained routing models and the suggestions they (or the agency profiles) made."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PROFILE_SOURCE = "profil"


class RoutingModel(models.Model):
    """One trained, serialised router (``pintu.routing.core.model``). At most one is active."""

    version = models.PositiveIntegerField(_("versi"), unique=True)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now)
    trained_on = models.PositiveIntegerField(_("jumlah contoh"))
    metrics = models.JSONField(_("metrik"), default=dict, blank=True)
    active = models.BooleanField(_("aktif"), default=False)
    blob = models.BinaryField(editable=False)

    class Meta:
        verbose_name = _("model rute")
        verbose_name_plural = _("model rute")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=models.Q(active=True), name="routing_one_active_model"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"model-v{self.version}"


class Suggestion(models.Model):
    """The agencies suggested for a report, and what the admin instansi did with them."""

    class Source(models.TextChoices):
        MODEL = "model", _("Model")
        PROFILE = PROFILE_SOURCE, _("Profil instansi")

    report = models.ForeignKey("complaints.Report", on_delete=models.CASCADE, related_name="routing_suggestions")
    model_version = models.CharField(_("versi model"), max_length=30)  # "model-v3" or "profil"
    source = models.CharField(_("sumber"), max_length=10, choices=Source.choices)
    ranked = models.JSONField(_("saran"), default=list)  # [{"agency": code, "probability": 0.83}, ...]
    needs_person = models.BooleanField(_("perlu diputuskan petugas"), default=False)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now)
    taken = models.PositiveSmallIntegerField(_("peringkat yang dipilih"), null=True, blank=True)
    final_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("instansi akhir"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("diputuskan"), null=True, blank=True)

    class Meta:
        verbose_name = _("saran instansi")
        verbose_name_plural = _("saran instansi")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["report", "-created_at"], name="routing_sugg_report_idx")]

    def __str__(self) -> str:
        return f"{self.report_id} {self.model_version}"

    def codes(self) -> list[str]:
        return [item["agency"] for item in self.ranked]
