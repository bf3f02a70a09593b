"""A SYNTHETIC boundary file for tests: squares on a grid, not any real boundary (never ship these).

Each kecamatan is a CELL-degree square placed by its tile-map position (baris_peta/kolom_peta); its desa are
vertical strips of that square, in the order given. Features name kecamatan by BPS code and desa by
Kemendagri code (both are accepted). `point_in(...)` gives a point inside a kecamatan or desa.
"""

import json
from pathlib import Path

WEST, NORTH = 104.0, -2.8  # the grid's north-west corner (synthetic)
CELL = 0.1


def _square(west: float, north: float, width: float, height: float) -> list:
    east, south = west + width, north - height
    return [[west, north], [east, north], [east, south], [west, south], [west, north]]


def cell(row: int, col: int) -> tuple[float, float]:
    return WEST + col * CELL, NORTH - row * CELL


def strip(row: int, col: int, index: int, count: int) -> tuple[float, float, float]:
    """(west, north, width) of the index-th of `count` desa strips in the kecamatan at (row, col)."""
    west, north = cell(row, col)
    width = CELL / count
    return west + index * width, north, width


def point_in(row: int, col: int, index: int | None = None, count: int = 1) -> tuple[float, float]:
    """(longitude, latitude) at the middle of a kecamatan's square, or of its index-th desa strip."""
    if index is None:
        west, north = cell(row, col)
        return west + CELL / 2, north - CELL / 2
    west, north, width = strip(row, col, index, count)
    return west + width / 2, north - CELL / 2


def feature(code: str, ring: list) -> dict:
    return {"type": "Feature", "properties": {"kode": code}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def collection(kecamatan: list[tuple[str, int, int, list[str]]]) -> dict:
    """kecamatan: (code, row, col, [desa codes]) -> a GeoJSON FeatureCollection of squares and strips."""
    features = []
    for code, row, col, desa in kecamatan:
        features.append(feature(code, _square(*cell(row, col), CELL, CELL)))
        for index, desa_code in enumerate(desa):
            west, north, width = strip(row, col, index, len(desa))
            features.append(feature(desa_code, _square(west, north, width, CELL)))
    return {"type": "FeatureCollection", "features": features}


def of_package(region, desa_of: str | None = None) -> dict:
    """The synthetic collection for a read package (`pintu.regionfiles.Region`): every kecamatan with a map
    position; the desa of the kecamatan with BPS code `desa_of` only (or none)."""
    rows = [
        (k.bps_code, k.map_row, k.map_col, [d.code for d in region.desa if d.kecamatan_bps == k.bps_code]
         if k.bps_code == desa_of else [])
        for k in region.kecamatan if k.map_row is not None and k.map_col is not None
    ]  # fmt: skip
    return collection(rows)


def write(path: Path, data: dict) -> Path:
    target = path / "batas.geojson"
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def install(desa_of: str = "1610060") -> dict:
    """Store the synthetic boundaries for the areas in the database (the demo's Ogan Ilir), as the loader
    would: every kecamatan with a tile position, and the desa of kecamatan `desa_of` (BPS code), in name
    order. Returns {area code: (row, col, index or None, count)} to find points with `point_in`."""
    from pintu.agencies.boundaries import replace_boundaries
    from pintu.agencies.models import Area, AreaLevel

    shapes, where = [], {}
    for kecamatan in Area.objects.filter(level=AreaLevel.KECAMATAN, map_row__isnull=False).order_by("name"):
        row, col = kecamatan.map_row, kecamatan.map_col
        shapes.append((kecamatan, ((tuple(map(tuple, _square(*cell(row, col), CELL, CELL))),),)))
        where[kecamatan.code] = (row, col, None, 1)
        if kecamatan.bps_code != desa_of:
            continue
        desa = list(kecamatan.children.order_by("name"))
        for index, area in enumerate(desa):
            west, north, width = strip(row, col, index, len(desa))
            shapes.append((area, ((tuple(map(tuple, _square(west, north, width, CELL))),),)))
            where[area.code] = (row, col, index, len(desa))
    replace_boundaries(shapes)
    return where
