"""Which item of the site menu the current page belongs to (aria-current="page" on it).

The longest matching path prefix wins, so /ppid/permohonan/ marks "Informasi publik", and a page under
no menu item marks none. Plain data: the template draws the menu, this only names the current item.
"""

from django.urls import NoReverseMatch, reverse

#: menu key -> the URL names whose paths (as prefixes) belong to it; "" matches the home page exactly
SECTIONS = {
    "home": ("web:home",),
    "lapor": ("complaints:intake",),
    "laporan": ("complaints:public_list",),
    "lacak": ("web:track", "complaints:track"),
    "ppid": ("ppid:landing",),
    "statistik": ("insights:public",),
    "instansi": ("web:agencies",),
    "hari_kerja": ("web:workday_calculator",),
    "masuk": ("web:login",),
    "akun": ("web:staff_home",),
    "kotak": ("complaints:staff_inbox",),
    "panduan": ("web:guide_index",),
}


def _prefixes() -> list[tuple[str, str]]:
    found = []
    for key, names in SECTIONS.items():
        for name in names:
            try:
                found.append((reverse(name), key))
            except NoReverseMatch:
                continue
    return sorted(found, key=lambda item: len(item[0]), reverse=True)


def current_section(path: str) -> str:
    for prefix, key in _prefixes():
        if path == prefix or (prefix != "/" and path.startswith(prefix)):
            return key
    return ""
