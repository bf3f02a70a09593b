"""django-axes lockout as the first authentication backend.

Sign-in over HTTP (our login view, the admin, DRF) always passes the request, and is checked.
`authenticate()` without a request (management commands, the shell, Django's test `Client.login`)
has no client to lock out, so it is let through to the next backend instead of raising as
django-axes' own backend does.
"""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
