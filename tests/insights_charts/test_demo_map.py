"""The demo's kecamatan carry a tile position and a (demo) population, enough to draw the map."""

import xml.etree.ElementTree as ET

import pytest

from pintu.agencies.models import Area, AreaLevel
from pintu.insights.charts import tile_map


@pytest.mark.django_db
def test_every_demo_kecamatan_has_its_own_tile_and_a_population(demo):
    kecamatan = Area.objects.filter(level=AreaLevel.KECAMATAN)
    positions = list(kecamatan.values_list("map_row", "map_col"))
    assert len(positions) == 16 and None not in {p for pos in positions for p in pos}
    assert len(set(positions)) == 16
    total = sum(kecamatan.values_list("population", flat=True))
    assert 400_000 <= total <= 440_000
    north = Area.objects.get(level=AreaLevel.KECAMATAN, name="Pemulutan").map_row
    south = Area.objects.get(level=AreaLevel.KECAMATAN, name="Muara Kuang").map_row
    assert north < south


@pytest.mark.django_db
def test_demo_map_renders_sixteen_tiles(demo):
    areas = Area.objects.filter(level=AreaLevel.KECAMATAN)
    tiles = [(a.pk, a.name, a.map_row, a.map_col) for a in areas]
    svg = tile_map({a.pk: a.population for a in areas}, tiles, title="Penduduk (perkiraan demo)")
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    groups = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "chart-tile"]
    assert len(groups) == 16
