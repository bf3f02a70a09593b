"""Message-IDs of the e-mails Pintu sends about a report, so a reply threads back without a lookup table.

``<r.LPR-2026-7K3QX.<tag>.<random>@pintu>``: the tag is an HMAC of the code under SECRET_KEY, so only
Message-IDs we minted are recognised; a forged In-Reply-To naming another code does not verify.
(Threading still requires the sender to be the report's contact.) Minted here, where the e-mails are
sent; pintu.interop.inbound reads them back (codes_in_references).
"""

import hashlib
import hmac
import re
import secrets

from django.conf import settings

_PATTERN = re.compile(r"<r\.([A-Z]{3}-\d{4}-[A-Z0-9]{5})\.([0-9a-f]{12})\.[0-9a-z]+@[^>]+>")


def _tag(code: str) -> str:
    key = hashlib.sha256(b"pintu-msgid:" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()[:12]


def case_message_id(code: str, domain: str = "pintu.invalid") -> str:
    return f"<r.{code}.{_tag(code)}.{secrets.token_hex(6)}@{domain}>"


def codes_in_references(*headers: str) -> list[str]:
    """Report codes named by Message-IDs we minted, in the order they appear in the headers."""
    found = []
    for header in headers:
        for code, tag in _PATTERN.findall(header or ""):
            if hmac.compare_digest(tag, _tag(code)) and code not in found:
                found.append(code)
    return found
