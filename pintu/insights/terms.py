"""Words that grow: recurring problems found in the texts themselves, with bounded work.

For the period and the previous period of equal length, take the normalised, stemmed text
(`Report.search_text`, pintu.textnorm) of at most MAX_DOCS most recent reports each, count in how
many reports each word appears, scale the previous count to the current number of reports, and list
words whose count rose by at least 3 standard deviations (Poisson: (now - expected) / sqrt(expected
+ 1) >= 3) and that appear in at least MIN_DOCS reports. Staff only: words from citizens' texts are
never published (a rare word can be a name).
"""

import math
from collections import Counter
from itertools import chain

from pintu.complaints.models import Report
from pintu.insights.filters import Filters
from pintu.insights.queries import facts
from pintu.insights.scope import InsightScope

MAX_DOCS = 5000
MIN_DOCS = 5
MIN_SCORE = 3.0


def document_frequency(scope: InsightScope, filters: Filters, limit: int = MAX_DOCS) -> tuple[Counter, int]:
    """(word -> number of reports containing it, number of reports read) for the period."""
    ids = facts(scope, filters).order_by("-submitted_on", "-report_id").values("report_id")[:limit]
    texts = list(Report.objects.filter(pk__in=ids).values_list("search_text", flat=True))
    counts = Counter(chain.from_iterable(set(text.split()) for text in texts))
    for word in [w for w in counts if len(w) < 3 or w.isdigit()]:
        del counts[word]
    return counts, len(texts)


def growing_terms(scope: InsightScope, filters: Filters, limit: int = 15) -> list[dict]:
    now, read_now = document_frequency(scope, filters)
    before, read_before = document_frequency(scope, filters.previous())
    scale = read_now / read_before if read_before else 1.0
    result = []
    for word, count in now.items():
        if count < MIN_DOCS:
            continue
        expected = before.get(word, 0) * scale
        score = (count - expected) / math.sqrt(expected + 1)
        if score >= MIN_SCORE:
            result.append({"term": word, "before": before.get(word, 0), "current": count, "score": round(score, 1)})
    return sorted(result, key=lambda r: (-r["score"], r["term"]))[:limit]
