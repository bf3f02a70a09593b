"""DRF throttles for /api/: per client address for anonymous calls, per account (or token owner) for the rest.

Rates come from settings.PINTU_RATES["api"] ("ip" and "identity") and are read on each request, so a
test or an operator can change them without a restart; PINTU_RATELIMIT=0 turns them off with the
form limits. A refused call gets DRF's 429 with Retry-After (the API's error body).
Public submission endpoints can add `ApiSubmitThrottle` (settings.PINTU_RATES["report_submit"]["ip"]),
so the API is no way around the limits of the web forms.
"""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from pintu.security.clientip import client_ip


class _SettingsRateThrottle(SimpleRateThrottle):
    rates_key: tuple[str, str] = ("api", "ip")

    def get_rate(self):
        scope, kind = self.rates_key
        return settings.PINTU_RATES[scope][kind]

    def allow_request(self, request, view):
        if not settings.RATELIMIT_ENABLE:
            return True
        return super().allow_request(request, view)


class ApiAnonThrottle(_SettingsRateThrottle):
    scope = "api_anon"
    rates_key = ("api", "ip")

    def get_cache_key(self, request, view):
        if request.user is not None and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}


class ApiUserThrottle(_SettingsRateThrottle):
    scope = "api_user"
    rates_key = ("api", "identity")

    def get_cache_key(self, request, view):
        if request.user is None or not request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class ApiSubmitThrottle(_SettingsRateThrottle):
    """For POST endpoints that create a case: the web form's per-address submission rate."""

    scope = "api_submit"
    rates_key = ("report_submit", "ip")

    def get_cache_key(self, request, view):
        if request.method != "POST":
            return None
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}
