"""Token authentication against hashed tokens: `Authorization: Bearer pintu_...` (or `Token pintu_...`)."""

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from pintu.apikit.models import ApiToken, digest

KEYWORDS = ("bearer", "token")


class HashedTokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower().decode(errors="replace") not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Token tidak valid."))
        raw = parts[1].decode(errors="replace")
        token = ApiToken.objects.active().select_related("user").filter(key_hash=digest(raw)).first()
        if token is None:
            raise exceptions.AuthenticationFailed(_("Token tidak valid atau sudah dicabut."))
        if token.last_used_at is None or (timezone.now() - token.last_used_at).total_seconds() > 300:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())  # at most every 5 minutes
        return token.user, token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


class HashedTokenScheme(OpenApiAuthenticationExtension):
    target_class = "pintu.apikit.auth.HashedTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "Token dari `manage.py api_token <username>`."}
