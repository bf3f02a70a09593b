"""The second sign-in factor: who must have one, enrolling a TOTP app, verifying, backup codes.

A TOTP device (django-otp) is the authenticator app on the officer's phone; a static device holds
ten single-use backup codes, so a lost phone is not a lockout. Each use case is one function that
writes in one transaction and appends one audit entry (pintu.security.audit_hooks.record).
"""

from __future__ import annotations

from base64 import b32encode
from dataclasses import dataclass

import django_otp
import segno
from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.security.audit_hooks import record

#: Roles whose holders must sign in with a second factor (issue #8); superusers count as system admins.
SECOND_FACTOR_ROLES = (Role.ADMIN_INSTANSI, Role.PPID_UTAMA, Role.ATASAN_PPID, Role.SYSTEM_ADMIN)
TOTP_NAME = "Aplikasi autentikator"
BACKUP_NAME = "Kode cadangan"
BACKUP_CODE_COUNT = 10


def requires_second_factor(user) -> bool:
    """The four roles, superusers, and anyone else who can open the Django admin (is_staff)."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or scope_of(user).has(*SECOND_FACTOR_ROLES)


def has_device(user) -> bool:
    return any(True for _ in django_otp.devices_for_user(user, confirmed=True))


def is_verified(user) -> bool:
    """True when this session passed the second factor (django-otp's OTPMiddleware sets otp_device)."""
    return getattr(user, "otp_device", None) is not None


def must_verify(user) -> bool:
    """Signed in with a password only, while the role requires a second factor."""
    if not requires_second_factor(user) or is_verified(user):
        return False
    if settings.PINTU_DEMO_2FA_OPTIONAL and not has_device(user):
        return False  # `make run` demo: not forced to enrol, asked once enrolled
    return True


# --- enrolment ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    device: TOTPDevice
    secret: str  # base32 in groups of four, what an app asks for when the QR code cannot be scanned
    uri: str  # otpauth://totp/...

    def qr_svg(self) -> str:
        """The QR code as inline SVG (no script, no image request)."""
        return segno.make(self.uri, error="m").svg_inline(scale=4, border=2, title="Kode QR")


def enrolment_for(user) -> Enrolment:
    """The pending (unconfirmed) TOTP device of the user, made on first call; the same on reload."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)
    key = b32encode(device.bin_key).decode().rstrip("=")
    grouped = " ".join(key[i : i + 4] for i in range(0, len(key), 4))  # easier to type; apps ignore spaces
    return Enrolment(device=device, secret=grouped, uri=device.config_url)


def confirm_enrolment(request, user, token: str) -> list[str] | None:
    """Confirm the pending TOTP device with a code from the app; returns fresh backup codes, or None.

    On success the session counts as verified, other pending devices and older authenticator
    devices are removed (one phone at a time), and a new set of backup codes replaces the old.
    """
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).order_by("pk").first()
        if device is None or not device.verify_token(_digits(token)):
            record("auth.2fa_enrol_failed", actor=user, request=request)
            return None
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = _replace_backup_codes(user)
        record("auth.2fa_enrolled", actor=user, request=request, details={"device": device.persistent_id})
    django_otp.login(request, device)
    return codes


# --- verification -------------------------------------------------------------------------------


def verify(request, user, token: str) -> bool:
    """Check a code from the app or a backup code; on success mark this session verified."""
    token = token.strip().replace(" ", "").lower()
    with transaction.atomic():
        device = None
        for candidate in django_otp.devices_for_user(user, confirmed=True, for_verify=True):
            value = _digits(token) if isinstance(candidate, TOTPDevice) else token
            if value and candidate.verify_token(value):
                device = candidate
                break
        if device is None:
            record("auth.2fa_failed", actor=user, request=request)
            return False
        kind = "backup_code" if isinstance(device, StaticDevice) else "totp"
        details = {"method": kind}
        if kind == "backup_code":
            details["backup_codes_left"] = device.token_set.count()
        record("auth.2fa_verified", actor=user, request=request, details=details)
    django_otp.login(request, device)
    return True


def new_backup_codes(request, user) -> list[str]:
    """Replace the user's backup codes (the old ones stop working)."""
    with transaction.atomic():
        codes = _replace_backup_codes(user)
        record("auth.2fa_backup_codes_renewed", actor=user, request=request)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def _replace_backup_codes(user) -> list[str]:
    device, _ = StaticDevice.objects.get_or_create(user=user, name=BACKUP_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def _digits(token: str) -> str:
    return "".join(ch for ch in token if ch.isdigit())
