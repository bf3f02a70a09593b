"""What the router learns beyond the text: the reporter's category and kecamatan, and corrections weighing
more (plain core, no database)."""

import random

import pytest

from pintu.routing.core.evaluate import Example, holdout, load_csv
from pintu.routing.core.model import BaselineRouter, Router, context_tokens, from_bytes
from pintu.routing.core.synthetic import generate

NEUTRAL = ["mohon segera ditindaklanjuti", "tolong dibantu pak", "sudah lama tidak ada tanggapan", "mohon dicek"]


def _neutral_rows(n: int, seed: int):
    """Texts that name no agency's business; only the chosen category tells PUPR from DINKES."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        label, category = (("PUPR", "INFRASTRUKTUR"), ("DINKES", "KESEHATAN"))[i % 2]
        rows.append(Example(f"{rng.choice(NEUTRAL)} {rng.choice(NEUTRAL)}", label, category=category))
    return rows


def test_context_tokens():
    assert context_tokens({"category": "7", "kecamatan": ""}) == ["category=7"]
    assert context_tokens({"kecamatan": "12", "category": None, "other": "x"}) == ["kecamatan=12"]
    assert context_tokens(None) == []
    assert Example("t", "L", category="C").context == {"category": "C"}
    assert Example("t", "L").context is None


def test_the_chosen_category_decides_when_the_text_does_not():
    rows = [Example(t, label) for t, label in generate(100, seed=2)] + _neutral_rows(40, seed=3)
    router = Router().fit_examples(rows)
    assert router.meta["context"] is True
    text = "mohon segera ditindaklanjuti tolong dibantu pak"
    assert router.predict(text, context={"category": "KESEHATAN"}).top.label == "DINKES"
    assert router.predict(text, context={"category": "INFRASTRUKTUR"}).top.label == "PUPR"
    # the text still counts: a clear road complaint filed under the health category stays with PUPR
    assert router.predict("jalan kabupaten berlubang dan amblas", context={"category": "KESEHATAN"}).top.label == (
        "PUPR"
    )
    without = Router().fit_examples([Example(e.text, e.label) for e in rows])
    assert without.meta["context"] is False
    assert (
        without.predict(text).top.probability < router.predict(text, context={"category": "KESEHATAN"}).top.probability
    )


def _probability(router, text, label):
    return next(c.probability for c in router.predict(text, k=10).choices if c.label == label)


def test_corrections_weigh_more():
    """Street lights used to go to PUPR; corrected reports (weighing 2) now send them to DISHUB."""
    rng = random.Random(1)
    places = ["depan pasar", "simpang tiga", "dekat sekolah", "jalan poros", "gang masjid", "pertigaan desa"]
    transport = ["parkir liar", "angkot ngetem", "terminal kumuh", "rambu hilang", "bus antar kota ngebut"]
    base = [Example(t, label) for t, label in generate(100, seed=5)] + [
        Example(f"{rng.choice(transport)} di {rng.choice(places)}", "DISHUB") for _ in range(20)
    ]
    old = [Example(f"lampu jalan mati di {rng.choice(places)} gelap", "PUPR") for _ in range(9)]
    corrected = [Example(f"lampu jalan mati di {rng.choice(places)} gelap", "DISHUB", weight=2.0) for _ in range(6)]
    text = "lampu jalan mati di depan pasar gelap sekali"
    plain = Router().fit_examples(base + old + [Example(e.text, e.label) for e in corrected])
    weighted = Router().fit_examples(base + old + corrected)
    assert plain.predict(text).top.label == "PUPR"  # nine old examples outvote six
    assert weighted.predict(text).top.label == "DISHUB"  # the corrections, weighing more, win
    assert _probability(weighted, text, "DISHUB") > _probability(plain, text, "DISHUB") + 0.1


def test_sample_weights_must_match_the_texts():
    with pytest.raises(ValueError):
        Router().fit(["a b", "c d"], ["X", "Y"], sample_weight=[1.0])
    with pytest.raises(ValueError):
        Router().fit(["a b", "c d"], ["X", "Y"], contexts=[None])


def test_a_model_stored_before_contexts_still_answers():
    texts, labels = zip(*generate(60, seed=7), strict=True)
    router = Router().fit(texts, labels)
    del router._context  # as unpickled from a blob written before contexts existed
    again = from_bytes(router.to_bytes())
    assert again.predict("sampah menumpuk bau busuk", context={"category": "X"}).top.label == "DLH"


def test_baseline_reads_the_text_only():
    rows = _neutral_rows(20, seed=8) + [Example(t, label) for t, label in generate(40, seed=9)]
    baseline = BaselineRouter().fit_examples(rows)
    text = "mohon dicek tolong dibantu pak"
    assert baseline.predict(text, context={"category": "KESEHATAN"}) == baseline.predict(text)


def test_csv_category_and_kecamatan_columns_reach_the_router(tmp_path):
    path = tmp_path / "with_context.csv"
    lines = ["text,label,date,category,kecamatan"]
    rows = [Example(t, label) for t, label in generate(80, seed=10)] + _neutral_rows(40, seed=11)
    for i, e in enumerate(rows):
        lines.append(f'"{e.text}",{e.label},2025-01-{1 + i % 28:02d},{e.category},K{i % 3}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_csv(path)
    assert [e.context for e in loaded] == [
        {"category": e.category, "kecamatan": f"K{i % 3}"} if e.category else {"kecamatan": f"K{i % 3}"}
        for i, e in enumerate(rows)
    ]
    assert loaded[-1].context == {"category": "KESEHATAN", "kecamatan": "K2"}
    result = holdout(loaded[::2], loaded[1::2], timing_sample=10)
    assert result["accuracy"] > result["baseline"]["accuracy"]  # the baseline cannot tell the neutral ones apart
