"""The breach register (register kegagalan pelindungan data pribadi), kept by the system admin.

Each row: when the breach was discovered (and, if known, when it happened), what happened and how,
which personal data and whose, the measures taken, and when and how the data subjects, the authority
and, where needed, the public were told (UU 27/2022 Pasal 46). The 3 x 24 hour clock is
pintu.mydata.breach_clock; rows change only through pintu.mydata.breaches (audited, with a history).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pintu.mydata.breach_clock import NoticeClock, notice_clock, notice_due


class Breach(models.Model):
    number = models.CharField(_("nomor register"), max_length=30, unique=True, editable=False)
    title = models.CharField(_("ringkasan kejadian"), max_length=200)
    discovered_at = models.DateTimeField(_("diketahui pada"), help_text=_("Awal hitungan 3 x 24 jam."))
    occurred_at = models.DateTimeField(_("terjadi pada (perkiraan)"), null=True, blank=True)
    description = models.TextField(
        _("apa yang terjadi dan bagaimana"), help_text=_("Kapan dan bagaimana data pribadi terungkap.")
    )
    data_affected = models.TextField(_("data pribadi yang terungkap"), help_text=_("Jenis data, bukan datanya."))
    subjects_affected = models.TextField(
        _("subjek data yang terdampak"), help_text=_("Siapa, dan perkiraan jumlahnya.")
    )
    subjects_count = models.PositiveIntegerField(_("jumlah subjek data"), null=True, blank=True)
    measures = models.TextField(_("upaya penanganan dan pemulihan"))
    subjects_notified_at = models.DateTimeField(_("subjek data diberi tahu pada"), null=True, blank=True)
    subjects_notified_how = models.CharField(_("cara pemberitahuan kepada subjek data"), max_length=250, blank=True)
    authority_notified_at = models.DateTimeField(_("lembaga diberi tahu pada"), null=True, blank=True)
    authority_notified_how = models.CharField(_("cara pemberitahuan kepada lembaga"), max_length=250, blank=True)
    public_notice_needed = models.BooleanField(
        _("perlu diumumkan kepada masyarakat"), default=False, help_text=_("UU 27/2022 Pasal 46 ayat (3).")
    )
    public_notified_at = models.DateTimeField(_("diumumkan pada"), null=True, blank=True)
    public_notified_how = models.CharField(_("cara pengumuman"), max_length=250, blank=True)
    closed_at = models.DateTimeField(_("selesai ditangani"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("kegagalan pelindungan data pribadi")
        verbose_name_plural = _("register kegagalan pelindungan data pribadi")
        ordering = ["-discovered_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def notify_due(self):
        return notice_due(self.discovered_at)

    def subjects_clock(self, now=None) -> NoticeClock:
        return notice_clock(self.discovered_at, self.subjects_notified_at, now or timezone.now())

    def authority_clock(self, now=None) -> NoticeClock:
        return notice_clock(self.discovered_at, self.authority_notified_at, now or timezone.now())

    def overdue(self, now=None) -> bool:
        """A notice to the data subjects or the authority is still missing after 3 x 24 hours."""
        return self.subjects_clock(now).overdue or self.authority_clock(now).overdue
