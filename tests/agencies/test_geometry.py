"""Point in polygon, simplification and the map frame (pintu.agencies.geometry), with property tests."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.agencies.geometry import FRAME, Frame, box_of, label_point, shape_contains, simplify_ring, svg_path

PROPS = settings(max_examples=200, deadline=None)
SQUARE = ((0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0))
HOLE = ((1.0, 1.0), (3.0, 1.0), (3.0, 3.0), (1.0, 3.0), (1.0, 1.0))


def test_a_square_holds_its_inside_and_not_its_hole_nor_outside():
    assert shape_contains(((SQUARE,),), 0.5, 0.5)
    assert not shape_contains(((SQUARE, HOLE),), 2, 2)
    assert shape_contains(((SQUARE, HOLE),), 0.5, 2)
    assert not shape_contains(((SQUARE,),), 5, 2)
    assert not shape_contains(((SQUARE,),), 2, -0.1)


def test_a_multipolygon_holds_a_point_in_any_part():
    far = tuple((x + 10, y) for x, y in SQUARE)
    assert shape_contains(((SQUARE,), (far,)), 12, 2)
    assert not shape_contains(((SQUARE,), (far,)), 7, 2)


def test_simplifying_drops_collinear_points_and_keeps_a_square():
    ring = ((0.0, 0.0), (2.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0))
    kept = simplify_ring(ring, 0.5)
    assert [ring[i] for i in kept] == [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)]
    assert simplify_ring(SQUARE, 100) is None  # smaller than the tolerance: the caller drops it
    triangle = ((0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 0.0))
    assert simplify_ring(triangle, 100) == [0, 1, 2, 3]  # a triangle is kept as it is


def test_the_frame_puts_the_north_west_corner_at_zero_and_keeps_proportions():
    frame = Frame((104.0, -3.5, 105.0, -3.0))
    assert frame.project(104.0, -3.0) == (0, 0)
    x, y = frame.project(105.0, -3.5)
    assert x == FRAME and math.isclose(y / x, 0.5 / math.cos(math.radians(3.25)))


def test_an_svg_path_has_one_closed_subpath_per_ring():
    assert svg_path(((SQUARE, HOLE),)) == "M0 0L4 0 4 4 0 4ZM1 1L3 1 3 3 1 3Z"


def test_the_label_of_a_square_is_its_centre():
    assert label_point(((SQUARE,),)) == (2.0, 2.0)


@st.composite
def star_polygons(draw):
    """A polygon star-shaped around its centre: every point between the centre and a vertex is inside."""
    cx = draw(st.floats(-170, 170))
    cy = draw(st.floats(-80, 80))
    count = draw(st.integers(3, 40))
    turn = draw(st.floats(0, 2 * math.pi))
    radii = draw(st.lists(st.floats(0.001, 1.0), min_size=count, max_size=count))
    ring = [(cx + r * math.cos(turn + 2 * math.pi * i / count), cy + r * math.sin(turn + 2 * math.pi * i / count))
            for i, r in enumerate(radii)]  # fmt: skip
    return (cx, cy), tuple(ring + ring[:1])


@PROPS
@given(star_polygons(), st.floats(0.01, 0.99), st.data())
def test_a_point_inside_a_polygon_is_found(star, fraction, data):
    (cx, cy), ring = star
    vx, vy = ring[data.draw(st.integers(0, len(ring) - 2))]
    assert shape_contains(((ring,),), cx, cy)
    assert shape_contains(((ring,),), cx + fraction * (vx - cx), cy + fraction * (vy - cy))


@PROPS
@given(star_polygons(), st.floats(0.001, 100), st.sampled_from("NSEW"))
def test_a_point_outside_the_box_is_not_found(star, distance, side):
    _, ring = star
    west, south, east, north = box_of(((ring,),))
    x, y = {"N": ((west + east) / 2, north + distance), "S": ((west + east) / 2, south - distance),
            "E": (east + distance, (south + north) / 2), "W": (west - distance, (south + north) / 2)}[side]  # fmt: skip
    assert not shape_contains(((ring,),), x, y)


@PROPS
@given(star_polygons(), st.floats(0, 0.5))
def test_simplifying_keeps_a_closed_subset_of_the_ring(star, tolerance):
    _, ring = star
    kept = simplify_ring(ring, tolerance)
    if kept is None:
        return
    assert kept[0] == 0 and kept[-1] == len(ring) - 1 and kept == sorted(set(kept)) and len(kept) >= 4
