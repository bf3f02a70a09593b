"""Open311 clients (who may create requests) and the link from a created report to its client and token.

The API key is shown once when issued (`manage.py open311_client NAME`); only its SHA-256 is kept. A key
of 32 random bytes needs no slow hash (nothing to brute-force), so a lookup stays one index hit.
"""

import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "o311_"


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class Open311Client(models.Model):
    """An application (a city app, a partner's kiosk) allowed to POST service requests."""

    name = models.CharField(_("nama aplikasi"), max_length=120)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    hint = models.CharField(_("awal kunci"), max_length=16, editable=False)
    active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("klien Open311")
        verbose_name_plural = _("klien Open311")

    def __str__(self) -> str:
        return f"{self.name} ({self.hint}…)"


def issue_client(name: str) -> tuple[Open311Client, str]:
    """A new client; returns (row, raw api_key). The raw key is never stored."""
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    client = Open311Client.objects.create(name=name, key_hash=digest(raw), hint=raw[: len(KEY_PREFIX) + 6])
    return client, raw


def client_for_key(raw: str) -> Open311Client | None:
    if not raw:
        return None
    return Open311Client.objects.filter(key_hash=digest(raw), active=True).first()


class Open311Request(models.Model):
    """A report created through Open311: which client sent it, and the token the client may look up."""

    report = models.OneToOneField("complaints.Report", on_delete=models.CASCADE, related_name="open311")
    client = models.ForeignKey(Open311Client, on_delete=models.PROTECT, related_name="requests")
    token = models.CharField(max_length=40, unique=True)
    account_id = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("permintaan Open311")
        verbose_name_plural = _("permintaan Open311")

    def __str__(self) -> str:
        return f"{self.token} -> report {self.report_id}"
