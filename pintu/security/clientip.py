"""The client's IP address, one rule for the audit log, django-axes and the rate limits.

The rule itself (REMOTE_ADDR, or X-Forwarded-For behind PINTU_TRUSTED_PROXY_COUNT proxies) lives in
pintu.audit.clientip; an address that cannot be parsed counts as one shared "unknown" client.
"""

from pintu.audit.clientip import client_ip as audited_ip

UNKNOWN = "0.0.0.0"  # noqa: S104 (a bucket name, not a bind address)


def client_ip(request) -> str:
    return audited_ip(request) or UNKNOWN


def axes_client_ip(request) -> str:
    """django-axes calls AXES_CLIENT_IP_CALLABLE with the request."""
    return client_ip(request)
