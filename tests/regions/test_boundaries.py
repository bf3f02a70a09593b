"""batas.geojson (issue #16 item 9): a good file is stored simplified with its SVG path; each bad case is
refused with its message and nothing is written. The boundaries are SYNTHETIC (tests/regions/boundary_fixture)."""

import json

import pytest

from pintu.agencies.models import Area, AreaBoundary
from pintu.regionfiles import RegionError, read_package
from pintu.regions.loader import load_region
from tests.regions import boundary_fixture as fixture
from tests.regions.conftest import REGIONS_DIR
from tests.regions.test_bad_packages import nothing_written

pytestmark = pytest.mark.django_db
INDRALAYA = "1610060"


@pytest.fixture
def package(package_copy):
    path = package_copy()
    data = fixture.of_package(read_package(path), desa_of=INDRALAYA)
    return path, data


def refused(path, data) -> str:
    fixture.write(path, data)
    with pytest.raises(RegionError) as caught:
        load_region(path)
    assert nothing_written() and not AreaBoundary.objects.exists()
    return str(caught.value)


def test_a_good_file_stores_every_boundary_with_its_path(package):
    path, data = package
    fixture.write(path, data)
    load_region(path)
    indralaya = Area.objects.get(bps_code=INDRALAYA, level="kecamatan")
    assert AreaBoundary.objects.count() == len(data["features"]) == 16 + indralaya.children.count()
    boundary = indralaya.boundary
    assert boundary.path.startswith("M") and boundary.path.endswith("Z")
    assert len(boundary.shape[0][0]) == 5  # a square stays a square
    west, north = fixture.cell(1, 2)
    assert (boundary.west, boundary.north) == pytest.approx((west, north))
    x0, y0, x1, y1 = boundary.box
    assert 0 <= x0 < x1 <= 10000 and 0 <= y0 < y1 <= 10000
    assert boundary.label is not None


def test_loading_again_without_the_file_removes_the_boundaries(package):
    path, data = package
    fixture.write(path, data)
    load_region(path)
    (path / "batas.geojson").unlink()
    load_region(path)
    assert not AreaBoundary.objects.exists()


def test_the_shipped_packages_have_no_boundary_file():
    """Ogan Ilir and Prabumulih ship none yet (docs/regions.md says why): never invent a real region's borders."""
    assert not list(REGIONS_DIR.glob("*/batas.geojson"))


def test_an_unknown_code(package):
    path, data = package
    data["features"].append(fixture.feature("1610999", data["features"][0]["geometry"]["coordinates"][0]))
    index = len(data["features"])
    message = refused(path, data)
    assert f"batas.geojson: fitur ke-{index} (kode 1610999): kode tidak dikenal" in message
    assert "tidak ada data yang disimpan" in message


def test_a_feature_without_a_code(package):
    path, data = package
    data["features"][2]["properties"] = {"nama": "Tanpa kode"}
    assert "batas.geojson: fitur ke-3 tanpa properti kode." in refused(path, data)


def test_a_point_is_not_a_polygon(package):
    path, data = package
    data["features"][0]["geometry"] = {"type": "Point", "coordinates": [104.1, -2.9]}
    message = refused(path, data)
    assert "fitur ke-1 (kode 1610010): geometri Point bukan poligon (Polygon atau MultiPolygon)." in message


def test_a_ring_that_is_not_closed(package):
    path, data = package
    data["features"][1]["geometry"]["coordinates"][0].pop()
    assert "fitur ke-2 (kode 1610011): cincin poligon tidak tertutup" in refused(path, data)


def test_projected_coordinates_are_refused(package):
    path, data = package
    data["features"][0]["geometry"]["coordinates"] = [[[450000, 9650000], [460000, 9650000], [460000, 9640000],
                                                       [450000, 9650000]]]  # fmt: skip
    assert "fitur ke-1 (kode 1610010): koordinat bukan [bujur, lintang] dalam derajat (WGS 84" in refused(path, data)


def test_a_ring_of_three_points(package):
    path, data = package
    data["features"][0]["geometry"]["coordinates"] = [[[104.0, -2.8], [104.1, -2.8], [104.0, -2.8]]]
    assert "fitur ke-1 (kode 1610010): cincin poligon kurang dari 4 titik." in refused(path, data)


def test_the_same_area_twice(package):
    path, data = package
    again = fixture.feature("16.10.01", data["features"][0]["geometry"]["coordinates"][0])  # Muara Kuang by Kemendagri
    data["features"].append(again)
    index = len(data["features"])
    assert f"fitur ke-{index} (kode 16.10.01): wilayah ini sudah berbatas di fitur ke-1." in refused(path, data)


def test_not_a_feature_collection(package):
    path, _ = package
    message = refused(path, {"type": "Feature", "properties": {}, "geometry": None})
    assert "batas.geojson: harus berupa GeoJSON FeatureCollection" in message


def test_not_json(package):
    path, _ = package
    (path / "batas.geojson").write_text("{bukan json", encoding="utf-8")
    with pytest.raises(RegionError) as caught:
        load_region(path)
    assert "batas.geojson: bukan GeoJSON yang sah" in str(caught.value)
    assert nothing_written()


def test_a_multipolygon_is_read(package):
    path, data = package
    ring = data["features"][0]["geometry"]["coordinates"][0]
    island = [[104.9, -3.9], [104.95, -3.9], [104.95, -3.95], [104.9, -3.95], [104.9, -3.9]]
    data["features"][0]["geometry"] = {"type": "MultiPolygon", "coordinates": [[ring], [island]]}
    fixture.write(path, json.loads(json.dumps(data)))
    load_region(path)
    boundary = AreaBoundary.objects.get(area__bps_code="1610010")
    assert len(boundary.shape) == 2 and boundary.path.count("M") == 2
