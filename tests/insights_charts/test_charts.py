"""SVG charts: well-formed, escaped, accessible, proportional and deterministic for any input."""

import math
import re
import xml.etree.ElementTree as ET

from django.utils import translation
from django.utils.safestring import SafeString
from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.insights.charts import (
    MAP_SHADES,
    bar_chart,
    classify,
    column_chart,
    line_chart,
    stacked_bar_chart,
    tile_map,
)

SVG = "{http://www.w3.org/2000/svg}"
labels = st.text(max_size=60)
numbers = st.one_of(
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
)


def parse(svg: str) -> ET.Element:
    """Parsing as XML proves every label was escaped (no stray <, & or forbidden character)."""
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    if "chart-fluid" in root.get("class"):  # as wide as its box, in CSS pixels: text never scaled
        assert root.get("width") == "100%" and root.get("viewBox") is None
    else:
        assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}desc").get("id") == desc_id
    assert root.find(f".//{SVG}script") is None
    assert root.find(f".//{SVG}foreignObject") is None
    for element in root.iter():
        assert not any(name.lower().startswith("on") for name in element.attrib), element.attrib
    # nothing fetched: no attribute names an address (a label may say "http": hypothesis found one in a title)
    assert not [value for element in root.iter() for value in element.attrib.values() if "http" in value]
    assert "href" not in "".join(name for element in root.iter() for name in element.attrib)
    return root


def texts(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def valued_rects(root: ET.Element) -> list[ET.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("data-value") is not None]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(labels, numbers), max_size=30), labels)
def test_bar_chart_any_input_is_well_formed_svg(items, title):
    svg = bar_chart(items, title=title, desc=title)
    assert isinstance(svg, SafeString)
    root = parse(svg)
    assert len(root.findall(f"{SVG}g")) == len(items)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(labels, numbers), max_size=80), labels, st.booleans())
def test_column_chart_any_input_is_well_formed_svg(points, title, show_values):
    parse(column_chart(points, title=title, show_values=show_values))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(labels, st.lists(numbers, max_size=5)), max_size=20),
    st.lists(labels, min_size=0, max_size=5),
    labels,
)
def test_stacked_bar_chart_any_input_is_well_formed_svg(rows, series, title):
    root = parse(stacked_bar_chart(rows, series=series, title=title))
    for rect in valued_rects(root):
        assert float(rect.get("width")) >= 0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(labels, max_size=40),
    st.lists(st.tuples(labels, st.lists(numbers, max_size=45)), max_size=6),
    st.one_of(st.none(), numbers),
)
def test_line_chart_any_input_is_well_formed_svg(x_labels, series, y_min):
    parse(line_chart(x_labels, series, title="Tren", y_min=y_min))


tile_rows = st.integers(min_value=-2, max_value=12) | st.none()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40), labels, tile_rows, tile_rows), max_size=25),
    st.dictionaries(st.integers(0, 40), numbers),
    st.integers(-3, 12),
)
def test_tile_map_any_input_is_well_formed_svg(tiles, values, classes):
    parse(tile_map(values, tiles, title="Peta", classes=classes))


def test_labels_are_escaped_everywhere():
    evil = "<script>alert(\"x\")</script> & 'kutip'"
    charts = [
        bar_chart([(evil, 3)], title=evil, desc=evil),
        column_chart([(evil, 3)], title=evil, desc=evil),
        stacked_bar_chart([(evil, [1, 2])], series=[evil, evil], title=evil, desc=evil),
        line_chart([evil, evil], [(evil, [1, 2])], title=evil, desc=evil),
        tile_map({1: 5}, [(1, evil, 0, 0)], title=evil, desc=evil, no_data_label=evil),
        bar_chart([("x", 3)], title="t", value_format=lambda v: evil),
    ]
    for svg in charts:
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg
        root = parse(svg)
        assert root.find(f".//{SVG}script") is None


def test_bar_lengths_are_proportional_to_values():
    root = parse(bar_chart([("a", 100), ("b", 50), ("c", 25), ("d", 0)], title="t"))
    widths = {rect.get("data-value"): float(rect.get("width")) for rect in valued_rects(root)}
    assert widths["100"] > 0
    assert math.isclose(widths["50"], widths["100"] / 2, rel_tol=0.01)
    assert math.isclose(widths["25"], widths["100"] / 4, rel_tol=0.01)
    assert widths["0"] == 0


def test_negative_bars_extend_left_of_zero():
    root = parse(bar_chart([("naik", 40), ("turun", -20)], title="t"))
    rects = {rect.get("data-value"): rect for rect in valued_rects(root)}
    zero = float(rects["40"].get("x"))
    assert float(rects["-20"].get("x")) + float(rects["-20"].get("width")) == zero
    assert math.isclose(float(rects["-20"].get("width")), float(rects["40"].get("width")) / 2, rel_tol=0.01)


def test_column_heights_are_proportional_and_values_printed():
    translation.activate("id")
    root = parse(column_chart([("Jan", 1200), ("Feb", 600), ("Mar", 300)], title="Per bulan"))
    heights = [float(rect.get("height")) for rect in valued_rects(root)]
    assert math.isclose(heights[1], heights[0] / 2, rel_tol=0.01)
    assert math.isclose(heights[2], heights[0] / 4, rel_tol=0.01)
    assert "1.200" in texts(root)  # Indonesian grouping
    assert {"Jan", "Feb", "Mar"} <= set(texts(root))


def test_stacked_segments_share_one_scale_and_differ_by_pattern():
    root = parse(stacked_bar_chart([("A", [30, 10]), ("B", [10, 10])], series=["Tepat", "Terlambat"], title="t"))
    segments = valued_rects(root)
    widths = [float(rect.get("width")) for rect in segments]
    assert math.isclose(widths[0] / widths[1], 3, rel_tol=0.01)
    assert math.isclose(widths[0] + widths[1], 2 * (widths[2] + widths[3]), rel_tol=0.01)
    fills = {rect.get("fill") for rect in segments}
    assert any(fill.startswith("url(#") for fill in fills), "second series is patterned, not colour only"
    assert {"40", "20", "Tepat", "Terlambat"} <= set(texts(root))


def test_line_chart_breaks_on_missing_and_names_each_line_at_its_end():
    root = parse(
        line_chart(["1", "2", "3", "4"], [("Laporan", [1, None, 3, 4]), ("Permohonan", [2, 2, 2, None])], title="t")
    )
    paths = [g.find(f"{SVG}path") for g in root.iter(f"{SVG}g") if g.get("class") == "chart-series"]
    assert paths[0].get("d").count("M") == 2  # a gap starts a new stroke
    assert paths[0].get("stroke-dasharray") != paths[1].get("stroke-dasharray")
    assert {"Laporan: 4", "Permohonan: 2"} <= set(texts(root))


def test_tile_map_classes_shades_and_no_data():
    tiles = [(1, "Indralaya", 1, 1), (2, "Pemulutan", 0, 1), (3, "Kandis", 2, 0), (4, "Tanpa posisi", None, None)]
    root = parse(tile_map({1: 100, 2: 10}, tiles, title="Laporan per 10.000 penduduk", classes=2))
    tile_groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "chart-tile"]
    assert len(tile_groups) == 3  # the tile without a position is skipped
    fills = {g.find(f"{SVG}title").text.split(":")[0]: g.find(f"{SVG}rect").get("fill") for g in tile_groups}
    assert fills["Indralaya"] == MAP_SHADES[-1] and fills["Pemulutan"] == MAP_SHADES[0]
    assert fills["Kandis"].startswith("url(#")  # hatched: no data
    shown = texts(root)
    assert "100" in shown and "Tidak ada data" in shown and "≤ 10" in shown and "> 10" in shown
    grid = {(g.find(f"{SVG}rect").get("x"), float(g.find(f"{SVG}rect").get("y"))) for g in tile_groups}
    assert len(grid) == 3


def test_classify_quantiles_and_explicit_breaks():
    assert classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], classes=5) == [2, 4, 6, 8]
    assert classify([5, 5, 5], classes=4) == []
    assert classify([], classes=3) == []
    assert classify([1, 2], breaks=[10, 3, None, 3]) == [3, 10]


def test_output_is_deterministic_and_ids_unique_per_chart():
    first = bar_chart([("a", 1), ("b", 2)], title="x")
    assert first == bar_chart([("a", 1), ("b", 2)], title="x")
    other = bar_chart([("a", 1), ("b", 3)], title="x")
    id_of = re.compile(r'<title id="([^"]+)"')
    assert id_of.search(first).group(1) != id_of.search(other).group(1)
    assert 'id="ringkas-title"' in bar_chart([("a", 1)], title="x", id_prefix="ringkas")


def test_desc_carries_the_data_for_screen_readers():
    root = parse(bar_chart([("Dinkes", 45), ("RSUD", None)], title="t", desc="Laporan 2026"))
    assert root.find(f"{SVG}desc").text == "Laporan 2026. Dinkes: 45; RSUD: –"


def test_empty_input_says_no_data():
    for svg in (
        bar_chart([], title="t"),
        column_chart([], title="t"),
        line_chart([], [], title="t"),
        stacked_bar_chart([], series=["a"], title="t"),
        tile_map({}, [], title="t"),
    ):
        assert "Tidak ada data" in texts(parse(svg))
