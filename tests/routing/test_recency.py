"""Learning from time (issue #22 item 2): newer examples weigh more, so the router follows a duty that moved;
undated examples train exactly the model of before; routing_evaluate reads the date column; the retrain
path gives each example the date its agency was chosen."""

import datetime
import io
import random
import re

import numpy as np
import pytest
from django.core.management import call_command
from django.utils import timezone

from pintu.complaints.models import Report
from pintu.complaints.services import admin
from pintu.routing import training
from pintu.routing.core.evaluate import Example, load_csv
from pintu.routing.core.model import Router
from pintu.routing.core.recency import parse_date, recency_weights
from pintu.routing.core.synthetic import generate
from tests.routing.conftest import ADMIN

START = datetime.date(2024, 1, 1)
LIGHTING = [  # the same words before and after the duty moved
    "Lampu jalan di Jl. Merdeka mati total, gelap sekali kalau malam.",
    "Lampu PJU depan sekolah padam sejak seminggu, mohon diperbaiki.",
    "Penerangan jalan umum di simpang pasar berkedip terus lalu mati.",
    "Tiang lampu penerangan jalan di Gg. Mawar miring dan lampunya mati.",
]


def _day(offset: int) -> str:
    return (START + datetime.timedelta(days=offset)).isoformat()


def _moved_duty_history() -> list[Example]:
    """Two years: street lighting was DLH's duty in the first (48 reports), PUPR's in the second (36),
    in the same words; roads (PUPR) and waste (DLH) go on as before throughout."""
    rng = random.Random(1)
    rows = [Example(text, "DLH", _day(rng.randrange(365))) for text in LIGHTING * 12]
    rows += [Example(text, "PUPR", _day(365 + rng.randrange(365))) for text in LIGHTING * 9]
    others = generate(120, seed=2, labels=["PUPR", "DLH"])
    rows += [Example(text, label, _day(rng.randrange(730))) for text, label in others]
    return rows


def _lighting_shares(router: Router) -> np.ndarray:
    proba = router.predict_proba(LIGHTING)
    return proba[:, list(router.labels_).index("PUPR")]


def test_the_router_follows_a_duty_that_moved():
    history = _moved_duty_history()
    now = Router(half_life_days=365).fit_examples(history)
    before = Router(half_life_days=0).fit_examples(history)
    assert (_lighting_shares(now) > 0.5).all()  # every new lighting report to the agency that holds it now
    assert (_lighting_shares(before) < 0.5).all()  # without time: the larger, older history wins
    assert now.meta["half_life_days"] == 365 and "half_life_days" not in before.meta


def test_undated_examples_train_exactly_the_model_of_before():
    rows = [Example(text, label) for text, label in generate(120, seed=5)]
    texts = [e.text for e in rows]
    plain = Router().fit(texts, [e.label for e in rows]).predict_proba(texts)
    assert np.array_equal(Router().fit_examples(rows).predict_proba(texts), plain)
    dated = [Example(e.text, e.label, _day(i * 5)) for i, e in enumerate(rows)]
    assert np.array_equal(Router(half_life_days=0).fit_examples(dated).predict_proba(texts), plain)  # switched off
    assert not np.array_equal(Router().fit_examples(dated).predict_proba(texts), plain)  # the weights do act


def test_recency_weights_halve_per_half_life_with_a_floor():
    newest = datetime.date(2025, 12, 31)
    ages = [0, 365, 730, 3000]
    dates = [newest - datetime.timedelta(days=age) for age in ages] + [None]
    assert recency_weights(dates, 365, floor=0.2) == pytest.approx([1.0, 0.5, 0.25, 0.2, 1.0])  # undated: new
    assert recency_weights(dates, 0) is None
    assert recency_weights([None, None], 365) is None


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2025-03-01", datetime.date(2025, 3, 1)),
        ("2025-03-01 08:15:00", datetime.date(2025, 3, 1)),
        ("2025-03-01T23:59:59+07:00", datetime.date(2025, 3, 1)),
        ("01/03/2025", datetime.date(2025, 3, 1)),  # day first
        ("1/3/2025 08:15 WIB", datetime.date(2025, 3, 1)),
        ("01-03-2025", datetime.date(2025, 3, 1)),
        ("01.03.2025 08.15", datetime.date(2025, 3, 1)),
        ("2025/03/01", datetime.date(2025, 3, 1)),
        ("Sabtu, 1 Maret 2025 08:15", datetime.date(2025, 3, 1)),
        ("17 Agustus 2025", datetime.date(2025, 8, 17)),
        ("01 Dec 2025", datetime.date(2025, 12, 1)),
        (" ", None),
    ],
)
def test_dates_understood(raw, day):
    assert parse_date(raw) == day


@pytest.mark.parametrize(
    "raw", ["2025-13-01", "03/25/2025", "31/02/2025", "kemarin", "1 Maretan 2025x", "01/03-2025", "32 Mei 2025"]
)
def test_dates_refused(raw):
    with pytest.raises(ValueError, match="not understood"):
        parse_date(raw)


def _write(path, dates):
    rows = [f'"{text}",{label},{date}' for (text, label), date in zip(generate(len(dates), seed=7), dates, strict=True)]
    path.write_text("text,label,date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_date_column_is_read_and_normalised(tmp_path):
    rows = load_csv(_write(tmp_path / "a.csv", ["2025-03-01", "15/03/2025", "2025-03-02 10:00:00", ""]))
    assert [e.date for e in rows] == ["2025-03-01", "2025-03-15", "2025-03-02", ""]


def test_a_file_writing_months_first_is_read_months_first(tmp_path):
    rows = load_csv(_write(tmp_path / "a.csv", ["03/25/2025", "04/01/2025", "2025-03-02"]))
    assert [e.date for e in rows] == ["2025-03-25", "2025-04-01", "2025-03-02"]


@pytest.mark.django_db
def test_evaluate_command_warns_of_a_bad_date_and_reads_the_file_undated(tmp_path, monkeypatch):
    from pintu.routing.management.commands import routing_evaluate

    seen = {}

    def holdout(train, test, **options):
        seen.update(train=[e.date for e in train], test=[e.date for e in test])
        return {"accuracy": 1.0, "macro_f1": 1.0, "top3_accuracy": 1.0, "fit_seconds": 0, "predict_ms_p50": 0,
                "baseline": {"accuracy": 1.0, "macro_f1": 1.0, "top3_accuracy": 1.0, "fit_seconds": 0,
                             "predict_ms_p50": 0}}  # fmt: skip

    monkeypatch.setattr(routing_evaluate, "holdout", holdout)
    good = _write(tmp_path / "train.csv", ["2025-01-01", "2025-01-02"])
    bad = _write(tmp_path / "test.csv", ["2025-01-01", "2025-01-02", "25/13/2025", "2025-01-04"])
    err = io.StringIO()
    call_command("routing_evaluate", "--train", str(good), "--test", str(bad), stdout=io.StringIO(), stderr=err)
    expected = r"test\.csv: row 3 \(line 4\): date '25/13/2025' not understood.*dates are ignored"
    assert re.search(expected, err.getvalue())
    assert seen == {"train": ["2025-01-01", "2025-01-02"], "test": ["", "", "", ""]}


@pytest.mark.django_db
def test_evaluate_command_trains_with_the_half_life_setting(tmp_path, settings, monkeypatch):
    from pintu.routing.management.commands import routing_evaluate

    seen = {}

    def holdout(train, test, **options):
        seen.update(options, dates=[e.date for e in train][:2])
        return {"accuracy": 1.0, "macro_f1": 1.0, "top3_accuracy": 1.0, "fit_seconds": 0, "predict_ms_p50": 0,
                "baseline": {"accuracy": 1.0, "macro_f1": 1.0, "top3_accuracy": 1.0, "fit_seconds": 0,
                             "predict_ms_p50": 0}}  # fmt: skip

    monkeypatch.setattr(routing_evaluate, "holdout", holdout)
    settings.ROUTING_HALF_LIFE_DAYS = 180
    train = _write(tmp_path / "train.csv", ["02/01/2025", "2025-01-03T08:00:00Z"])
    out = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("routing_evaluate", "--train", str(train), "--test", str(train), **out)
    assert (seen["half_life_days"], seen["dates"]) == (180, ["2025-01-02", "2025-01-03"])


@pytest.mark.django_db
def test_retraining_examples_carry_the_date_their_agency_was_chosen(confirmed_history, user_named, agency):
    long_ago = timezone.now() - datetime.timedelta(days=400)
    Report.objects.update(submitted_at=long_ago)  # submitted long ago, dispositioned and accepted today
    forwarded = confirmed_history["PUPR"][1]  # accepted, not yet followed up
    Report.objects.filter(pk=forwarded.pk).update(dispositioned_at=long_ago)
    admin.forward_out(
        Report.objects.get(pk=forwarded.pk),
        user=user_named(ADMIN),
        agency=agency("BPJS_KES"),
        channel="surat",
        reason="Bukan wewenang.",
        follow_up_date=timezone.localdate() + datetime.timedelta(days=7),
    )
    examples = training.training_examples()
    assert {e.date for e in examples} == {timezone.localdate().isoformat()}  # forwarded today: today too
    model = training.train_model(min_examples=4)
    assert model.metrics["half_life_days"] == 365
