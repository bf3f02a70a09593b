"""Practice rounds and their seats: rows of the REAL database (the trainer's plan), never of the practice one.

The sample cases themselves live in the practice database (pintu.sandbox); `PracticeCase` only names them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.accounts.roles import Role


class PracticeRound(models.Model):
    """One training session (sosialisasi) run by a trainer."""

    name = models.CharField(_("nama putaran"), max_length=150)
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pelatih"),
        on_delete=models.PROTECT,
        related_name="practice_rounds_led",
    )
    active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("putaran latihan")
        verbose_name_plural = _("putaran latihan")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name


class PracticeSeat(models.Model):
    """A trainee's place in a round: the role and agency they practise as, in their own sandbox."""

    round = models.ForeignKey(PracticeRound, verbose_name=_("putaran"), on_delete=models.CASCADE, related_name="seats")
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("peserta"), on_delete=models.CASCADE, related_name="practice_seats"
    )
    role = models.CharField(_("peran latihan"), max_length=30, choices=Role.choices)
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi"), on_delete=models.PROTECT, related_name="+"
    )
    seeded_at = models.DateTimeField(_("kasus contoh dibuat"), null=True, blank=True)

    class Meta:
        verbose_name = _("kursi latihan")
        verbose_name_plural = _("kursi latihan")
        constraints = [models.UniqueConstraint(fields=["round", "trainee"], name="practice_seat_once_per_round")]

    def __str__(self) -> str:
        return f"{self.trainee} · {self.get_role_display()} · {self.agency}"


class PracticeCase(models.Model):
    """A sample case of a seat, by kind; `case_id` is a row of the PRACTICE database."""

    seat = models.ForeignKey(PracticeSeat, on_delete=models.CASCADE, related_name="cases")
    kind = models.CharField(_("jenis latihan"), max_length=40)
    case_id = models.PositiveBigIntegerField(_("nomor kasus latihan"))
    reference = models.CharField(_("kode"), max_length=40)
    expected_agency = models.CharField(_("instansi yang benar"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("kasus latihan")
        verbose_name_plural = _("kasus latihan")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.kind} · {self.reference}"
