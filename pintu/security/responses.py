"""The error answers of the security layer: 429 (too many requests), 413 (request too large), lockout.

Both answer JSON to /api/ callers and an Indonesian page to people. Every 429 says how long to wait
(and sends Retry-After) and offers a way back. `bad_request` is the project's handler400: Django reports
an over-limit form body (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent) as a 400, which we
turn into the 413 page instead of a bare error.
"""

import math

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import defaults


def _wants_json(request) -> bool:
    return request.path_info.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


def wait_text(seconds: int) -> str:
    """How long to wait, in words: "45 detik", "3 menit", "2 jam" (rounded up)."""
    seconds = max(int(seconds or 0), 1)
    if seconds < 60:
        return ngettext("%(n)d detik", "%(n)d detik", seconds) % {"n": seconds}
    if seconds < 3600:
        minutes = math.ceil(seconds / 60)
        return ngettext("%(n)d menit", "%(n)d menit", minutes) % {"n": minutes}
    hours = math.ceil(seconds / 3600)
    return ngettext("%(n)d jam", "%(n)d jam", hours) % {"n": hours}


def rate_limited_message(retry_after: int | None) -> str:
    if not retry_after:
        return _("Terlalu banyak permintaan dari Anda dalam waktu singkat. Tunggu sebentar, lalu coba lagi.")
    return _("Terlalu banyak permintaan dari Anda dalam waktu singkat. Coba lagi dalam %(wait)s.") % {
        "wait": wait_text(retry_after)
    }


def rate_limited_body(retry_after: int | None) -> dict:
    """The JSON body of every 429 (web JSON callers and the API alike)."""
    body = {"detail": rate_limited_message(retry_after), "code": "rate_limited"}
    if retry_after:
        body["retry_after"] = int(retry_after)
    return body


def _back_url(request, back: str | None) -> str:
    """Where "Kembali" leads: the page given, else the page the person came from (this site only), else
    the limited page itself (each limited form shows again on GET)."""
    if back:
        return back
    referer = request.headers.get("Referer", "")
    if referer and url_has_allowed_host_and_scheme(referer, {request.get_host()}, request.is_secure()):
        return referer
    return request.get_full_path()  # every limited form shows itself again on GET


def too_many_requests(request, retry_after: int | None = None, *, back: str | None = None):
    """The 429 answer: how long to wait (words and Retry-After) and a link back (`back`, else the referer)."""
    if _wants_json(request):
        response = JsonResponse(rate_limited_body(retry_after), status=429)
    else:
        context = {
            "message": rate_limited_message(retry_after),
            "wait": wait_text(retry_after) if retry_after else "",
            "back": _back_url(request, back),
        }
        response = render(request, "security/rate_limited.html", context, status=429)
    if retry_after:
        response["Retry-After"] = str(int(retry_after))
    return response


def too_large(request, exception=None):
    message = _("Kiriman Anda terlalu besar. Kurangi ukuran atau jumlah berkas, lalu kirim lagi.")
    if _wants_json(request):
        return JsonResponse({"detail": message, "code": "too_large"}, status=413)
    return render(request, "security/too_large.html", {"message": message}, status=413)


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig | TooManyFieldsSent | TooManyFilesSent):
        return too_large(request, exception)
    return defaults.bad_request(request, exception)


def locked_out(request, original_response, credentials):
    """django-axes' AXES_LOCKOUT_CALLABLE: the lockout page (429), in Indonesian, with the wait in minutes."""
    from django.conf import settings

    minutes = round(float(settings.AXES_COOLOFF_TIME or 0) * 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    if _wants_json(request):
        message = _("Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %(minutes)s menit.") % {
            "minutes": minutes
        }
        response = JsonResponse({"detail": message, "code": "locked_out", "retry_after": minutes * 60}, status=429)
        if minutes:
            response["Retry-After"] = str(minutes * 60)
        return response
    context["back"] = _back_url(request, None)
    response = render(request, "security/lockout.html", context, status=429)
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response
