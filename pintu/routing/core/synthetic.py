"""Generated, labelled complaint texts for tests and benchmarks (no real data, deterministic by seed)."""

from __future__ import annotations

import csv
import random

__all__ = ["TOPICS", "generate", "write_csv"]

# label -> (subjects, problems)
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "PUPR": (
        ["jalan desa", "jalan kabupaten", "jembatan", "gorong-gorong", "drainase", "jln poros"],
        ["rusak parah", "berlubang besar", "amblas", "retak", "tergenang kalau hujan", "ambruk"],
    ),
    "PERUMDA_AM": (
        ["air pdam", "pipa air", "meteran air", "air ledeng"],
        ["tidak mengalir", "bocor", "keruh dan bau", "mati sdh 3 hari", "tagihan membengkak"],
    ),
    "DLH": (
        ["sampah", "tumpukan sampah", "limbah pabrik", "tps sampah"],
        ["menumpuk", "bau busuk", "tidak diangkut", "mencemari sungai", "dibakar warga"],
    ),
    "DISDUKCAPIL": (
        ["e-ktp", "kartu keluarga", "akta kelahiran", "kia"],
        ["belum jadi", "blangko habis", "data salah", "pelayanan lama", "diminta uang"],
    ),
    "DINKES": (
        ["puskesmas", "posyandu", "bidan desa", "pustu"],
        ["tutup", "dokter tidak ada", "obat kosong", "antrean panjang", "pelayanan kasar"],
    ),
}
OPENERS = ["", "Assalamualaikum pak, ", "Yth Bapak Bupati, ", "mohon bantuan, ", "tolong pak ", "lapor min, "]
PLACES = ["Desa Tanjung Seteko", "Indralaya", "Pemulutan", "Tanjung Raja", "Kelurahan Timbangan", "Desa Sakatiga"]
TAILS = ["", " Mohon segera ditindaklanjuti.", " sdh lapor ke kades blm ada tanggapan.", " Terima kasih.", " tolong!!"]


def generate(n: int, seed: int = 0, labels: list[str] | None = None) -> list[tuple[str, str]]:
    """``n`` (text, label) pairs, labels in turn so every label is equally present."""
    rng = random.Random(seed)
    labels = labels or list(TOPICS)
    out = []
    for i in range(n):
        label = labels[i % len(labels)]
        subjects, problems = TOPICS[label]
        text = (
            f"{rng.choice(OPENERS)}{rng.choice(subjects)} di {rng.choice(PLACES)} {rng.choice(problems)}, "
            f"{rng.choice(problems)} sejak {rng.randint(1, 12)} bulan.{rng.choice(TAILS)}"
        )
        out.append((text, label))
    return out


def write_csv(path, rows: list[tuple[str, str]], with_date: bool = False) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"] + (["date"] if with_date else []))
        for i, (text, label) in enumerate(rows):
            writer.writerow([text, label] + ([f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"] if with_date else []))
