"""A guard for what arrives in the URL: a NUL character is refused before any view sees it.

PostgreSQL text values cannot contain NUL (0x00): a URL argument or query parameter carrying one
("/laporan/%00/") made the lookup raise DataError, a 500 (found by tests/hostile). Forms refuse NUL
in their fields themselves (Django's ProhibitNullCharactersValidator); this covers the path and the
query string, which reach selectors without a form.

It runs once the URL is resolved (process_view), so that a machine interface with an error format of its
own can answer in it: a view marked `refuses_nul_itself` (Open311, whose clients expect the
specification's error list) checks its parameters itself. /api/ gets the API's JSON error body.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

NUL = "\x00"


def has_nul(request) -> bool:
    return NUL in request.path_info or any(NUL in key + value for key, value in request.GET.items())


def nul_message() -> str:
    return _("Alamat halaman berisi karakter yang tidak diizinkan. Periksa alamatnya, lalu coba lagi.")


class NulCharacterGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "refuses_nul_itself", False) or not has_nul(request):
            return None
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": nul_message(), "errors": {"non_field_errors": [nul_message()]}}, status=400)
        return render(request, "web/bad_input.html", {"message": nul_message()}, status=400)
