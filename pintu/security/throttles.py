"""DRF throttles for /api/: per account (or token owner) when signed in; otherwise per client, with a
higher limit per address that refuses only a caller who has itself used it (pintu.security.ratelimit).

Rates come from settings.PINTU_RATES["api"] ("client", "ip" and "identity") and are read on each
request, so a test or an operator can change them without a restart; PINTU_RATELIMIT=0 turns them off
with the form limits. A refused call gets a 429 with Retry-After and the API's error body saying how long
to wait (pintu.apikit.errors). An anonymous API caller counts by the client cookie only when it keeps
one (none is issued here: most API clients would never send it back), else by its address.
Public submission endpoints add `ApiSubmitThrottle`: the web form's own counters (scope report_submit),
so the API is no way around the limits of the web forms.
"""

from django.conf import settings
from rest_framework.throttling import BaseThrottle, SimpleRateThrottle

from pintu.security import ratelimit


class ApiAnonThrottle(BaseThrottle):
    scope_name = "api"

    def allow_request(self, request, view):
        if not settings.RATELIMIT_ENABLE or (request.user is not None and request.user.is_authenticated):
            return True
        self._wait = ratelimit.hit(request, self.scope_name, issue=False)
        return self._wait is None

    def wait(self):
        return getattr(self, "_wait", None)


class ApiUserThrottle(SimpleRateThrottle):
    scope = "api_user"

    def get_rate(self):
        return settings.PINTU_RATES["api"]["identity"]

    def allow_request(self, request, view):
        if not settings.RATELIMIT_ENABLE:
            return True
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        if request.user is None or not request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class ApiSubmitThrottle(BaseThrottle):
    """For POST endpoints that create a case: the web form's submission limits (per client, per address)."""

    scope_name = "report_submit"

    def allow_request(self, request, view):
        if not settings.RATELIMIT_ENABLE or request.method != "POST":
            return True
        self._wait = ratelimit.hit(request, self.scope_name, issue=False)
        return self._wait is None

    def wait(self):
        return getattr(self, "_wait", None)
