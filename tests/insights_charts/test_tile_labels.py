"""The tile map is fluid and names its tiles in the characters a phone's tile leaves (stranger check, 2026-12-07:
the 444 px map scrolled sideways in a 328 px box): words whole where they fit, long ones broken between syllables."""

import re

from hypothesis import given
from hypothesis import strategies as st

from pintu.insights.charts import tile_map
from pintu.insights.charts.tile_labels import wrap


def test_long_names_break_between_syllables():
    assert wrap("Pemulutan Selatan", 6) == ["Pemu-", "lutan", "Sela-", "tan"]
    assert wrap("Rambang Kuang", 6) == ["Ram-", "bang", "Kuang"]
    assert wrap("Tanjung Batu", 6) == ["Tan-", "jung", "Batu"]  # never inside "ng"
    assert wrap("Indralaya Utara", 9) == ["Indralaya", "Utara"]  # whole words where they fit


@given(st.text(min_size=0, max_size=60), st.integers(2, 14), st.integers(1, 4))
def test_no_line_is_longer_than_its_room(label, chars, lines):
    wrapped = wrap(label, chars, lines)
    assert 1 <= len(wrapped) <= lines and all(len(line) <= chars for line in wrapped)


def test_the_map_is_as_wide_as_its_box_and_names_wide_tiles_apart():
    tiles = [(i, name, 0, i) for i, name in enumerate(["Pemulutan Selatan", "Kandis", "Indralaya", "A", "B"])]
    svg = str(tile_map({0: 1, 1: 2, 2: 3}, tiles, title="Peta"))
    root = re.match(r"<svg [^>]*>", svg).group(0)
    assert 'width="100%"' in root and "viewBox" not in root  # fluid: its 12 px text stays 12 px
    assert set(re.findall(r'font-size="([\d.]+)"', svg)) == {"12"}
    assert svg.count('class="tile-wide" display="none"') == 2  # Pemulutan Selatan and Indralaya wrap otherwise
    assert ">Pemu-<" in svg and ">Pemulutan<" in svg and svg.count(">Kandis<") == 1
