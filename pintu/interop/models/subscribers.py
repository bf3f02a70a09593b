"""Outside systems (a provincial dashboard, say) that receive public report events by signed webhook."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.privacy.fields import EncryptedTextField


class WebhookSubscription(models.Model):
    """A subscriber. `cursor` is the last history event id looked at: the sweep reads events after it,
    so nothing is lost while a worker is down and nothing is sent twice (unique per event)."""

    name = models.CharField(_("nama"), max_length=120)
    url = models.URLField(_("alamat webhook"))
    secret = EncryptedTextField(_("rahasia penandatangan"))
    event_kinds = models.CharField(
        _("jenis peristiwa"),
        max_length=400,
        blank=True,
        help_text=_("Dipisah koma, misalnya submitted,verify,follow_up. Kosong: semua peristiwa publik."),
    )
    active = models.BooleanField(_("aktif"), default=True)
    cursor = models.PositiveBigIntegerField(
        _("peristiwa terakhir yang diperiksa"),
        default=0,
        help_text=_(
            "0 mengirim seluruh riwayat publik; isi dengan nomor peristiwa terakhir untuk mulai dari sekarang."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pelanggan webhook")
        verbose_name_plural = _("pelanggan webhook")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def kinds(self) -> set[str]:
        return {kind.strip() for kind in self.event_kinds.split(",") if kind.strip()}
