"""A tile's name in the few characters a tile leaves: whole words where they fit, a long word broken between
syllables with a hyphen (a 5-column map leaves a 320 px phone 6 characters a tile: "Pemu-lutan",
"Ram-bang"), the last line shortened with "…" (the tile's tooltip and the table have the name whole)."""

from __future__ import annotations

from pintu.insights.charts.svg import plain, truncate

VOWELS = frozenset("aeiouAEIOU")
DIGRAPHS = frozenset({"ng", "ny", "kh", "sy"})


def hyphen_point(word: str, room: int) -> int:
    """Where to break a word too long for a line, with `room` characters before the hyphen: at the last syllable
    break that fits, before a consonant between vowels ("Pemu|lutan", "Indra|laya") or between two consonants
    ("Ram|bang", "Tan|jung"; never inside ng, ny, kh, sy), else at `room`."""
    room = max(room, 1)
    for cut in range(min(room, len(word) - 2), 1, -1):
        before, at, after = word[cut - 1], word[cut], word[cut + 1]
        if at in VOWELS or after not in VOWELS:
            continue
        if before in VOWELS or (word[cut - 2] in VOWELS and (before + at).lower() not in DIGRAPHS):
            return cut
    return room


def wrap(label: str, chars: int, lines: int = 4) -> list[str]:
    """`label` over at most `lines` lines of at most `chars` characters."""
    words, out, current = plain(label).split(), [], ""
    while words:
        word = words.pop(0)
        candidate = f"{current} {word}".strip()
        if len(candidate) <= chars:
            current = candidate
        elif current:
            out.append(current)
            current = ""
            words.insert(0, word)
        else:  # a word longer than a line: its head and a hyphen, the rest goes on
            cut = hyphen_point(word, chars - 1)
            out.append(word[:cut] + "-")
            words.insert(0, word[cut:])
    out = [line for line in [*out, current] if line]
    if len(out) > lines:
        out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
    return [truncate(line, chars) for line in out] or [""]
