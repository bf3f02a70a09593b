"""API tokens, stored hashed: a leaked database or backup does not hand out working credentials.

A token is shown once when issued (`manage.py api_token <username>`); only its SHA-256 is kept.
A token of 32 random bytes needs no slow hash (nothing to brute-force), so lookups stay one index hit.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "pintu_"  # noqa: S105 (a prefix, not a secret)


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    hint = models.CharField(_("awal token"), max_length=16, help_text=_("Beberapa karakter awal, untuk mengenali."))
    label = models.CharField(_("keterangan"), max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("token API")
        verbose_name_plural = _("token API")

    def __str__(self) -> str:
        return f"{self.hint}… ({self.user})"


def issue_token(user, label: str = "") -> tuple[ApiToken, str]:
    """A new token for `user`; returns (row, raw token). The raw token is never stored."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, key_hash=digest(raw), hint=raw[: len(TOKEN_PREFIX) + 6], label=label)
    return token, raw


def revoke_tokens(user) -> int:
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
