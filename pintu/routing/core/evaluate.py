"""Measuring a router: hold-out and k-fold cross-validation, the same metrics for Router and baseline.

Metrics (``metrics_of``): accuracy, macro_f1, top3_accuracy, needs_person_share (share of test texts below
the threshold) and accuracy_confident (accuracy on the others), n_train, n_test, fit_seconds, and
predict_ms_p50 / predict_ms_p95: wall time of ONE ``predict(text)`` call (normalisation included), one
core, measured with ``time.perf_counter`` on up to ``timing_sample`` test texts.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from .model import BaselineRouter, Router
from .recency import month_first, parse_date

__all__ = ["Example", "cross_validate", "holdout", "load_csv", "metrics_of"]


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    date: str = ""
    category: str = ""  # the category the reporter chose, when known
    kecamatan: str = ""
    weight: float = 1.0  # corrections weigh more in training

    @property
    def context(self) -> dict | None:
        found = {key: value for key, value in (("category", self.category), ("kecamatan", self.kecamatan)) if value}
        return found or None


def _cell(row: dict, name: str) -> str:
    return (row.get(name) or "").strip()


def _iso_dates(path, cells: list[tuple[int, int, str]], warn: Callable[[str], None]) -> list[str]:
    """The column's dates as YYYY-MM-DD ("" for an empty cell); if any is not understood, none: the file's
    dates are ignored as they were before recency existed, with a warning naming the row, so a file whose
    dates are written some other way is still evaluated, undated, rather than refused."""
    order = month_first([value for _, _, value in cells])
    out = []
    for row, line, value in cells:
        try:
            day = parse_date(value, month_first=order)
        except ValueError as exc:
            warn(f"{path}: row {row} (line {line}): {exc}; the file's dates are ignored (every row undated)")
            return [""] * len(cells)
        out.append(day.isoformat() if day else "")
    return out


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def load_csv(path, warn: Callable[[str], None] = _stderr) -> list[Example]:
    """Rows of a CSV with columns ``text``, ``label`` and optionally ``date``, ``category``, ``kecamatan``.

    Empty texts/labels are skipped. ``date`` (``recency.parse_date``: ISO date or date-time, DD/MM/YYYY, or
    MM/DD/YYYY when the file's dates show it, and a few more; an empty cell is an undated row) is stored as
    YYYY-MM-DD: training weighs newer examples more. If any date is not understood, ``warn`` is told the row
    (1 = the first after the header) and its line, and every row is undated.
    ``category`` and ``kecamatan`` (any codes or names) reach the router as the case's context."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = {"text", "label"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        read = [(number, reader.line_num, r) for number, r in enumerate(reader, start=1)]
    dates = _iso_dates(path, [(number, line, _cell(r, "date")) for number, line, r in read], warn)
    rows = [
        Example(r["text"] or "", _cell(r, "label"), day, category=_cell(r, "category"), kecamatan=_cell(r, "kecamatan"))
        for (_, _, r), day in zip(read, dates, strict=True)
    ]
    return [r for r in rows if r.text.strip() and r.label]


def _timing(router, examples: list[Example]) -> tuple[float, float]:
    samples = []
    for example in examples:
        start = time.perf_counter()
        router.predict(example.text, context=example.context)
        samples.append((time.perf_counter() - start) * 1000)
    if not samples:
        return 0.0, 0.0
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def _score(y_true: list[str], ranked: list[list[str]], confident: list[bool]) -> dict:
    top1 = [r[0] if r else "" for r in ranked]
    hits = [t == p for t, p in zip(y_true, top1, strict=True)]
    labels = sorted(set(y_true))
    conf_hits = [h for h, c in zip(hits, confident, strict=True) if c]
    return {
        "accuracy": round(float(np.mean(hits)), 4),
        "macro_f1": round(float(f1_score(y_true, top1, labels=labels, average="macro", zero_division=0)), 4),
        "top3_accuracy": round(float(np.mean([t in r[:3] for t, r in zip(y_true, ranked, strict=True)])), 4),
        "needs_person_share": round(1 - float(np.mean(confident)), 4),
        "accuracy_confident": round(float(np.mean(conf_hits)), 4) if conf_hits else None,
    }


def metrics_of(make: Callable, train: list[Example], test: list[Example], timing_sample: int = 300) -> dict:
    """Fit ``make()`` on ``train``, score it on ``test``."""
    router = make()
    start = time.perf_counter()
    router.fit_examples(train)
    fit_seconds = time.perf_counter() - start
    predictions = router.predict_many([e.text for e in test], k=3, contexts=[e.context for e in test])
    ranked = [p.labels() for p in predictions]
    result = _score([e.label for e in test], ranked, [not p.needs_person for p in predictions])
    p50, p95 = _timing(router, test[:timing_sample])
    result.update(
        n_train=len(train),
        n_test=len(test),
        fit_seconds=round(fit_seconds, 3),
        predict_ms_p50=round(p50, 3),
        predict_ms_p95=round(p95, 3),
    )
    return result


def holdout(
    train: list[Example], test: list[Example], *, threshold: float | None = None, half_life_days=None, **kw
) -> dict:
    """Metrics of Router with those of the baseline under ``"baseline"`` (``half_life_days``: None = the
    router's default, 0 = no recency weighting)."""
    result = metrics_of(_maker(Router, threshold, half_life_days), train, test, **kw)
    result["baseline"] = metrics_of(_maker(BaselineRouter, threshold, half_life_days), train, test, **kw)
    return result


def _maker(cls, threshold, half_life_days=None):
    options = {"threshold": threshold, "half_life_days": half_life_days}
    options = {name: value for name, value in options.items() if value is not None}
    return lambda: cls(**options)


def cross_validate(
    rows: list[Example], folds: int = 5, *, threshold: float | None = None, seed: int = 0, half_life_days=None, **kw
) -> dict:
    """Stratified k-fold: metrics pooled over all out-of-fold predictions; times averaged over folds."""
    labels = [e.label for e in rows]
    smallest = min(labels.count(label) for label in set(labels))
    folds = max(2, min(folds, smallest)) if smallest >= 2 else folds
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    out: dict = {}
    for name, cls in (("router", Router), ("baseline", BaselineRouter)):
        y_true, ranked, confident, fits, p50s, p95s = [], [], [], [], [], []
        for train_idx, test_idx in splitter.split(np.zeros(len(rows)), labels):
            train = [rows[i] for i in train_idx]
            test = [rows[i] for i in test_idx]
            router = _maker(cls, threshold, half_life_days)()
            start = time.perf_counter()
            router.fit_examples(train)
            fits.append(time.perf_counter() - start)
            predictions = router.predict_many([e.text for e in test], k=3, contexts=[e.context for e in test])
            y_true += [e.label for e in test]
            ranked += [p.labels() for p in predictions]
            confident += [not p.needs_person for p in predictions]
            p50, p95 = _timing(router, test[: kw.get("timing_sample", 300) // folds + 1])
            p50s.append(p50)
            p95s.append(p95)
        metrics = _score(y_true, ranked, confident)
        metrics.update(
            n_train=round(len(rows) * (folds - 1) / folds),
            n_test=len(rows),
            folds=folds,
            fit_seconds=round(statistics.mean(fits), 3),
            predict_ms_p50=round(statistics.median(p50s), 3),
            predict_ms_p95=round(max(p95s), 3),
        )
        out[name] = metrics
    result = out["router"]
    result["baseline"] = out["baseline"]
    return result
