"""batas.geojson: the optional boundaries of a package's kecamatan and desa, read and checked.

A GeoJSON FeatureCollection in longitude/latitude (WGS 84, as GeoJSON requires); each feature's
`properties.kode` names a kecamatan or desa of kecamatan.csv / desa.csv by its BPS code (`1610010`,
`1610010001`) or its Kemendagri code (`16.10.01`, `16.10.01.2005`); its geometry is a Polygon or a
MultiPolygon. Every feature is checked; any problem refuses the package (docs/regions.md).
"""

import json
import math

from django.utils.translation import gettext as _

from pintu.regionfiles.rows import BoundaryRow, Region

FILE = "batas.geojson"
#: Larger files are refused: simplify before shipping (mapshaper), the phones download the shapes.
MAX_BYTES = 20 * 1024 * 1024
POLYGONS = ("Polygon", "MultiPolygon")


def _codes(region: Region) -> dict[str, tuple[str, str]]:
    """Every code a feature may name -> (level, Kemendagri code)."""
    codes = {}
    for kecamatan in region.kecamatan:
        codes[kecamatan.bps_code] = codes[kecamatan.kemendagri_code] = ("kecamatan", kecamatan.kemendagri_code)
    for desa in region.desa:
        codes[desa.code] = ("desa", desa.code)
        if desa.bps_code:
            codes[desa.bps_code] = ("desa", desa.code)
    return codes


def _position(value) -> tuple[float, float] | None:
    if not isinstance(value, list) or len(value) < 2:
        return None
    lon, lat = value[0], value[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (lon, lat)):
        return None
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return float(lon), float(lat)


def _shape(geometry) -> tuple[tuple | None, str]:
    """(shape, "") or (None, what is wrong)."""
    if not isinstance(geometry, dict) or geometry.get("type") not in POLYGONS:
        kind = geometry.get("type") if isinstance(geometry, dict) else geometry
        return None, _("geometri %(kind)s bukan poligon (Polygon atau MultiPolygon).") % {"kind": kind}
    coordinates = geometry.get("coordinates")
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    if not isinstance(polygons, list) or not polygons:
        return None, _("koordinat poligon kosong atau tidak sah.")
    shape = []
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            return None, _("koordinat poligon kosong atau tidak sah.")
        rings = []
        for ring in polygon:
            points = [_position(value) for value in ring] if isinstance(ring, list) else [None]
            if None in points:
                return None, _(
                    "koordinat bukan [bujur, lintang] dalam derajat (WGS 84, EPSG:4326); ubah dulu dari proyeksi "
                    "lain (misalnya UTM)."
                )
            if len(points) < 4:
                return None, _("cincin poligon kurang dari 4 titik.")
            if points[0] != points[-1]:
                return None, _("cincin poligon tidak tertutup (titik pertama dan terakhir harus sama).")
            rings.append(tuple(points))
        shape.append(tuple(rings))
    return tuple(shape), ""


def read_boundaries(reader, region: Region) -> None:
    """Read batas.geojson, if the package has one, into region.boundaries; problems go to `reader`."""
    path = reader.path / FILE
    if not path.is_file():
        return
    if path.stat().st_size > MAX_BYTES:
        reader.problem(FILE, None, _("berkas lebih dari 20 MB; sederhanakan dulu (misalnya dengan mapshaper)."))
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        reader.problem(FILE, None, _("bukan GeoJSON yang sah: %(error)s"), error=error)
        return
    features = data.get("features") if isinstance(data, dict) and data.get("type") == "FeatureCollection" else None
    if not isinstance(features, list):
        reader.problem(FILE, None, _("harus berupa GeoJSON FeatureCollection dengan daftar features."))
        return
    codes, seen = _codes(region), {}
    for index, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        code = str((properties or {}).get("kode") or "").strip()
        if not code:
            reader.problem(FILE, None, _("fitur ke-%(index)s tanpa properti kode."), index=index)
            continue
        where = _("fitur ke-%(index)s (kode %(code)s)") % {"index": index, "code": code}
        if code not in codes:
            reader.problem(
                FILE, None, _("%(where)s: kode tidak dikenal (tidak ada di kecamatan.csv atau desa.csv)."), where=where
            )
            continue
        level, kemendagri = codes[code]
        if kemendagri in seen:
            reader.problem(
                FILE, None, _("%(where)s: wilayah ini sudah berbatas di fitur ke-%(other)s."), where=where,
                other=seen[kemendagri],
            )  # fmt: skip
            continue
        shape, wrong = _shape(feature.get("geometry"))
        if shape is None:
            reader.problem(FILE, None, "%(where)s: %(wrong)s", where=where, wrong=wrong)
            continue
        seen[kemendagri] = index
        region.boundaries.append(BoundaryRow(index, level, kemendagri, shape))
