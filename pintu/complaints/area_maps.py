"""The wizard's location maps (issue #16 item 9): kecamatan and desa drawn from the region's shipped boundaries.

Without JavaScript each shape is a link back to the location step with `?kecamatan=<id>` (and `&desa=<id>`),
which preselects it (`picked`); lapor.js turns the same links into setting the select. Only the desa map of
the chosen kecamatan shows; the others are in the page, hidden, for lapor.js to reveal. No boundaries
shipped: `wizard_maps` is None and the page is as it was.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from pintu.agencies.boundaries import AreaMap, MapShape, area_map, boundaries_of

ANCHOR = "#peta-wilayah"


def picked(request, kecamatan, desa) -> dict:
    """The kecamatan (and desa) chosen on the map without JavaScript (`?kecamatan=&desa=`), if among those offered."""
    chosen = {}
    kecamatan_id = request.GET.get("kecamatan", "")
    if kecamatan_id.isdigit() and any(area.pk == int(kecamatan_id) for area in kecamatan):
        chosen["kecamatan"] = int(kecamatan_id)
        desa_id = request.GET.get("desa", "")
        if desa_id.isdigit() and any(a.pk == int(desa_id) and a.parent_id == int(kecamatan_id) for a in desa):
            chosen["desa"] = desa_id
    return chosen


@dataclass(frozen=True)
class Drawn:
    shape: MapShape
    href: str
    selected: bool


@dataclass(frozen=True)
class DrawnMap:
    map: AreaMap
    items: tuple[Drawn, ...]
    kecamatan: object = None  # a desa map: its kecamatan
    hidden: bool = False


def _href(back: bool, **chosen) -> str:
    query = {"kembali": "1"} if back else {}
    return "?" + urlencode({**query, **chosen}) + ANCHOR


def wizard_maps(kecamatan, desa, *, selected_kecamatan, selected_desa, back: bool) -> dict | None:
    """{"kecamatan": DrawnMap, "desa": [DrawnMap per kecamatan with desa boundaries]}, or None without boundaries."""
    kecamatan, desa = list(kecamatan), list(desa)
    boundaries = boundaries_of([*kecamatan, *desa])
    overview = area_map(kecamatan, boundaries)
    if overview is None:
        return None
    chosen_kecamatan, chosen_desa = str(selected_kecamatan or ""), str(selected_desa or "")
    items = tuple(
        Drawn(shape, _href(back, kecamatan=shape.area.pk), str(shape.area.pk) == chosen_kecamatan)
        for shape in overview.shapes
    )
    desa_maps = []
    for area in kecamatan:
        drawn = area_map([d for d in desa if d.parent_id == area.pk], boundaries)
        if drawn is None:
            continue
        parts = tuple(
            Drawn(shape, _href(back, kecamatan=area.pk, desa=shape.area.pk), str(shape.area.pk) == chosen_desa)
            for shape in drawn.shapes
        )
        desa_maps.append(DrawnMap(drawn, parts, kecamatan=area, hidden=str(area.pk) != chosen_kecamatan))
    return {"kecamatan": DrawnMap(overview, items), "desa": desa_maps}
