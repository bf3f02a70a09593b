""" "Gunakan lokasi saya" on the wizard's location step (issue #16 item 9): which kecamatan and desa hold a point.

GET ?lat=&lon= answers a few bytes of JSON; lapor.js sets the selects from it. The lookup runs here rather
than in the phone so a cheap phone downloads no polygons and computes nothing (docs/architecture.md).
Without shipped boundaries every point is "outside", and the wizard does not offer the lookup at all.
"""

import math

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.boundaries import areas_at
from pintu.agencies.models import AreaLevel


def _coordinate(value: str, limit: float) -> float | None:
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def _named(area) -> dict | None:
    return {"id": area.pk, "name": area.name} if area else None


@require_GET
def intake_locate(request):
    latitude = _coordinate(request.GET.get("lat", ""), 90)
    longitude = _coordinate(request.GET.get("lon", ""), 180)
    if latitude is None or longitude is None:
        message = _("Lintang dan bujur harus berupa angka, misalnya lat=-3,2417 dan lon=104,6481.")
        return JsonResponse({"kecamatan": None, "desa": None, "message": message}, status=400)
    found = areas_at(longitude, latitude, areas_visible_to(request.user).filter(active=True))
    kecamatan = next((area for area in found if area.level == AreaLevel.KECAMATAN), None)
    desa = next((area for area in found if area.level != AreaLevel.KECAMATAN
                 and (kecamatan is None or area.parent_id == kecamatan.pk)), None)  # fmt: skip
    if kecamatan is None and desa is not None and desa.parent and desa.parent.active:
        kecamatan = desa.parent
    if kecamatan is None:
        message = _("Lokasi Anda berada di luar batas wilayah pada peta. Pilih kecamatan dan desa sendiri.")
    elif desa is None:
        message = _("Lokasi Anda di Kecamatan %(kecamatan)s; kecamatan sudah dipilih. Pilih desa sendiri.") % {
            "kecamatan": kecamatan.name
        }
    else:
        message = _("Lokasi Anda di %(desa)s, Kecamatan %(kecamatan)s; keduanya sudah dipilih.") % {
            "desa": f"{desa.get_level_display()} {desa.name}", "kecamatan": kecamatan.name,
        }  # fmt: skip
    return JsonResponse({"kecamatan": _named(kecamatan), "desa": _named(desa), "message": message})
