"""Helpers for tests: a session that passed the second factor without typing a code.

`Client.force_login(user)` (and the browser tests' password login) stand for "fully signed in";
tests/conftest.py uses `mark_verified` so that users whose role needs a second factor stay that way.
tests/security_auth checks the real flow (password, then a TOTP or backup code) end to end.
"""

from __future__ import annotations

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from pintu.security.twofactor import BACKUP_NAME, requires_second_factor


def backup_device(user) -> StaticDevice:
    device, _ = StaticDevice.objects.get_or_create(user=user, name=BACKUP_NAME, defaults={"confirmed": True})
    return device


def issue_backup_code(user) -> str:
    """A fresh single-use backup code for `user` (the user then has a device, so is asked to verify)."""
    token = StaticToken.random_token()
    StaticToken.objects.create(device=backup_device(user), token=token)
    return token


def mark_verified(client, user) -> None:
    """Make the test client's session count as second-factor verified for `user`, when it needs one."""
    if not requires_second_factor(user):
        return
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = backup_device(user).persistent_id
    session.save()
