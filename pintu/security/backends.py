"""Authentication backends: django-axes lockout first; sign-in with a verified e-mail or phone last.

LockoutBackend: django-axes lockout as the first authentication backend.

Sign-in over HTTP (our login view, the admin, DRF) always passes the request, and is checked.
`authenticate()` without a request (management commands, the shell, Django's test `Client.login`)
has no client to lock out, so it is let through to the next backend instead of raising as
django-axes' own backend does.
"""

from axes.backends import AxesStandaloneBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError

from pintu.security.citizens import accounts_with
from pintu.security.destinations import parse_destination


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class VerifiedContactBackend(ModelBackend):
    """Password sign-in with the account's verified e-mail address or phone number instead of its username.

    After ModelBackend (a username is tried first). Only verified addresses count, and only when exactly
    one active account holds it, so an address an administrator typed for two officers signs nobody in.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        try:
            destination = parse_destination(username)
        except ValidationError:
            return None
        users = list(accounts_with(destination, verified_only=True)[:2])
        if len(users) != 1:
            get_user_model()().set_password(password)  # the same hashing time as a real check
            return None
        user = users[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
