"""Tracking codes and secrets: characters from the alphabet, every one equally likely, one random read."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from pintu.cases import tracking
from pintu.complaints.services import base


def test_every_byte_below_the_limit_maps_to_each_character_equally(monkeypatch):
    size = len(tracking.CODE_ALPHABET)
    reads = []

    def token_bytes(n):
        reads.append(n)
        return bytes(range(256))  # every byte value once: 8 x 31 kept, 8 discarded

    monkeypatch.setattr(tracking.secrets, "token_bytes", token_bytes)
    drawn = tracking.random_chars(128)
    assert reads == [256]
    assert Counter(drawn[: size * 4]) == dict.fromkeys(tracking.CODE_ALPHABET, 4)


def test_bytes_above_the_limit_are_discarded(monkeypatch):
    draws = iter([bytes([255, 250, 248, 0, 1]), bytes([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])])
    monkeypatch.setattr(tracking.secrets, "token_bytes", lambda n: next(draws))
    assert tracking.random_chars(5) == "23456"  # 0, 1 from the first read; 2, 3, 4 from the second


@given(st.integers(min_value=1, max_value=40))
def test_drawn_characters_come_from_the_alphabet(n):
    drawn = tracking.random_chars(n)
    assert len(drawn) == n and set(drawn) <= set(tracking.CODE_ALPHABET)
    assert tracking.new_secret()[4] == "-" and len(base.random_code().rsplit("-", 1)[1]) == 5
