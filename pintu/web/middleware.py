"""A guard for what arrives in the URL: a NUL character is refused before any view sees it.

PostgreSQL text values cannot contain NUL (0x00): a URL argument or query parameter carrying one
("/laporan/%00/") made the lookup raise DataError, a 500 (found by tests/hostile). Forms refuse NUL
in their fields themselves (Django's ProhibitNullCharactersValidator); this covers the path and the
query string, which reach selectors without a form.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _


class NulCharacterGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or any("\x00" in key + value for key, value in request.GET.items()):
            message = _("Alamat halaman berisi karakter yang tidak diizinkan. Periksa alamatnya, lalu coba lagi.")
            return render(request, "web/bad_input.html", {"message": message}, status=400)
        return self.get_response(request)
