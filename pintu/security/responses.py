"""The error answers of the security layer: 429 (too many requests), 413 (request too large), lockout.

Both answer JSON to /api/ callers and an Indonesian page to people. `bad_request` is the project's
handler400: Django reports an over-limit form body (RequestDataTooBig, TooManyFieldsSent,
TooManyFilesSent) as a 400, which we turn into the 413 page instead of a bare error.
"""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views import defaults


def _wants_json(request) -> bool:
    return request.path_info.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


def too_many_requests(request, retry_after: int | None = None):
    message = _("Terlalu banyak permintaan dari Anda dalam waktu singkat. Tunggu sebentar, lalu coba lagi.")
    if _wants_json(request):
        response = JsonResponse({"detail": message, "code": "rate_limited"}, status=429)
    else:
        response = render(request, "security/rate_limited.html", {"message": message}, status=429)
    if retry_after:
        response["Retry-After"] = str(retry_after)
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
        return JsonResponse({"detail": message, "code": "locked_out"}, status=429)
    return render(request, "security/lockout.html", context, status=429)
