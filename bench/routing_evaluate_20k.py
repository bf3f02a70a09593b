"""The evaluate command on a generated 20,000-row CSV (text,label,date): does it cope, and how fast.

Run: ``.venv/bin/python bench/routing_evaluate_20k.py [--rows 20000] [--cv K]``. Writes the CSVs to a
temporary folder (80/20 split, 12 labels, texts padded with random words from the stemmer's root list
so the vocabulary is large), runs ``manage.py routing_evaluate`` and prints its last line (JSON) and
the wall time. Generated data is easy; figures here are about scale and speed, not accuracy.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pintu.routing.core.synthetic import OPENERS, PLACES, TOPICS, write_csv  # noqa: E402
from pintu.textnorm import ROOTS  # noqa: E402

EXTRA = {  # more labels, sharing words with the first five, so the task is not trivial
    "DISHUB": (["lampu jalan", "pju", "parkir liar", "angkutan umum"], ["mati", "rusak", "semrawut", "tidak ada"]),
    "DINSOS": (["bansos", "pkh", "bpnt", "bantuan sembako"], ["tidak cair", "salah sasaran", "dipotong", "telat"]),
    "DISDIK": (["sekolah", "guru", "dana bos", "seragam"], ["pungutan", "rusak", "tidak hadir", "mahal"]),
    "SATPOLPP": (["pkl", "bangunan liar", "tempat hiburan"], ["mengganggu", "berisik", "menutup jalan", "liar"]),
    "BPBD": (["banjir", "kebakaran lahan", "angin puting beliung"], ["merendam rumah", "asap tebal", "rusak"]),
    "PLN_UP3_OI": (["listrik", "lampu", "tiang listrik"], ["padam", "mati", "miring", "korslet"]),
    "DPMD": (["dana desa", "kepala desa", "blt dana desa"], ["diselewengkan", "tidak transparan", "telat"]),
}


def generate(n: int, seed: int = 0) -> list[tuple[str, str]]:
    rng, pool = random.Random(seed), sorted(ROOTS)
    topics = {**TOPICS, **EXTRA}
    labels = sorted(topics)
    rows = []
    for i in range(n):
        label = labels[i % len(labels)]
        subjects, problems = topics[label]
        other = topics[rng.choice(labels)]  # some texts mention another topic too
        filler = " ".join(rng.choice(pool) for _ in range(rng.randint(5, 40)))
        text = (
            f"{rng.choice(OPENERS)}{rng.choice(subjects)} di {rng.choice(PLACES)} {rng.choice(problems)}. "
            f"{filler}. {rng.choice(other[0]) if rng.random() < 0.3 else ''}"
        )
        rows.append((text, label))
    rng.shuffle(rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--cv", type=int, default=0, help="k-fold instead of the 80/20 hold-out")
    args = parser.parse_args()
    rows = generate(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        cut = int(len(rows) * 0.8)
        all_csv, train_csv, test_csv = Path(tmp, "all.csv"), Path(tmp, "train.csv"), Path(tmp, "test.csv")
        write_csv(all_csv, rows, with_date=True)
        write_csv(train_csv, rows[:cut], with_date=True)
        write_csv(test_csv, rows[cut:], with_date=True)
        command = [sys.executable, str(ROOT / "manage.py"), "routing_evaluate"]
        if args.cv:
            command += ["--cv", str(args.cv), str(all_csv)]
        else:
            command += ["--train", str(train_csv), "--test", str(test_csv)]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True, env={"PINTU_DEBUG": "1", "PATH": ""})
        wall = time.perf_counter() - started
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(done.stdout.strip().splitlines()[-3])
    print(done.stdout.strip().splitlines()[-2])
    print(json.dumps({"rows": args.rows, "wall_seconds": round(wall, 1), **result}))


if __name__ == "__main__":
    main()
