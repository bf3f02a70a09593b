"""Keyset pagination (pintu.web.keyset): cursors, the seek condition, and walking a list both ways."""

import datetime
from decimal import Decimal

import pytest
from django.http import QueryDict

from pintu.agencies.models import Area
from pintu.web.keyset import AFTER, BEFORE, Key, capped_count, decode_cursor, encode_cursor, paginate


def test_cursor_round_trips_every_key_type():
    values = (
        datetime.datetime(2026, 3, 1, 8, 30, tzinfo=datetime.UTC),
        datetime.date(9999, 12, 31),
        42,
        "Indralaya Utara",
        Decimal("3.25"),
    )
    cursor = encode_cursor(values)
    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert decode_cursor(cursor, 5) == values


@pytest.mark.parametrize(
    "cursor",
    [None, "", "!!!", "e30", encode_cursor((1, 2))[:-3], "A" * 600, encode_cursor(("x",)), "WyJ4Il0"],
)
def test_damaged_cursor_means_first_page(cursor):
    assert decode_cursor(cursor, 2) is None


def test_cursor_of_another_ordering_is_ignored():
    assert decode_cursor(encode_cursor((1, 2, 3)), 2) is None
    with pytest.raises(ValueError, match="NULL"):
        encode_cursor((None, 1))


KEYS = [Key("level"), Key("name", descending=True), Key("id")]  # many ties on level and on name


def _walk(size: int):
    qs = Area.objects.all()
    page = paginate(qs, KEYS, QueryDict(), size)
    pages = [page]
    while page.next_cursor:
        page = paginate(qs, KEYS, QueryDict(f"{AFTER}={page.next_cursor}"), size)
        pages.append(page)
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 7, 20])
def test_walking_forward_and_back_visits_every_row_once_in_order(demo, size):
    Area.objects.create(level="desa", name="Sama", parent=Area.objects.filter(level="kecamatan").first())
    Area.objects.create(level="desa", name="Sama", parent=Area.objects.filter(level="kecamatan").first())
    expected = list(Area.objects.order_by("level", "-name", "id").values_list("id", flat=True))
    pages = _walk(size)
    forward = [area.id for page in pages for area in page.rows]
    assert forward == expected
    assert pages[0].is_first and pages[0].previous_cursor is None
    assert all(len(p.rows) == size for p in pages[:-1]) and pages[-1].next_cursor is None
    # back from the last page along the "previous" links gives the same pages, first one included
    page, back = pages[-1], [pages[-1].rows]
    while page.previous_cursor:
        page = paginate(Area.objects.all(), KEYS, QueryDict(f"{BEFORE}={page.previous_cursor}"), size)
        back.append(page.rows)
    assert [[a.id for a in rows] for rows in reversed(back)] == [[a.id for a in p.rows] for p in pages]
    assert page.is_first


@pytest.mark.django_db
def test_rows_inserted_meanwhile_do_not_shift_the_next_page(demo):
    """With ?page=N a row added before the cursor would push a row of page 1 onto page 2 again."""
    first = paginate(Area.objects.all(), KEYS, QueryDict(), 5)
    following = [a.id for a in paginate(Area.objects.all(), KEYS, QueryDict(f"{AFTER}={first.next_cursor}"), 5).rows]
    assert first.rows[0].level == "desa"  # the demo's desa come first, names descending
    Area.objects.create(level="desa", name="zzz baru", parent=Area.objects.filter(level="kecamatan").first())
    assert paginate(Area.objects.all(), KEYS, QueryDict(), 5).rows[0].name == "zzz baru"
    again = [a.id for a in paginate(Area.objects.all(), KEYS, QueryDict(f"{AFTER}={first.next_cursor}"), 5).rows]
    assert again == following


@pytest.mark.django_db
def test_before_the_first_row_shows_the_first_page(demo):
    first = paginate(Area.objects.all(), KEYS, QueryDict(), 5)
    page = paginate(Area.objects.all(), KEYS, QueryDict(f"{BEFORE}={encode_cursor(('aaa', 'zzzz', 0))}"), 5)
    assert [a.id for a in page.rows] == [a.id for a in first.rows] and page.is_first


@pytest.mark.django_db
def test_capped_count(demo):
    n = Area.objects.count()
    assert capped_count(Area.objects.all(), n + 5) == (n, False)
    assert capped_count(Area.objects.all(), n) == (n, False)
    assert capped_count(Area.objects.all(), n - 1) == (n - 1, True)
