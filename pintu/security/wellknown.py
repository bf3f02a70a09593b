"""/.well-known/security.txt (RFC 9116) and the human page it points to as its Policy.

The contact is the deployer's (PINTU_SECURITY_CONTACT: an e-mail address or an https URL); without it
the file answers 404, since a security.txt with a contact nobody reads is worse than none. "Expires"
is always PINTU_SECURITY_TXT_DAYS ahead, so the file never goes stale while the setting is kept.
"""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET


def contact_uri() -> str:
    contact = settings.PINTU_SECURITY_CONTACT.strip()
    if contact and "@" in contact and ":" not in contact:
        return f"mailto:{contact}"
    return contact


@require_GET
def security_txt(request):
    contact = contact_uri()
    if not contact:
        raise Http404
    expires = timezone.now().replace(microsecond=0) + datetime.timedelta(days=settings.PINTU_SECURITY_TXT_DAYS)
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: id, en",
        f"Canonical: {request.build_absolute_uri(reverse('web:security_txt'))}",
        f"Policy: {request.build_absolute_uri(reverse('web:security_policy'))}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def security_policy(request):
    """How to report a vulnerability, in plain words (Indonesian first)."""
    return render(request, "security/policy.html", {"contact": contact_uri()})
