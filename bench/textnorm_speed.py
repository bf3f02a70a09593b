"""Speed of pintu.textnorm on a ~1,000-character complaint.

Run: ``.venv/bin/python bench/textnorm_speed.py [calls]``. Prints microseconds per
call for ``normalize`` and ``search_text``, on one paragraph repeated (warm word
caches, the steady state of an indexing job), on freshly shuffled paragraphs
(every call a different string) and with every word cache emptied before each
call (the worst case: a text whose words were never seen before).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pintu.textnorm import normalize, search_text  # noqa: E402
from pintu.textnorm.normalize import _shape  # noqa: E402
from pintu.textnorm.pipeline import _index_terms, _is_noise  # noqa: E402
from pintu.textnorm.stem import stem  # noqa: E402

CACHES = (_shape, stem, _index_terms, _is_noise)

PARAGRAPH = (
    "Assalamualaikum wr wb. Yth Bapak Bupati Ogan Ilir, sy mau lapor jln di Desa Tanjung Seteko RT.05/RW.02 "
    "rusak parah bgt, banyak lobang2 besar, kalo hujan jadi kayak kolam!!! Udh 2thn gak diperbaiki padahal "
    "sdh lapor ke kades & camat. Lampu PJU di depan SDN 2 Indralaya jg mati udah seminggu, gelaaap bgt, rawan "
    "begal. Air PDAM ga ngalir sdh 3 hari tp tagihan tetap dtg Rp 250.000. Pengurusan e-KTP di dukcapil lama "
    "nian, blm jadi. Petugas minta uang 50rb utk surat pengantar. Mohon segera ditindaklanjuti. Hub sy di "
    "0812-7788-9900 atau budi.santoso@gmail.com, foto di https://bit.ly/jalanrusak. Terima kasih wkwk. "
    "Sampah di pasar Indralaya jg numpuk, baunya kemana2, truk sampah jarang dtg. Tolong diperhatikan pak. "
    "Selain itu pelayanan di puskesmas lambat bgt, antrian panjang dr pagi smp siang, dokternya sering gak ada, "
    "obat jg sering kosong. Kami warga RT 03 sudah 2x mengadu ke kantor camat tp blm ada tanggapan sama sekali. "
    "NIK saya [NIK], KK 1610 0123 4567 0001. Mksh atas perhatiannya, semoga cepat diperbaiki."
)


def per_call_us(func, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        func(text)
    return (time.perf_counter() - start) / len(texts) * 1e6


def cold_us(func, text: str, calls: int) -> float:
    total = 0.0
    for _ in range(calls):
        for cache in CACHES:
            cache.cache_clear()
        start = time.perf_counter()
        func(text)
        total += time.perf_counter() - start
    return total / calls * 1e6


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rnd = random.Random(0)
    words = PARAGRAPH.split()
    shuffled = [" ".join(rnd.sample(words, len(words))) for _ in range(calls)]
    same = [PARAGRAPH] * calls
    search_text(PARAGRAPH)  # warm the word caches once
    print(f"paragraph: {len(PARAGRAPH)} characters, {len(words)} words, {calls} calls")
    for name, func in (("normalize", normalize), ("search_text", search_text)):
        print(f"{name:12s} same paragraph:      {per_call_us(func, same):8.1f} us/call")
        print(f"{name:12s} shuffled paragraphs: {per_call_us(func, shuffled):8.1f} us/call")
        print(f"{name:12s} cold word caches:    {cold_us(func, PARAGRAPH, min(calls, 500)):8.1f} us/call")


if __name__ == "__main__":
    main()
