"""Sign-in events into the audit trail (pintu.audit.services.audit).

Recorded here: password sign-in succeeded / failed, a lockout by django-axes, sign-out, and the
second-factor events (recorded by pintu.security.twofactor through `record`). No personal data
goes into details: a failed attempt keeps whether the username exists, never the username itself
when it does not belong to a staff account (pintu.audit decides what of the actor is kept).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.utils import timezone

from pintu.audit.services import audit

LOGIN_AT_KEY = "pintu_login_at"  # session: when the password was accepted (absolute session limit)


def record(action: str, *, actor=None, target=None, details: dict | None = None, request=None) -> None:
    """Append an audit entry."""
    audit(action, actor=actor, target=target, details=details, request=request)


def _user_by_username(username: str | None):
    if not username:
        return None
    return get_user_model().objects.filter(username=username).first()


def on_login(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[LOGIN_AT_KEY] = int(timezone.now().timestamp())
    record("auth.login", actor=user, request=request)


def on_login_failed(sender, credentials, request=None, **kwargs) -> None:
    user = _user_by_username(credentials.get("username"))
    locked = bool(getattr(request, "axes_locked_out", False))
    details = {"known_user": user is not None, "while_locked_out": locked}
    record("auth.login_failed", actor=None, target=user, details=details, request=request)


def on_locked_out(sender, request, username, ip_address, **kwargs) -> None:
    user = _user_by_username(username)
    record("auth.lockout", actor=None, target=user, details={"known_user": user is not None}, request=request)


def on_logout(sender, request, user, **kwargs) -> None:
    if user is not None:
        record("auth.logout", actor=user, request=request)


def connect() -> None:
    """Called once from SecurityConfig.ready()."""
    from axes.signals import user_locked_out

    user_logged_in.connect(on_login, dispatch_uid="pintu.security.on_login")
    user_login_failed.connect(on_login_failed, dispatch_uid="pintu.security.on_login_failed")
    user_logged_out.connect(on_logout, dispatch_uid="pintu.security.on_logout")
    user_locked_out.connect(on_locked_out, dispatch_uid="pintu.security.on_locked_out")
