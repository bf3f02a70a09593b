"""Recency weighting on the shared real sets, which carry no dates: a simulation (docs/routing.md, "Recency").

Run: ``.venv/bin/python bench/routing_recency.py --data $DATA/complaints year`` or ``... cv``.

Every row gets a random date, uniform over two years (date seeds 0, 1, 2).
* ``year``: the maintainers' protocol (train on the first year, test on the second), half-lives off, 730,
  365, 180, 90 days; on both sets as they are (stationary), and on Bandung with a duty that moves: its
  street-lighting texts (lampu|pju|penerangan, labelled Dinas Perhubungan or Dinas SDA dan Bina Marga) are
  relabelled Dinas Perhubungan before day 182 (or 273) of the training year and SDA-Bina Marga from then on.
* ``cv``: no harm on a stationary set: the documented protocol (5-fold stratified CV, fold seed 0) with
  the default half-life, to compare with the undated figures.
Prints accuracy / macro-F1 / top-3 (mean of the date seeds, and macro-F1 per seed). Synthetic dates: the
figures say what recency costs and gains when a duty moves, not what the real history holds.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import random
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pintu.routing.core.evaluate import cross_validate, load_csv, metrics_of  # noqa: E402
from pintu.routing.core.model import Router  # noqa: E402

BANDUNG, PURBALINGGA = "bandung_lapor_opd.csv", "purbalingga_lapormasbup_category.csv"
START = datetime.date(2024, 1, 1)
LIGHTING = re.compile(r"\b(lampu|pju|penerangan)\b", re.IGNORECASE)
OLD, NEW = "dinas-perhubungan", "dinas-sumber-daya-air-dan-bina-marga"
SEEDS = (0, 1, 2)


def dated(rows, seed: int, move: int | None = None):
    rng = random.Random(seed)
    out = []
    for example in rows:
        day = rng.randrange(730)
        label = example.label
        if move is not None and label in (OLD, NEW) and LIGHTING.search(example.text):
            label = OLD if day < move else NEW
        when = (START + datetime.timedelta(days=day)).isoformat()
        out.append(dataclasses.replace(example, label=label, date=when))
    return out


def _line(name: str, results: list[dict]) -> str:
    mean = [statistics.mean(r[key] for r in results) for key in ("accuracy", "macro_f1", "top3_accuracy")]
    return f"{name}: {mean[0]:.4f} / {mean[1]:.4f} / {mean[2]:.4f}  (macro-F1 {[r['macro_f1'] for r in results]})"


def year_to_year(data: Path) -> None:
    cut = (START + datetime.timedelta(days=365)).isoformat()
    for name, move in ((BANDUNG, None), (PURBALINGGA, None), (BANDUNG, 182), (BANDUNG, 273)):
        rows = load_csv(data / name)
        for half_life in (0, 730, 365, 180, 90):
            results = []
            for seed in SEEDS:
                rows_dated = dated(rows, seed, move)
                train = [e for e in rows_dated if e.date < cut]
                test = [e for e in rows_dated if e.date >= cut]
                results.append(metrics_of(lambda h=half_life: Router(half_life_days=h), train, test, timing_sample=5))
            print(_line(f"{name[:10]} move {move} half-life {half_life}", results), flush=True)


def cross_validation(data: Path) -> None:
    for name in (BANDUNG, PURBALINGGA):
        rows = load_csv(data / name)
        results = [cross_validate(dated(rows, seed), 5, seed=0, timing_sample=20) for seed in SEEDS]
        print(_line(f"{name[:10]} 5-fold seed 0, random dates, default half-life", results), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with the two shared CSV files")
    parser.add_argument("mode", choices=("year", "cv"))
    options = parser.parse_args()
    (year_to_year if options.mode == "year" else cross_validation)(options.data)
