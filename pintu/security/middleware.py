"""Request-wide guards: second factor required, session limits, request size, Permissions-Policy.

The second-factor guard is one middleware rather than a check in each staff decorator, so every
page (staff pages, /admin/, session-authenticated /api/ calls, even public pages) is covered for a
session that has only passed the password step. Token-authenticated API calls carry no session and
are not touched here: API tokens are long random secrets issued per client (see docs/security.md).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.security import twofactor
from pintu.security.audit_hooks import LOGIN_AT_KEY
from pintu.security.responses import too_large

SEEN_AT_KEY = "pintu_seen_at"
SEEN_WRITE_EVERY = 60  # seconds: the idle clock is updated at most once a minute (fewer session writes)


def _is_api(request) -> bool:
    return request.path_info.startswith("/api/")


class SecondFactorMiddleware:
    """A user whose role needs a second factor reaches nothing but the 2FA pages until verified."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths: tuple[str, ...] | None = None

    def open_paths(self) -> tuple[str, ...]:
        if self._open_paths is None:
            self._open_paths = (
                reverse("accounts:otp_verify"),
                reverse("accounts:otp_setup"),
                reverse("web:logout"),
                "/i18n/",
                settings.STATIC_URL if settings.STATIC_URL.startswith("/") else f"/{settings.STATIC_URL}",
            )
        return self._open_paths

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not request.path.startswith(self.open_paths()) and twofactor.must_verify(user):
            if _is_api(request):
                message = _("Verifikasi dua langkah diperlukan. Selesaikan verifikasi di situs, lalu coba lagi.")
                return JsonResponse({"detail": message, "code": "second_factor_required"}, status=403)
            target = "accounts:otp_verify" if twofactor.has_device(user) else "accounts:otp_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class SessionTimeoutMiddleware:
    """Staff sessions end after PINTU_STAFF_IDLE_SECONDS without a request (sliding); every session
    ends SESSION_COOKIE_AGE after the password was accepted, however active (absolute limit).

    After the logout the request goes on as anonymous: a staff page then redirects to the login
    page with ?next=, a public page simply shows.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            now = int(timezone.now().timestamp())
            session = request.session
            login_at = session.setdefault(LOGIN_AT_KEY, now)
            seen_at = session.get(SEEN_AT_KEY, now)
            staff = user.is_staff or scope_of(user).is_staff_member
            if now - login_at > settings.SESSION_COOKIE_AGE or (
                staff and now - seen_at > settings.PINTU_STAFF_IDLE_SECONDS
            ):
                logout(request)
                messages.info(request, _("Sesi Anda sudah berakhir. Silakan masuk lagi."))
            elif now - seen_at >= SEEN_WRITE_EVERY or SEEN_AT_KEY not in session:
                session[SEEN_AT_KEY] = now
        return self.get_response(request)


class RequestSizeLimitMiddleware:
    """Refuse a body larger than PINTU_MAX_REQUEST_BYTES with 413 before reading it.

    Django limits form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not the total of uploaded files,
    which it streams to disk; this cap keeps a single request from filling the disk.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.PINTU_MAX_REQUEST_BYTES:
            return too_large(request)
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header (Django has no setting for it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PINTU_PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PINTU_PERMISSIONS_POLICY)
        return response
