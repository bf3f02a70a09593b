"""People and the roles they hold for an agency."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.accounts.roles import Role


class User(AbstractUser):
    """A citizen or an officer. Officers are the users with at least one active RoleAssignment."""

    full_name = models.CharField(_("nama lengkap"), max_length=150, blank=True)
    phone = models.CharField(_("telepon"), max_length=30, blank=True)
    language = models.CharField(_("bahasa"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE)
    #: When the person proved they receive mail at `email` / messages at `phone` (a one-time code,
    #: pintu.security.onetime). Cleared when the address changes. Sign-in by code and claiming guest
    #: cases need a verified address; officers' addresses entered by an administrator stay unverified.
    email_verified_at = models.DateTimeField(_("e-mail terverifikasi"), null=True, blank=True)
    phone_verified_at = models.DateTimeField(_("telepon terverifikasi"), null=True, blank=True)

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")

    def __str__(self) -> str:
        return self.full_name or self.username

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.username


class RoleAssignment(models.Model):
    """`user` holds `role` for `agency` (and, through the agency tree, for its units)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("peran"), max_length=30, choices=Role.choices)
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi"), on_delete=models.PROTECT, related_name="role_assignments"
    )
    title = models.CharField(_("jabatan"), max_length=150, blank=True)
    active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("penugasan peran")
        verbose_name_plural = _("penugasan peran")
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "agency"], name="role_assignment_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.agency}"
