"""Citizen accounts: registration with a verified e-mail or phone, and sign-in by a one-time code.

Use cases, each one transaction with its audit entry (no address or code in the details):
- `start_registration` checks the address is free and sends a code; the pending registration (name,
  address, password hash) waits in the visitor's session, sealed (pintu.privacy.sealed);
- `complete_registration` spends the code and creates the account with the address marked verified;
- `start_code_login` sends a sign-in code when the address belongs to a citizen's account;
- `complete_code_login` spends the code and returns the account.

Whether the address is known is never shown: an unknown address, an officer's address or one that
already has an account all get the same page ("if ... we sent a code"). An address that already has an
account gets a notice instead of a registration code, so its owner learns someone tried.
Officers (any role, Django staff, superusers) do not sign in by code: their sign-in keeps the password
and, for their roles, the second factor (pintu.security.twofactor).
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.security import onetime
from pintu.security.audit_hooks import record
from pintu.security.code_delivery import send_account_exists, send_code
from pintu.security.destinations import EMAIL, Destination
from pintu.security.models import CodePurpose

USERNAME_PREFIX = "warga-"


def is_citizen(user) -> bool:
    """An active account without any officer role, Django staff or superuser flag."""
    return bool(
        user is not None and user.is_active and not user.is_staff and not user.is_superuser
        and not scope_of(user).is_staff_member
    )  # fmt: skip


def is_administrator(user) -> bool:
    """System administrators and Django staff/superusers: no self-service password reset."""
    return bool(user.is_superuser or user.is_staff or scope_of(user).has(Role.SYSTEM_ADMIN))


def accounts_with(destination: Destination, *, verified_only: bool = False):
    """Active accounts holding `destination` as their e-mail or phone."""
    users = get_user_model().objects.filter(is_active=True)
    if destination.kind == EMAIL:
        users = users.filter(email__iexact=destination.value)
        return users.filter(email_verified_at__isnull=False) if verified_only else users
    users = users.filter(phone=destination.value)
    return users.filter(phone_verified_at__isnull=False) if verified_only else users


def citizen_for(destination: Destination):
    """The citizen account whose verified address this is (None when none, or when it is an officer's)."""
    candidates = list(accounts_with(destination, verified_only=True)[:2])
    if len(candidates) != 1 or not is_citizen(candidates[0]):
        return None
    return candidates[0]


# --- registration -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingRegistration:
    """What the registration form collected; kept sealed in the session until the code is entered."""

    name: str
    destination: Destination
    password_hash: str  # "" = no password: the citizen signs in by code
    language: str


def start_registration(*, name: str, destination: Destination, password: str, language: str,
                       request=None) -> PendingRegistration:  # fmt: skip
    """The pending registration, its code sent (or, when the address has an account, the notice).

    Raises CodeNotSent."""
    pending = PendingRegistration(
        name=name.strip(), destination=destination, password_hash=make_password(password) if password else "",
        language=language,
    )  # fmt: skip
    send_registration_code(destination, language, request=request)
    return pending


def send_registration_code(destination: Destination, language: str, *, request=None) -> None:
    """A new registration code for `destination` (also for "send again"). Raises CodeNotSent."""
    code = onetime.issue(CodePurpose.SIGNUP, destination)  # also when taken: the code page behaves the same
    if accounts_with(destination).exists():
        send_account_exists(destination, language)  # no code: the owner learns someone tried
        record("auth.register_existing", request=request, details={"channel": destination.kind})
        return
    send_code(destination, code, CodePurpose.SIGNUP, language)
    record("auth.code_sent", request=request, details={"purpose": "signup", "channel": destination.kind})


def _new_username() -> str:
    alphabet = string.ascii_lowercase + string.digits
    User = get_user_model()
    while True:
        username = USERNAME_PREFIX + "".join(secrets.choice(alphabet) for _ in range(8))
        if not User.objects.filter(username=username).exists():
            return username


def complete_registration(pending: PendingRegistration, code: str, *, request=None):
    """Spend the code and create the account (address verified). Raises onetime.CodeRefused, ValidationError.

    The code is checked in its own transaction: a wrong answer must count even though an error follows."""
    try:
        onetime.spend(CodePurpose.SIGNUP, pending.destination, code)
    except onetime.CodeRefused:
        record("auth.code_failed", request=request, details={"purpose": "signup"})
        raise
    with transaction.atomic():
        if accounts_with(pending.destination).exists():  # registered meanwhile, in another tab or by someone
            raise ValidationError(_("Alamat ini sudah terdaftar. Silakan masuk."))
        now = timezone.now()
        User = get_user_model()
        user = User(username=_new_username(), full_name=pending.name, language=pending.language)
        if pending.destination.kind == EMAIL:
            user.email, user.email_verified_at = pending.destination.value, now
        else:
            user.phone, user.phone_verified_at = pending.destination.value, now
        if pending.password_hash:
            user.password = pending.password_hash
        else:
            user.set_unusable_password()
        user.save()
        record("auth.registered", actor=user, target=user, request=request,
               details={"channel": pending.destination.kind, "password": bool(pending.password_hash)})  # fmt: skip
    return user


# --- sign-in by code ------------------------------------------------------------------------------


def start_code_login(destination: Destination, language: str, *, request=None) -> None:
    """Send a sign-in code when `destination` is a citizen's verified address; otherwise nothing. Raises CodeNotSent."""
    user = citizen_for(destination)
    if user is None:
        onetime.forget(CodePurpose.LOGIN, destination)
        record("auth.code_unknown", request=request, details={"channel": destination.kind})
        return
    code = onetime.issue(CodePurpose.LOGIN, destination, user=user)
    send_code(destination, code, CodePurpose.LOGIN, user.language or language)
    record("auth.code_sent", actor=None, target=user, request=request,
           details={"purpose": "login", "channel": destination.kind})  # fmt: skip


def complete_code_login(destination: Destination, code: str, *, request=None):
    """The citizen the code was sent to; raises onetime.CodeRefused."""
    try:
        spent = onetime.spend(CodePurpose.LOGIN, destination, code)
    except onetime.CodeRefused:
        record("auth.code_failed", request=request, details={"purpose": "login"})
        raise
    user = get_user_model().objects.filter(pk=spent.user_id).first()
    if user is None or not is_citizen(user):  # became an officer or was closed since the code was sent
        raise onetime.CodeRefused(0)
    return user
