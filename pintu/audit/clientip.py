"""The client's address as the audit log records it: one rule, also used by the rate limits and django-axes
(pintu.security.clientip). Imports no model, so settings-time callers may import it at any moment."""

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or X-Forwarded-For behind PINTU_TRUSTED_PROXY_COUNT proxies.

    With N trusted proxies the client is the N-th address from the right of X-Forwarded-For
    (each proxy appends the address it received the request from); anything further left was
    written by the client and cannot be trusted.
    """
    if request is None:
        return None
    meta = getattr(request, "META", {})
    candidate = meta.get("REMOTE_ADDR", "")
    proxies = int(getattr(settings, "PINTU_TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies > 0:
        hops = [part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(hops) >= proxies:
            candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None
