"""Re-ranking duplicate candidates by TF-IDF cosine of their stems (plain Python, no Django).

The database's full-text index finds a few hundred candidates; this module scores them against the
query. Vectors are sublinear TF-IDF over stem uni/bi-grams with the IDF estimated on the candidate pool
plus the query (smoothed), so words every candidate shares weigh little and a near-duplicate scores
close to 1.
"""

from __future__ import annotations

import math
from collections import Counter

from .features import stem_ngrams

__all__ = ["rank_similar"]


def _vector(terms: list[str], idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(terms)
    vec = {t: (1 + math.log(c)) * idf[t] for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def rank_similar(query_stems: str, candidates: list[tuple[object, str]], limit: int = 5, min_score: float = 0.05):
    """``[(key, score)]`` of the ``limit`` candidates most similar to ``query_stems``, best first.

    ``candidates`` are ``(key, stems)`` pairs (stems as in ``Report.search_text``). Scores are in [0, 1].
    """
    query_terms = stem_ngrams(query_stems)
    if not query_terms or not candidates:
        return []
    docs = [stem_ngrams(stems) for _, stems in candidates]
    n = len(docs) + 1
    df: Counter = Counter(set(query_terms))
    for terms in docs:
        df.update(set(terms))
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    q = _vector(query_terms, idf)
    scored = []
    for (key, _), terms in zip(candidates, docs, strict=True):
        if not terms:
            continue
        v = _vector(terms, idf)
        score = sum(w * v.get(t, 0.0) for t, w in q.items())
        if score >= min_score:
            scored.append((key, round(min(score, 1.0), 4)))
    scored.sort(key=lambda kv: -kv[1])
    return scored[:limit]
